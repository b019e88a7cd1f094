"""``make demo``: the sync server on SQLite with demo data, and the desktop logged in.

Everything lives under ``demo-data/`` (or ``VEJVISER_DEMO_DIR``): the server's database,
the demo outbox of sent SMS/e-mails, the desktop profile. Without a display, it says how to
run the window under ``xvfb-run`` and writes the tour's screenshots instead.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(os.environ.get("VEJVISER_DEMO_DIR", "demo-data")).resolve()


def _free_port(preferred: int = 8000) -> int:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])


def _server_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "VEJVISER_DATA_DIR": str(ROOT / "server"),
            "VEJVISER_MAIL_PROVIDER": env.get("VEJVISER_MAIL_PROVIDER", "file"),
            "VEJVISER_SMS_PROVIDER": env.get("VEJVISER_SMS_PROVIDER", "file"),
            "VEJVISER_MESSAGE_OUTBOX_DIR": str(ROOT / "outbox"),
            "VEJVISER_DEMO": "1",
        }
    )
    env.pop("VEJVISER_DATABASE_URL", None)
    return env


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") not in ("", "xcb", "wayland"):
        return True  # an explicit platform (e.g. offscreen) was chosen
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def start_server() -> tuple[subprocess.Popen[bytes], str, dict[str, object]]:
    ROOT.mkdir(parents=True, exist_ok=True)
    env = _server_env()
    credentials = ROOT / "credentials.json"
    server_cmd = [sys.executable, "-m", "sync_server.cli"]
    subprocess.run(
        [*server_cmd, "seed-demo", "--credentials", str(credentials)], env=env, check=True
    )
    port = _free_port()
    log = (ROOT / "server.log").open("ab")
    process = subprocess.Popen(
        [*server_cmd, "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if requests.get(url + "/health", timeout=1).ok:
                break
        except requests.RequestException:
            pass
        if process.poll() is not None:
            raise SystemExit(f"Serveren startede ikke; se {ROOT / 'server.log'}")
        time.sleep(0.2)
    return process, url, json.loads(credentials.read_text(encoding="utf-8"))


def main() -> int:
    process, url, creds = start_server()
    print(f"Vejviser-serveren kører på {url} (data i {ROOT}).")
    print(f"Sendte SMS og e-mails i demoen skrives til {ROOT / 'outbox'}.")
    try:
        os.environ["VEJVISER_HOME"] = str(ROOT / "profile")
        from .app import AppContext

        context = AppContext()
        agent = next(a for a in creds["accounts"] if a["role"] == "agent")  # type: ignore[attr-defined]
        context.session.login(
            url, str(creds["municipality"]), agent["username"], agent["password"], remember=True
        )
        context.after_login()
        report = context.sync_once()
        if report.error is not None:
            print(f"Synkronisering fejlede: {report.error.message}", file=sys.stderr)
        print(
            f"Logget ind som demo-medarbejderen ({agent['username']}); "
            f"{context.workspace.lookup.guide_count() if context.workspace else 0} "
            "vejledninger hentet."
        )
        if not _has_display():
            print(
                "Der er ingen skærm (DISPLAY er ikke sat). Kør vinduet under en virtuel "
                "skærm:\n  xvfb-run -a -s '-screen 0 1366x800x24' make demo\n"
                "Indtil da skrives rundturens "
                f"skærmbilleder til {ROOT / 'tour'} …"
            )
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            context.close()
            from .ui.tour import run_tour

            files = run_tour(ROOT / "tour")
            print(f"{len(files)} skærmbilleder gemt i {ROOT / 'tour'}.")
            return 0
        from .ui.shell.main import run_gui

        return run_gui(context)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    sys.exit(main())
