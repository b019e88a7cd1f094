"""Benchmark: management reports over 1,000,000 registrations on PostgreSQL.

Run: ``.venv/bin/python tests/bench/bench_reports.py [--rows N] [--repeat R]
[--full-xlsx] [--national N]``

Starts a throwaway PostgreSQL cluster, bulk-loads N registrations of municipality 101 over
2025 (COPY, in time order; skewed like real traffic: a few channels, areas and places carry
most contacts) and a tenth as many for 202, then:

1. builds the daily and monthly rollups once (``report --rebuild`` does the same; ingest
   through the API marks only the days it touches);
2. times GET /api/v1/reports/figures (this period and the previous one) for the year, a
   quarter, a month, a counting week and a range with partial months — HTTP wall time and
   the database backend's CPU time; target ≤ 1 s for the year;
3. pushes 500 registrations through the API and times the next report (rebuilds one day);
4. writes the XLSX of about 100,000 and 10,000 registrations with ``vejviser-server report``
   in a child process: wall time and the child's peak memory (flat: constant-memory mode);
   ``--full-xlsx`` also writes the whole year (target ≤ 120 s);
5. ``--national N``: adds N further municipalities with 10,000,000 / 98 registrations each,
   generated in SQL, and times 101's year report again (it must not slow down).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import psycopg  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import Engine, func, select, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402
from support.postgres import PgCluster  # noqa: E402
from support.world import seed_world  # noqa: E402

from sync_server.app import create_app  # noqa: E402
from sync_server.config import Settings  # noqa: E402
from sync_server.db.engine import make_engine  # noqa: E402
from sync_server.db.migrate import upgrade  # noqa: E402
from sync_server.db.models import MunicipalityRow, ReportRollupRow  # noqa: E402
from sync_server.features.reports import repository as rollups  # noqa: E402
from sync_server.features.reports import service  # noqa: E402
from sync_server.features.reports.repository import Filters  # noqa: E402
from sync_server.protocol import Role  # noqa: E402

YEAR_START = datetime(2025, 1, 1, tzinfo=UTC)
CHANNELS = (["phone", "counter", "chat", "email", "video", "outreach"], [45, 35, 8, 8, 2, 2])
AREAS = [f"Område {i}" for i in range(40)] + [None]
AREA_WEIGHTS = [1 / (i + 1) for i in range(40)] + [0.3]
LOCATIONS = ([f"Sted {i}" for i in range(12)], [30, 25, 12, 8, 6, 5, 4, 3, 3, 2, 1, 1])
OUTCOMES = ["resolved"] * 5 + ["self_service", "assisted", "referred", "case_created"]
CITIZEN = ["digital", "not_digital", "special_needs", None]
TARGETS = [f"Myndighed {i}" for i in range(25)] + [None]
STUCK = ["Flytning", "Sygedagpenge", "Vielse", "Byg & Miljø", "Andet system"]
GUIDES = [f"vejledning-{i}" for i in range(60)]
GUIDE_WEIGHTS = [1 / (i + 1) for i in range(60)]
COLUMNS = (
    "municipality_id, uuid, version, deleted, staff, channel, location, started_at, ended_at, "
    "active_seconds, guide_ids, area, outcome, referral_target, citizen_type, stuck_solution, "
    "messages_sent, note, manual, received_at"
)
PERIODS = {
    "year": {"from": "2025-01-01", "to": "2025-12-31"},
    "quarter": {"period": "quarter", "date": "2025-05-05"},
    "month": {"period": "month", "date": "2025-03-10"},
    "week 13": {"year": 2025, "week": 13},
    "range": {"from": "2025-02-10", "to": "2025-11-20"},
}


def _rows(municipality_id: int, count: int, seed: int):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    now = datetime.now(UTC)
    step = 365 * 24 * 3600 / count
    for i in range(count):
        started = YEAR_START + timedelta(seconds=i * step + rng.random() * step)
        active = int(rng.lognormvariate(5.3, 0.8)) % 7200
        outcome = rng.choice(OUTCOMES)
        guides = rng.choices(GUIDES, GUIDE_WEIGHTS, k=rng.choice([0, 1, 1, 2]))
        yield (
            municipality_id,
            str(uuid.uuid4()),
            1,
            rng.random() < 0.02,
            "p-bench",
            rng.choices(*CHANNELS)[0],
            rng.choices(*LOCATIONS)[0],
            started,
            started + timedelta(seconds=active + 30),
            active,
            "[" + ",".join(f'"{g}"' for g in dict.fromkeys(guides)) + "]",
            rng.choices(AREAS, AREA_WEIGHTS)[0],
            outcome,
            rng.choice(TARGETS) if outcome == "referred" else None,
            rng.choice(CITIZEN),
            rng.choice(STUCK) if rng.random() < 0.05 else None,
            rng.randrange(0, 3),
            None,
            False,
            now,
        )


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _load(url: str, municipality_id: int, count: int, seed: int) -> float:
    t0 = time.perf_counter()
    copying = f"COPY registrations ({COLUMNS}) FROM STDIN"
    with psycopg.connect(_plain(url)) as conn, conn.cursor() as cur, cur.copy(copying) as copy:
        for row in _rows(municipality_id, count, seed):
            copy.write_row(row)
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE) registrations")
    return time.perf_counter() - t0


def _national(url: str, count: int, per: int) -> float:
    """``count`` more municipalities with ``per`` registrations each, generated in SQL."""
    t0 = time.perf_counter()
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        for m in range(count):
            code = f"{500 + m}"
            mid = conn.execute(
                "INSERT INTO municipalities (code, name, change_seq, per_person_stats, "
                "sync_history, created_at) VALUES (%s, %s, 0, false, %s, now()) RETURNING id",
                (code, f"Kommune {code}", uuid.uuid4().hex),
            ).fetchone()[0]  # type: ignore[index]
            conn.execute(
                f"INSERT INTO registrations ({COLUMNS}) SELECT %s, gen_random_uuid()::text, 1, "
                "false, 'p-x', (ARRAY['phone','counter','chat','email'])[1 + (g %% 4)], "
                "'Sted ' || (g %% 7), ts, ts + interval '5 minutes', 60 + (g * 7919) %% 900, "
                "'[]', 'Område ' || (g %% 23), "
                "(ARRAY['resolved','referred','assisted'])[1 + (g %% 3)], "
                "NULL, NULL, NULL, 0, NULL, false, now() FROM generate_series(1, %s) AS g, "
                "LATERAL (SELECT timestamptz '2025-01-01' + g * (interval '1 year' / %s)) AS t(ts)",
                (mid, per, per),
            )
            mark = (
                "INSERT INTO report_dirty_days (municipality_id, day) SELECT %s, d::date FROM "
                "generate_series(date '2025-01-01', date '2026-01-01', interval '1 day') AS d"
            )
            conn.execute(mark, (mid,))
        conn.execute("VACUUM (ANALYZE)")
    return time.perf_counter() - t0


def _process_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _db_cpu(engine: Engine, municipality_id: int, first: date, last: date) -> float:
    with Session(engine) as session:
        session.execute(text("SET max_parallel_workers_per_gather = 0"))
        pid = int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
        before = _process_cpu(pid)
        service.report(session, municipality_id, first, last, Filters())
        return _process_cpu(pid) - before


def _time_reports(
    client: TestClient, engine: Engine, headers: dict[str, str], mid: int, repeat: int
) -> float:
    worst = 0.0
    print(f"{'period':9} {'contacts':>9}  {'HTTP wall':>9}  {'DB CPU':>7}   (median of {repeat})")
    for label, params in PERIODS.items():
        times, cpus, body = [], [], {}
        for _ in range(repeat):
            t0 = time.perf_counter()
            response = client.get("/api/v1/reports/figures", params=params, headers=headers)
            times.append(time.perf_counter() - t0)
            response.raise_for_status()
            body = response.json()
            first = date.fromisoformat(body["current"]["period_from"])
            last = date.fromisoformat(body["current"]["period_to"])
            cpus.append(_db_cpu(engine, mid, first, last))
        took = statistics.median(times)
        if label == "year":
            worst = took
        print(
            f"{label:9} {body['current']['total']:>9,}  {took * 1000:6.0f} ms  "
            f"{statistics.median(cpus) * 1000:4.0f} ms"
        )
    return worst


_CHILD = (
    "import resource, sys\n"
    "from sync_server.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit as exit:\n"
    "    assert not exit.code, exit.code\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
)


def _xlsx(url: str, first: str, last: str, out: Path) -> tuple[float, float, int]:
    """Wall seconds, the child process's own peak RSS in MB, and the file size."""
    t0 = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _CHILD,
            "--database-url",
            url,
            "report",
            "--municipality",
            "101",
            "--from",
            first,
            "--to",
            last,
            "--format",
            "xlsx",
            "-o",
            str(out),
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    took = time.perf_counter() - t0
    peak = int(done.stderr.strip().splitlines()[-1]) / 1024
    return took, peak, out.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--full-xlsx", action="store_true")
    parser.add_argument("--national", type=int, default=0, metavar="N")
    args = parser.parse_args()
    cluster = PgCluster().start()
    try:
        url = cluster.create_database("bench_reports")
        engine = make_engine(url)
        upgrade(engine)
        settings = Settings(database_url=url, data_dir=Path(cluster.root) / "data")
        tokens = seed_world(engine, settings, "x")  # the hash is never checked here
        with Session(engine) as session:
            rows = session.execute(select(MunicipalityRow.code, MunicipalityRow.id)).all()
        ids = {code: mid for code, mid in rows}
        took = _load(url, ids["101"], args.rows, 1)
        _load(url, ids["202"], args.rows // 10, 2)
        print(f"loaded {args.rows:,} registrations (+{args.rows // 10:,} of 202) in {took:.1f} s")
        t0 = time.perf_counter()
        with Session(engine) as session, session.begin():
            rollups.mark_all_dirty(session, ids["101"])
            days = rollups.refresh(session, ids["101"])
        build = time.perf_counter() - t0
        with Session(engine) as session:
            counts = dict(
                session.execute(
                    select(ReportRollupRow.grain, func.count())
                    .where(ReportRollupRow.municipality_id == ids["101"])
                    .group_by(ReportRollupRow.grain)
                ).all()
            )
        print(
            f"rollups built for {days} days in {build:.1f} s: {counts.get('d', 0):,} daily rows, "
            f"{counts.get('m', 0):,} monthly rows"
        )
        with psycopg.connect(_plain(url), autocommit=True) as conn:
            conn.execute("VACUUM (ANALYZE) report_rollups")
        client = TestClient(create_app(settings, engine))
        headers = {"Authorization": f"Bearer {tokens[('101', Role.MANAGER)]}"}
        print(f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
        year = _time_reports(client, engine, headers, ids["101"], args.repeat)
        verdict = "OK" if year <= 1.0 else "SLOWER"
        print(f"year report: {year * 1000:.0f} ms; target ≤ 1000 ms: {verdict}")
        agent = {"Authorization": f"Bearer {tokens[('101', Role.AGENT)]}"}
        after = []
        for day in (date(2025, 6, 3), date(2025, 9, 17), date(2025, 12, 30)):
            batch = [_api_registration(i, day) for i in range(500)]
            client.post("/api/v1/registrations", json={"items": batch}, headers=agent)
            t0 = time.perf_counter()
            client.get("/api/v1/reports/figures", params=PERIODS["year"], headers=headers)
            after.append(time.perf_counter() - t0)
        worst = max(after)
        print(
            "year report after 500 new registrations (rebuilds 1 day, its month by delta): "
            + ", ".join(f"{t * 1000:.0f} ms" for t in after)
            + f"; target ≤ 1000 ms: {'OK' if worst <= 1.0 else 'SLOWER'}"
        )
        out = Path(cluster.root) / "r.xlsx"
        for first, last in (("2025-03-01", "2025-03-04"), ("2025-03-01", "2025-04-12")):
            took, peak, size = _xlsx(url, first, last, out)
            with Session(engine) as session:
                n = session.execute(
                    text(
                        "SELECT count(*) FROM registrations WHERE municipality_id = :m "
                        "AND NOT deleted AND started_at >= :a AND started_at < :b"
                    ),
                    {
                        "m": ids["101"],
                        "a": rollups.day_start(date.fromisoformat(first)),
                        "b": rollups.day_start(date.fromisoformat(last) + timedelta(days=1)),
                    },
                ).scalar_one()
            print(
                f"XLSX of {n:,} registrations: {took:.1f} s, peak memory of the process "
                f"{peak:.0f} MB, {size / 1e6:.1f} MB file"
            )
        if args.full_xlsx:
            took, peak, size = _xlsx(url, "2025-01-01", "2025-12-31", out)
            print(
                f"XLSX of the whole year: {took:.1f} s, peak {peak:.0f} MB, "
                f"{size / 1e6:.1f} MB; target ≤ 120 s: {'OK' if took <= 120 else 'SLOWER'}"
            )
        if args.national:
            per = 10_000_000 // 98
            took = _national(url, args.national, per)
            print(f"added {args.national} municipalities × {per:,} registrations in {took:.0f} s")
            _time_reports(client, engine, headers, ids["101"], args.repeat)
        client.close()
        engine.dispose()
    finally:
        cluster.stop()
    return 0


def _api_registration(i: int, day: date) -> dict[str, Any]:
    started = datetime(day.year, day.month, day.day, 8, 0, tzinfo=UTC) + timedelta(seconds=30 * i)
    return {
        "id": str(uuid.uuid4()),
        "channel": "phone",
        "location": "Sted 0",
        "started_at": started.isoformat(),
        "ended_at": (started + timedelta(minutes=5)).isoformat(),
        "active_seconds": 240,
        "area": "Område 1",
        "outcome": "resolved",
    }


if __name__ == "__main__":
    raise SystemExit(main())
