"""Benchmark: the statistics summary over 1,000,000 registrations on PostgreSQL.

Run: ``.venv/bin/python tests/bench/bench_stats.py [--rows N] [--repeat R]``

Starts a throwaway PostgreSQL cluster (tests/support/postgres.PgCluster), migrates it,
bulk-loads N registrations of one municipality over a year (in time order, as they arrive) with
COPY (a share of them corrected or undone, plus another municipality's), then times
GET /api/v1/stats/summary for a month, a quarter and the whole year for each ``group_by``:
the wall time of the HTTP request and the CPU time
the database spends (the figure for a machine not shared with other work). Target ≤ 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import psycopg  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import Engine, select, text, update  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402
from support.postgres import PgCluster  # noqa: E402
from support.world import seed_world  # noqa: E402

from sync_server.app import create_app  # noqa: E402
from sync_server.config import Settings  # noqa: E402
from sync_server.db.engine import make_engine  # noqa: E402
from sync_server.db.migrate import upgrade  # noqa: E402
from sync_server.db.models import MunicipalityRow  # noqa: E402
from sync_server.features.auth.security import hash_password  # noqa: E402
from sync_server.features.stats import service  # noqa: E402
from sync_server.principal import Caller  # noqa: E402
from sync_server.protocol import GroupBy, Role  # noqa: E402

TARGET_S = 1.0
YEAR_START = datetime(2025, 1, 1, tzinfo=UTC)
AREAS = [f"Område {i}" for i in range(40)] + [None]
LOCATIONS = [f"Sted {i}" for i in range(12)]
CHANNELS = ["phone", "counter", "chat", "email", "video", "outreach"]
OUTCOMES = ["resolved"] * 5 + [
    "self_service",
    "assisted",
    "referred",
    "case_created",
    "not_resolved",
]
CITIZEN = ["digital", "not_digital", "special_needs", None]
TARGETS = [f"Myndighed {i}" for i in range(25)] + [None]
COLUMNS = (
    "municipality_id, uuid, version, deleted, staff, channel, location, started_at, ended_at, "
    "active_seconds, guide_ids, area, outcome, referral_target, citizen_type, stuck_solution, "
    "messages_sent, note, manual, received_at"
)


def _rows(municipality_id: int, count: int, staff: list[str], seed: int):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    now = datetime.now(UTC)
    step = 365 * 24 * 3600 / count
    for i in range(count):  # in time order, as contacts arrive
        started = YEAR_START + timedelta(seconds=i * step + rng.random() * step)
        active = int(rng.lognormvariate(5.3, 0.8)) % 7200
        outcome = rng.choice(OUTCOMES)
        corrected = rng.random() < 0.05
        yield (
            municipality_id,
            str(uuid.uuid4()),
            2 if corrected else 1,
            corrected and rng.random() < 0.4,  # some corrections are undos
            rng.choice(staff),
            rng.choice(CHANNELS),
            rng.choice(LOCATIONS),
            started,
            started + timedelta(seconds=active + 30),
            active,
            '["melde-flytning"]',
            rng.choice(AREAS),
            outcome,
            rng.choice(TARGETS) if outcome == "referred" else None,
            rng.choice(CITIZEN),
            None,
            rng.randrange(0, 3),
            None,
            False,
            now,
        )


def _load(url: str, municipality_id: int, count: int, staff: list[str], seed: int) -> float:
    t0 = time.perf_counter()
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    copying = f"COPY registrations ({COLUMNS}) FROM STDIN"
    with psycopg.connect(plain) as conn, conn.cursor() as cur, cur.copy(copying) as copy:
        for row in _rows(municipality_id, count, staff, seed):
            copy.write_row(row)
    # What autovacuum does soon after a bulk insert: statistics and the visibility map (which
    # lets the referral figures come from their index alone).
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE) registrations")
    return time.perf_counter() - t0


PERIODS = {
    "month": (date(2025, 3, 1), date(2025, 3, 31)),
    "quarter": (date(2025, 4, 1), date(2025, 6, 30)),
    "year": (date(2025, 1, 1), date(2025, 12, 31)),
}


def _load_average() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def _process_cpu(pid: int) -> float:
    """User + system CPU seconds of a process (the PostgreSQL backend; Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _db_cpu(engine: Engine, caller: Caller, first: date, last: date, group_by: GroupBy) -> float:
    """CPU time the database spends on one summary (one backend, no parallel workers):
    what the summary costs on a machine that is not shared with other work."""
    with Session(engine) as session:
        session.execute(text("SET max_parallel_workers_per_gather = 0"))
        pid = int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
        before = _process_cpu(pid)
        service.summary(session, caller, first, last, group_by)
        return _process_cpu(pid) - before


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cluster = PgCluster().start()
    try:
        url = cluster.create_database("bench_stats")
        engine = make_engine(url)
        upgrade(engine)
        settings = Settings(database_url=url, data_dir=Path(cluster.root) / "data")
        tokens = seed_world(engine, settings, hash_password("bench-password-123"))
        with Session(engine) as session, session.begin():
            session.execute(update(MunicipalityRow).values(per_person_stats=True))
            rows = session.execute(select(MunicipalityRow.code, MunicipalityRow.id)).all()
            ids = {code: mid for code, mid in rows}
        staff = [f"p-{i:04d}" for i in range(80)]
        took = _load(url, ids["101"], args.rows, staff, 1)
        _load(url, ids["202"], args.rows // 10, staff, 2)
        print(
            f"loaded {args.rows:,} registrations (+{args.rows // 10:,} elsewhere) in {took:.1f} s"
        )
        client = TestClient(create_app(settings, engine))
        headers = {"Authorization": f"Bearer {tokens[('101', Role.MANAGER)]}"}
        caller = Caller(0, "manager", Role.MANAGER, ids["101"], "101", "p-bench", 0)
        print(f"load average before: {_load_average()}")
        print(
            f"{'period':8} {'group_by':13} {'rows':>9} {'groups':>6}  {'HTTP wall':>9}  "
            f"{'DB CPU':>7}   (median of {args.repeat})"
        )
        worst = worst_cpu = 0.0
        for label, (first, last) in PERIODS.items():
            for group_by in GroupBy:
                params = {"from": str(first), "to": str(last), "group_by": group_by.value}
                times, cpus, body = [], [], {}
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    response = client.get("/api/v1/stats/summary", params=params, headers=headers)
                    times.append(time.perf_counter() - t0)
                    response.raise_for_status()
                    body = response.json()
                    cpus.append(_db_cpu(engine, caller, first, last, group_by))
                took, cpu = statistics.median(times), statistics.median(cpus)
                worst, worst_cpu = max(worst, took), max(worst_cpu, cpu)
                print(
                    f"{label:8} {group_by.value:13} {body['total']:>9,} {len(body['groups']):>6}  "
                    f"{took * 1000:6.0f} ms  {cpu * 1000:4.0f} ms"
                )
        print(f"load average after: {_load_average()}")
        print(
            f"slowest summary: {worst * 1000:.0f} ms wall, {worst_cpu * 1000:.0f} ms database CPU; "
            f"target ≤ {TARGET_S * 1000:.0f} ms: {'OK' if worst <= TARGET_S else 'SLOWER (wall)'}"
        )
        client.close()
        engine.dispose()
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
