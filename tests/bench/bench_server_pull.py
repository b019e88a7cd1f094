"""Benchmark: a full sync pull of 30,000 guides over real HTTP.

Run: ``.venv/bin/python tests/bench/bench_server_pull.py [--guides N] [--no-postgres]``

Inserts N realistic guides for one municipality through the service layer (the guides
service, one transaction per 1,000), starts ``vejviser-server serve`` (uvicorn) in its own
process on 127.0.0.1 and pulls every batch with the default batch size, as a new desktop
does. Prints seconds and guides/s. Target: ≤ 30 s for 30,000 guides.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import requests  # noqa: E402
from bench_server_ingest import server  # noqa: E402
from support.guides_da import many_guides  # noqa: E402
from support.postgres import PgCluster  # noqa: E402

from sync_server.config import Settings  # noqa: E402
from sync_server.db.engine import make_engine, make_session_factory, transaction  # noqa: E402
from sync_server.db.migrate import upgrade  # noqa: E402
from sync_server.features.auth.service import issue_token  # noqa: E402
from sync_server.features.guides import service as guides  # noqa: E402
from sync_server.features.municipalities.service import (  # noqa: E402
    create_account,
    create_municipality,
)
from sync_server.principal import Caller  # noqa: E402
from sync_server.protocol import GuideWrite, Role  # noqa: E402

TARGET_S = 30.0
CHUNK = 1_000


def prepare(url: str, count: int) -> tuple[str, float]:
    """Migrate, create 101 with an admin, insert ``count`` guides; (token, seconds)."""
    engine = make_engine(url)
    upgrade(engine)
    factory = make_session_factory(engine)
    with transaction(factory) as session:
        municipality = create_municipality(session, "101", "Bench Kommune")
        account = create_account(session, "101", "admin", "bench-adgangskode", Role.ADMIN)
        token = issue_token(session, Settings(database_url=url), account, municipality).token
        caller = Caller(
            account_id=account.id,
            username=account.username,
            role=Role.ADMIN,
            municipality_id=municipality.id,
            municipality_code="101",
            pseudonym=account.pseudonym,
            token_id=0,
        )
    drop = {"municipality", "revision", "updated_at", "copied_from"}
    bodies = [
        GuideWrite.model_validate({k: v for k, v in g.items() if k not in drop})
        for g in many_guides(count)
    ]
    started = time.perf_counter()
    for first in range(0, count, CHUNK):
        with transaction(factory) as session:
            for body in bodies[first : first + CHUNK]:
                guides.create_guide(session, caller, body)
    seconds = time.perf_counter() - started
    engine.dispose()
    return token, seconds


def pull_all(base: str, token: str) -> tuple[int, int, float]:
    """(guides, batches, seconds) of a pull from scratch with the default batch size."""
    received = batches = 0
    cursor = 0
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {token}"
        started = time.perf_counter()
        while True:
            response = session.get(
                base + "/api/v1/sync/pull", params={"since": cursor}, timeout=120
            )
            response.raise_for_status()
            batch = response.json()
            received += len(batch["guides"])
            batches += 1
            cursor = batch["cursor"]
            if not batch["has_more"]:
                break
        return received, batches, time.perf_counter() - started


def run(name: str, url: str, data_dir: Path, count: int) -> float:
    token, insert_s = prepare(url, count)
    with server(url, data_dir) as base:
        requests.get(
            base + "/api/v1/sync/pull?limit=1", headers={"Authorization": f"Bearer {token}"}
        )
        received, batches, seconds = pull_all(base, token)
    assert received == count, (received, count)
    print(
        f"{name:<10} inserted {count:,} guides in {insert_s:5.1f} s; full pull: {batches} "
        f"batches, {seconds:6.2f} s, {received / seconds:>7,.0f} guides/s"
    )
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guides", type=int, default=30_000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    print(
        f"Full sync pull of {args.guides:,} guides over HTTP, default batch size "
        f"{Settings().sync_batch_size} (target ≤ {TARGET_S:.0f} s)"
    )
    with tempfile.TemporaryDirectory(prefix="vejviser-bench-") as tmp:
        folder = Path(tmp)
        sqlite_s = run("SQLite", f"sqlite:///{folder / 'bench.sqlite3'}", folder, args.guides)
        if not args.no_postgres:
            try:
                cluster = PgCluster().start()
            except (RuntimeError, OSError) as exc:
                print(f"PostgreSQL  skipped: {exc}")
            else:
                try:
                    run("PostgreSQL", cluster.create_database("bench_pull"), folder, args.guides)
                finally:
                    cluster.stop()
    verdict = "met" if sqlite_s <= TARGET_S else "MISSED"
    print(f"Target ≤ {TARGET_S:.0f} s on SQLite: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
