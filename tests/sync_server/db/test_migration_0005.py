"""Migration 0005 on a database with data: the screenshots existing guides show stay
readable to the municipalities that see those guides."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from sync_server.db.engine import make_engine
from sync_server.db.migrate import upgrade

SHA = "ab" * 32
OTHER = "cd" * 32


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_references_of_existing_guides_are_filled_in(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_cluster").create_database(f"m5_{uuid.uuid4().hex[:10]}")
    engine = make_engine(url)
    try:
        upgrade(engine, "0004")
        now = datetime(2026, 3, 2, tzinfo=UTC).replace(tzinfo=None)
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO municipalities (id, code, name, change_seq, sync_history, "
                    "per_person_stats, created_at) VALUES (1, '101', 'K', 2, 'h', false, :now)"
                ),
                {"now": now},
            )
            for key, image, deleted in (("pas", SHA, None), ("gammel", OTHER, now)):
                data = {"title": key, "steps": [{"title": "t", "text": "x", "image": image}]}
                conn.execute(
                    sa.text(
                        "INSERT INTO content (municipality_id, kind, key, revision, change_seq, "
                        "title, status, area, published_to_citizens, search_text, data, "
                        "created_at, updated_at, deleted_at) VALUES (1, 'guide', :key, 1, 1, "
                        ":key, 'draft', 'A', false, '', :data, :now, :now, :deleted)"
                    ),
                    {"key": key, "data": json.dumps(data), "now": now, "deleted": deleted},
                )
        upgrade(engine)
        with engine.connect() as conn:
            refs = conn.execute(
                sa.text("SELECT municipality_id, guide_key, sha256 FROM blob_refs")
            ).all()
        assert [tuple(r) for r in refs] == [(1, "pas", SHA)]  # not the deleted guide's
    finally:
        engine.dispose()
