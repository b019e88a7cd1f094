"""Migrations 0006 and 0007 on a database with data: feedback statuses become the new
ones, and existing copies follow their origin."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from sync_server.db.engine import make_engine
from sync_server.db.migrate import upgrade


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_statuses_and_copies_are_carried_over(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_cluster").create_database(f"m6_{uuid.uuid4().hex[:10]}")
    engine = make_engine(url)
    try:
        upgrade(engine, "0005")
        now = datetime(2026, 3, 2, tzinfo=UTC).replace(tzinfo=None)
        with engine.begin() as conn:
            for mid, code in ((1, "101"), (2, "202")):
                conn.execute(
                    sa.text(
                        "INSERT INTO municipalities (id, code, name, change_seq, sync_history, "
                        "per_person_stats, created_at) VALUES (:id, :code, 'K', 2, 'h', false, "
                        ":now)"
                    ),
                    {"id": mid, "code": code, "now": now},
                )
            for status, answer in (("open", None), ("answered", "Svar"), ("closed", None)):
                conn.execute(
                    sa.text(
                        "INSERT INTO feedback (municipality_id, uuid, guide_key, kind, text, "
                        "status, answer, revision, author, created_at, updated_at) VALUES "
                        "(1, :uuid, 'pas', 'error', 'x', :status, :answer, 1, 'm-1', :now, :now)"
                    ),
                    {"uuid": str(uuid.uuid4()), "status": status, "answer": answer, "now": now},
                )
            data = {
                "title": "Pas",
                "_copied_from": {"municipality": "101", "guide_id": "pas", "revision": 3},
            }
            conn.execute(
                sa.text(
                    "INSERT INTO content (municipality_id, kind, key, revision, change_seq, "
                    "title, status, area, published_to_citizens, search_text, data, "
                    "created_at, updated_at) VALUES (2, 'guide', 'kopi', 1, 1, 'Pas', "
                    "'draft', 'A', false, '', :data, :now, :now)"
                ),
                {"data": json.dumps(data), "now": now},
            )
        upgrade(engine)
        with engine.connect() as conn:
            statuses = conn.execute(
                sa.text("SELECT status, answered_at IS NOT NULL FROM feedback ORDER BY id")
            ).all()
            follows = conn.execute(
                sa.text(
                    "SELECT municipality_id, guide_key, origin_municipality_id, origin_key "
                    "FROM library_follows"
                )
            ).all()
            local_only = conn.execute(sa.text("SELECT local_only FROM content")).scalar_one()
            histories = conn.execute(sa.text("SELECT sync_history FROM municipalities")).all()
        assert [tuple(s) for s in statuses] == [
            ("new", False),
            ("resolved", True),
            ("resolved", False),
        ]
        assert [tuple(f) for f in follows] == [(2, "kopi", 1, "pas")]
        assert not local_only
        # a new history each: every desktop pulls everything again (and drops drafts)
        assert len({h[0] for h in histories}) == 2 and "h" not in {h[0] for h in histories}
    finally:
        engine.dispose()
