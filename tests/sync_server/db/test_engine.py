"""The server's SQLite engine: WAL on a new file, also when processes start together."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from support.races import open_race

from sync_server.db.engine import make_engine


def test_a_new_database_is_in_wal_mode(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new' / 'server.sqlite3'}")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        engine.dispose()


def test_processes_opening_a_new_server_database_at_once_all_succeed(tmp_path: Path) -> None:
    """Two ``serve`` processes (or ``serve`` and ``migrate``) starting on a new database."""
    assert open_race(tmp_path, rounds=15, target="server") == []
