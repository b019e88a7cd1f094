"""``python installers/smoke_desktop.py dist/vejviser``: the built desktop bundle starts, logs
in, syncs and searches, against a sync server started here on 127.0.0.1 (SQLite, the demo
municipality). Run by installers/build.sh after the build; exits non-zero on any failure.

Steps, all through the bundle's own executable: ``login`` (with the demo agent; syncs right
away), ``sync``, ``search --json`` (the starter library's guide for moving must come first),
then the GUI offscreen: it starts, serves its control channel (``contact status`` answers),
a second start asks the first to show its window and exits, and its log has no errors — e.g.
a theme that failed to load.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVER = [str(ROOT / ".venv" / "bin" / "vejviser-server")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run(command: list[str], env: dict[str, str], timeout: float = 120) -> str:
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise SystemExit(
            f"FAILED ({result.returncode}): {' '.join(command)}\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def wait_for(check: object, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.2)
    raise SystemExit(f"FAILED: {what} within {timeout:.0f} s")


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/vejviser").resolve()
    exe = str(bundle / "vejviser")
    with tempfile.TemporaryDirectory(prefix="vejviser-smoke-") as tmp:
        work = Path(tmp)
        port = free_port()
        server_env = {
            **os.environ,
            "VEJVISER_DATA_DIR": str(work / "server"),
            "VEJVISER_DATABASE_URL": f"sqlite:///{work / 'server.sqlite3'}",
            "VEJVISER_MAIL_PROVIDER": "file",
            "VEJVISER_SMS_PROVIDER": "file",
        }
        credentials = work / "logins.json"
        run([*SERVER, "migrate"], server_env)
        run([*SERVER, "seed-demo", "--credentials", str(credentials)], server_env)
        logins = json.loads(credentials.read_text(encoding="utf-8"))
        agent = next(a for a in logins["accounts"] if a["role"] == "agent")
        server = subprocess.Popen(
            [*SERVER, "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=server_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        gui = None
        try:

            def answers() -> bool:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1):
                        return True
                except OSError:
                    return False

            wait_for(answers, "the server answers")
            url = f"http://127.0.0.1:{port}"
            env = {
                **os.environ,
                "VEJVISER_HOME": str(work / "desktop"),
                "HOME": str(work / "home"),
                "VEJVISER_PASSWORD": agent["password"],
                "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                "QT_QPA_PLATFORM": "offscreen",
            }
            for name in ("PYTHONPATH", "VEJVISER_RESOURCES"):
                env.pop(name, None)
            municipality, username = logins["municipality"], agent["username"]
            login = [exe, "login", "--server", url, "--municipality", municipality]
            out = run([*login, "--username", username], env)
            print("login:", out.strip().splitlines()[0])
            print("sync:", run([exe, "sync"], env).strip().splitlines()[-1])
            hits = json.loads(run([exe, "search", "flytning", "--json"], env))
            titles = [hit["title"] for hit in hits]
            print("search 'flytning':", titles[:3])
            if not titles or "flyt" not in titles[0].lower():
                raise SystemExit(f"FAILED: search found {titles[:3]}")

            gui = subprocess.Popen([exe], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

            def status_answers() -> bool:
                result = subprocess.run(
                    [exe, "contact", "status"], env=env, capture_output=True, text=True
                )
                return result.returncode == 0

            wait_for(status_answers, "the GUI's control channel answers")
            again = subprocess.run([exe], env=env, capture_output=True, text=True, timeout=60)
            if again.returncode != 0:
                raise SystemExit(f"FAILED: a second start: {again.stderr}")
            if gui.poll() is not None:
                raise SystemExit(f"FAILED: the GUI exited: {gui.communicate()[1].decode()}")
            print("GUI: started offscreen, control channel answers, a second start hands over")
        finally:
            if gui is not None and gui.poll() is None:
                gui.send_signal(signal.SIGTERM)
                try:
                    gui.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    gui.kill()
            server.terminate()
            server.wait(timeout=30)
        log = (work / "desktop" / "logs" / "vejviser.log").read_text(encoding="utf-8")
        problems = [line for line in log.splitlines() if " ERROR " in line or "failed" in line]
        if problems:
            raise SystemExit("FAILED: the GUI logged problems:\n" + "\n".join(problems))
        print(f"OK: {bundle} starts, logs in, syncs and searches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
