"""Migration 0013 on a database with data (SQLite and PostgreSQL): every tenant becomes a
municipality, registrations and feedback keep their rows (no hotline, no authority), and
the days already rolled up are rebuilt at the next report (the rollups gain the source)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from sync_server.db.engine import make_engine
from sync_server.db.migrate import upgrade


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_existing_rows_are_carried_over(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_cluster").create_database(f"m13_{uuid.uuid4().hex[:10]}")
    engine = make_engine(url)
    try:
        upgrade(engine, "0012")
        now = datetime(2026, 3, 2, 9, tzinfo=UTC).replace(tzinfo=None)
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO municipalities (id, code, name, change_seq, sync_history, "
                    "per_person_stats, created_at) VALUES (1, '101', 'K', 0, 'h', false, :now)"
                ),
                {"now": now},
            )
            conn.execute(
                sa.text(
                    "INSERT INTO registrations (municipality_id, uuid, version, deleted, staff, "
                    "channel, location, started_at, ended_at, active_seconds, guide_ids, "
                    "outcome, messages_sent, manual, received_at) VALUES (1, :uuid, 1, false, "
                    "'p', 'phone', 'Sted', :now, :now, 60, '[]', 'resolved', 0, false, :now)"
                ),
                {"uuid": str(uuid.uuid4()), "now": now},
            )
            conn.execute(
                sa.text(
                    "INSERT INTO feedback (municipality_id, uuid, guide_key, kind, text, "
                    "status, revision, author, created_at, updated_at) VALUES "
                    "(1, :uuid, 'pas', 'error', 'x', 'new', 1, 'm-1', :now, :now)"
                ),
                {"uuid": str(uuid.uuid4()), "now": now},
            )
            conn.execute(
                sa.text(
                    "INSERT INTO report_rollups (municipality_id, grain, day, channel, area, "
                    "location, kind, key, n, seconds, messages) VALUES "
                    "(1, 'd', :day, 'phone', '', 'Sted', 'main', 'resolved', 1, 60, 0), "
                    "(1, 'd', :day, '', '', '', 'hour', '10', 1, 60, 0)"
                ),
                {"day": date(2026, 3, 2)},
            )
        upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT kind FROM municipalities")).scalar_one() == (
                "municipality"
            )
            served = conn.execute(
                sa.text("SELECT served_municipality_id, authority FROM registrations")
            ).one()
            assert tuple(served) == (None, None)
            assert conn.execute(sa.text("SELECT hotline_id FROM feedback")).scalar_one() is None
            dirty = conn.execute(
                sa.text("SELECT municipality_id, day FROM report_dirty_days")
            ).all()
            assert [(m, str(d)[:10]) for m, d in dirty] == [(1, "2026-03-02")]
            assert conn.execute(sa.text("SELECT count(*) FROM hotline_members")).scalar() == 0
    finally:
        engine.dispose()
