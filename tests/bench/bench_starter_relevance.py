"""Relevance of the search over the shipped starter library, through the real path.

Run: ``.venv/bin/python tests/bench/bench_starter_relevance.py [--misses] [--held-out-misses]``

Exactly what a new installation does: ``vejviser-server seed-demo`` (the starter library of
``resources/content``) on a fresh SQLite database, ``vejviser-server serve``, ``vejviser login``
as the demo agent, ``vejviser sync`` and ``vejviser search --batch FILE`` with every query of
``tests/desktop/search/starter_queries.py`` — each a separate program, as a user runs them. The
JSON lines are scored for the tuning and the held-out part: top-1 overall and per kind, and the
share of unanswerable queries that return nothing or only results marked ``"weak": true``.
``--misses`` lists the tuning part's misses; the held-out part's only with ``--held-out-misses``
(not looked at while tuning). Not a pytest test.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "desktop" / "search"))

from starter_queries import QUERIES, split  # noqa: E402
from starter_relevance import evaluate  # noqa: E402

BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def _wait_for(url: str, server: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server stopped while starting")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the server did not answer {url}")


def batch_results(work: Path) -> dict[str, list[dict[str, object]]]:
    """Seed, serve, log in, sync and search every query; query → its results."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEJVISER_")}
    server_env = {
        **env,
        "VEJVISER_DATA_DIR": str(work / "server"),
        "VEJVISER_DATABASE_URL": f"sqlite:///{work / 'server' / 'vejviser.sqlite'}",
    }
    credentials = work / "credentials.json"
    _run(server_env, str(BIN / "vejviser-server"), "seed-demo", "--credentials", str(credentials))
    password = next(
        a["password"]
        for a in json.loads(credentials.read_text("utf-8"))["accounts"]
        if a["username"] == "agent"
    )
    port = _free_port()
    server = subprocess.Popen(
        [str(BIN / "vejviser-server"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=server_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_for(f"{url}/health", server)
        desk_env = {**env, "VEJVISER_HOME": str(work / "desk"), "VEJVISER_PASSWORD": password}
        vejviser = str(BIN / "vejviser")
        login = [vejviser, "login", "--server", url, "--municipality", "999", "--username"]
        print(_run(desk_env, *login, "agent").strip())
        print(_run(desk_env, vejviser, "sync").strip())
        batch = work / "queries.txt"
        batch.write_text("".join(q + "\n" for _kind, q, _exp in QUERIES), encoding="utf-8")
        out = _run(desk_env, vejviser, "search", "--batch", str(batch))
    finally:
        server.terminate()
        server.wait(timeout=30)
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    return {line["query"]: line for line in lines}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the tuning part's misses")
    parser.add_argument("--held-out-misses", action="store_true", help="and the held-out part's")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vejviser-relevance-") as tmp:
        lines = batch_results(Path(tmp))
    missing = [q for _k, q, _e in QUERIES if q not in lines]
    if missing:
        raise SystemExit(f"no answer line for {missing}")
    ranked = {
        q: [(str(r["id"]), bool(r.get("weak", False))) for r in line["results"]]  # type: ignore[attr-defined]
        for q, line in lines.items()
    }
    elapsed = sorted(float(line["elapsed_ms"]) for line in lines.values())  # type: ignore[arg-type]
    tuning, held_out = split()
    for name, part, show in (
        ("tuning", tuning, args.misses),
        ("held-out", held_out, args.held_out_misses),
    ):
        report = evaluate(part, ranked)
        print("\n".join(report.lines(f"{name} ({len(part)} queries)")))
        if show:
            for score in report.kinds.values():
                for miss in score.misses:
                    print("    miss:", miss)
    everything = evaluate(QUERIES, ranked)
    print("\n".join(everything.lines(f"all ({len(QUERIES)} queries)")[:1]))
    p95 = elapsed[min(len(elapsed) - 1, int(len(elapsed) * 0.95))]
    print(
        f"search --batch elapsed per query: median {statistics.median(elapsed):.2f} ms, "
        f"p95 {p95:.2f} ms, max {elapsed[-1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
