"""Benchmark: the citizen web under a real load generator.

Run: ``.venv/bin/python tests/bench/bench_citizen_web.py [--seconds 10] [--connections 16]``

The shipped ``vejviser-server serve`` (SQLite, the demo municipality 999 with the starter
library published to citizens) pinned to CPU 1 with ``taskset``; Debian's ``wrk`` pinned to
CPU 0, on loopback. Runs: guide pages (every guide in turn), the front page, search with
the common queries citizens type (rendered pages are kept until something is published),
and search with a query never seen before on every request (the engine runs each time).
Prints requests/s, p50/p95/p99 latency and errors per run. Targets: guide pages ≥ 500/s
with p95 ≤ 50 ms, search ≥ 200/s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from support.serve_process import ServeProcess  # noqa: E402

from sync_server.db.engine import make_engine, make_session_factory, transaction  # noqa: E402
from sync_server.db.migrate import upgrade  # noqa: E402
from sync_server.features.citizen.site import slug  # noqa: E402
from sync_server.seed import seed_demo  # noqa: E402

QUERIES = [
    "flytning",
    "sundhedskort",
    "gult kort",
    "pas",
    "kørekort",
    "mitid",
    "nemid",
    "digital post",
    "folkepension",
    "boligstøtte",
    "skift læge",
    "sygedagpenge",
    "daginstitution",
    "navneændring",
    "affald",
    "min mor er død",
    "laegeskift",
    "fornye pas",
    "byggetilladelse",
    "brevstemme",
]

LUA = """
local paths = {%(paths)s}
local unique = %(unique)s
local n = 0
request = function()
  n = n + 1
  local path = paths[(n %% #paths) + 1]
  if unique then path = path .. "+" .. tostring(n) .. "x" .. tostring(math.random(1, 1000000)) end
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    '{"requests": %%d, "seconds": %%.3f, "p50_ms": %%.2f, "p95_ms": %%.2f, '
      .. '"p99_ms": %%.2f, "errors": %%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
"""


def _wrk(url: str, paths: list[str], seconds: int, connections: int, unique: bool) -> dict:
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(
        LUA % {"paths": ", ".join(json.dumps(p) for p in paths), "unique": str(unique).lower()}
    )
    try:
        out = subprocess.run(
            [
                "taskset",
                "-c",
                "0",
                "wrk",
                "-t1",
                f"-c{connections}",
                f"-d{seconds}s",
                "-s",
                str(script),
                url,
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        script.unlink()
    line = next((ln for ln in reversed(out.splitlines()) if ln.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no summary:\n{out}")
    result: dict = json.loads(line)
    result["rps"] = result["requests"] / result["seconds"]
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    for tool in ("wrk", "taskset"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing (apt-get install wrk util-linux)")
    if (os.cpu_count() or 1) < 2:
        raise SystemExit("needs two CPUs: one for the server, one for wrk")

    folder = Path(tempfile.mkdtemp(prefix="bench-citizen-"))
    db = f"sqlite:///{folder / 'server.sqlite3'}"
    engine = make_engine(db)
    upgrade(engine)
    with transaction(make_session_factory(engine)) as session:
        seed_demo(session)
    from sqlalchemy import text

    with engine.connect() as conn:
        guides = [
            row[0]
            for row in conn.execute(
                text(
                    "SELECT key FROM content WHERE kind = 'guide' AND deleted_at IS NULL "
                    "AND status = 'published' AND published_to_citizens"
                )
            )
        ]
        areas = sorted(
            {
                row[0]
                for row in conn.execute(
                    text("SELECT area FROM content WHERE kind = 'guide' AND published_to_citizens")
                )
            }
        )
    engine.dispose()

    server = ServeProcess(db, folder, migrate=False).start()
    try:
        os.sched_setaffinity(server.pid, {1})
        base = "/borger/999/"
        runs = [
            ("guide pages", [base + g for g in guides], False),
            ("front page", [base], False),
            ("area pages", [base + "omraade/" + slug(a) for a in areas], False),
            (
                "search, common queries",
                [base + "?q=" + quote_plus(q) for q in QUERIES],
                False,
            ),
            (
                "search, a new query every time",
                [base + "?q=" + quote_plus(q) for q in QUERIES],
                True,
            ),
        ]
        print(
            f"citizen web: {len(guides)} guides, wrk -t1 -c{args.connections} -d{args.seconds}s "
            "on CPU 0, serve on CPU 1 (SQLite)"
        )
        for name, paths, unique in runs:
            _wrk(server.url, paths, 2, args.connections, unique)  # warm up
            r = _wrk(server.url, paths, args.seconds, args.connections, unique)
            print(
                f"  {name:34s} {r['rps']:7.0f} req/s   p50 {r['p50_ms']:6.1f} ms   "
                f"p95 {r['p95_ms']:6.1f} ms   p99 {r['p99_ms']:6.1f} ms   errors {r['errors']}"
            )
        print(f"  server peak RSS {server.peak_rss_bytes() / 1_048_576:.0f} MiB")
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
