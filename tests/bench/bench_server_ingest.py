"""Benchmark: registration ingest over real HTTP, on SQLite and on PostgreSQL.

Run: ``.venv/bin/python tests/bench/bench_server_ingest.py [--batches N] [--no-postgres]``

For each database the sync server runs as ``vejviser-server serve`` (uvicorn) in its own
process on 127.0.0.1. One client (``requests.Session``) pushes N batches of 1,000 new
registrations (bodies serialised before the clock starts), then sends every batch again (the
retry after a lost answer: nothing new is stored) and reports registrations per second for
both. Target: ≥ 5,000 registrations/s on SQLite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import requests  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from support.postgres import PgCluster  # noqa: E402

from sync_server.config import Settings  # noqa: E402
from sync_server.db.engine import make_engine, make_session_factory, transaction  # noqa: E402
from sync_server.db.migrate import upgrade  # noqa: E402
from sync_server.db.models import RegistrationRow  # noqa: E402
from sync_server.features.auth.service import issue_token  # noqa: E402
from sync_server.features.municipalities.service import (  # noqa: E402
    create_account,
    create_municipality,
)
from sync_server.protocol import Role  # noqa: E402

TARGET = 5_000
BATCH = 1_000
CHANNELS = ["phone", "counter", "chat", "email", "video"]
OUTCOMES = ["resolved", "self_service", "assisted", "not_resolved"]
AREAS = ["Flytning", "Sundhed", "Pas og kørekort", "Digital Post", "MitID", None]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepare(url: str) -> str:
    """Migrate, create municipality 101 with an agent; return the agent's token."""
    engine = make_engine(url)
    upgrade(engine)
    with transaction(make_session_factory(engine)) as session:
        municipality = create_municipality(session, "101", "Bench Kommune")
        account = create_account(session, "101", "agent", "bench-adgangskode", Role.AGENT)
        token = issue_token(session, Settings(database_url=url), account, municipality).token
    engine.dispose()
    return token


def count(url: str) -> int:
    engine = make_engine(url)
    with engine.connect() as conn:
        n = int(conn.scalar(select(func.count()).select_from(RegistrationRow)) or 0)
    engine.dispose()
    return n


@contextmanager
def server(url: str, data_dir: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "VEJVISER_DATA_DIR": str(data_dir)}
    cmd = [sys.executable, "-m", "sync_server.cli", "--database-url", url, "serve"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--no-migrate"]
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(base + "/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def batches(n: int, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    out = []
    for _ in range(n):
        items = []
        for _ in range(BATCH):
            began = start + timedelta(seconds=rng.randrange(0, 90 * 86400))
            length = rng.randrange(60, 1200)
            outcome = rng.choice(OUTCOMES)
            item = {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "channel": rng.choice(CHANNELS),
                "location": "Borgerservice",
                "started_at": began.isoformat(),
                "ended_at": (began + timedelta(seconds=length)).isoformat(),
                "active_seconds": length - rng.randrange(0, 30),
                "guide_ids": rng.sample(["melde-flytning", "sundhedskort", "mitid"], 2),
                "area": rng.choice(AREAS),
                "outcome": outcome,
                "citizen_type": rng.choice(["digital", "not_digital", None]),
                "note": "Hjulpet med MitID-appen." if rng.random() < 0.2 else None,
            }
            items.append({k: v for k, v in item.items() if v is not None})
        out.append(json.dumps({"items": items}).encode())
    return out


def push(base: str, token: str, bodies: list[bytes]) -> float:
    with requests.Session() as session:
        session.headers.update(
            {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        )
        started = time.perf_counter()
        for body in bodies:
            response = session.post(base + "/api/v1/registrations", data=body, timeout=120)
            response.raise_for_status()
        return time.perf_counter() - started


def run(name: str, url: str, data_dir: Path, bodies: list[bytes]) -> float:
    token = prepare(url)
    total = len(bodies) * BATCH
    with server(url, data_dir) as base:
        push(base, token, bodies[:1])  # warm-up (first connections, imports): not timed
        first = push(base, token, bodies[1:])
        again = push(base, token, bodies[1:])
    stored = count(url)
    assert stored == total, (stored, total)
    rate = (total - BATCH) / first
    print(
        f"{name:<10} {total - BATCH:>7,} new registrations in {first:6.2f} s: "
        f"{rate:>8,.0f} registrations/s; the same batches again: "
        f"{(total - BATCH) / again:>8,.0f} registrations/s"
    )
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=31, help="batches of 1,000 (1 warm-up)")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    bodies = batches(args.batches)
    print(f"Registration ingest over HTTP, batches of {BATCH:,} (target ≥ {TARGET:,}/s on SQLite)")
    with tempfile.TemporaryDirectory(prefix="vejviser-bench-") as tmp:
        folder = Path(tmp)
        sqlite_rate = run("SQLite", f"sqlite:///{folder / 'bench.sqlite3'}", folder, bodies)
        if not args.no_postgres:
            try:
                cluster = PgCluster().start()
            except (RuntimeError, OSError) as exc:
                print(f"PostgreSQL  skipped: {exc}")
            else:
                try:
                    url = cluster.create_database("bench_ingest")
                    run("PostgreSQL", url, folder, bodies)
                finally:
                    cluster.stop()
    verdict = "met" if sqlite_rate >= TARGET else "MISSED"
    print(f"Target {TARGET:,} registrations/s on SQLite: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
