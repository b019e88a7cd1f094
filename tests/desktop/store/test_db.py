"""The cache file: schema migrations, reopening, WAL and durability settings, network shares."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from support.races import open_race

from desktop.core.errors import ProfileError
from desktop.core.paths import is_network_path
from desktop.store import open_cache
from desktop.store.db import migrate, migrations, set_meta

TABLES = {
    "meta",
    "guides",
    "faq",
    "areas",
    "contacts",
    "synonyms",
    "blobs",
    "outbox",
    "usage",
    "favourites",
    "settings",
}


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {row[0] for row in rows}


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_migrations_are_numbered_and_sorted() -> None:
    found = migrations()
    numbers = [number for number, _ in found]
    assert numbers, "no migrations shipped with the package"
    assert numbers == sorted(set(numbers))
    assert numbers[0] == 1


def test_new_cache_gets_the_whole_schema(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = open_cache(path)
    cache.close()
    assert _tables(path) >= TABLES
    assert _user_version(path) == migrations()[-1][0]


def test_migrating_again_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = open_cache(path)
    latest = migrations()[-1][0]
    assert migrate(cache.engine) == latest  # already current: no statement runs again
    cache.close()
    cache = open_cache(path)  # reopening migrates nothing either
    cache.close()
    assert _user_version(path) == latest


def test_a_cache_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = open_cache(path)
    with cache.transaction() as conn:
        set_meta(conn, "last_sync", "2026-03-02T09:00:00+00:00")
    cache.close()
    again = open_cache(path)
    try:
        assert again.meta("last_sync") == "2026-03-02T09:00:00+00:00"
        assert again.meta("missing") is None
    finally:
        again.close()


def test_wal_and_full_sync_are_on(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    try:
        with cache.read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        cache.close()


def test_a_failed_write_transaction_leaves_nothing(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    try:
        with pytest.raises(RuntimeError), cache.transaction() as conn:
            set_meta(conn, "k", "v")
            raise RuntimeError("boom")
        assert cache.meta("k") is None
    finally:
        cache.close()


def test_an_app_update_migrates_an_existing_cache_and_keeps_its_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = open_cache(path)
    with cache.transaction() as conn:
        set_meta(conn, "sync_cursor", "42")
    cache.close()
    shipped = migrations()
    latest = shipped[-1][0]
    update = (latest + 1, "-- a later version\nALTER TABLE meta ADD COLUMN note TEXT;")
    monkeypatch.setattr("desktop.store.db.migrations", lambda: [*shipped, update])
    cache = open_cache(path)
    try:
        assert cache.meta("sync_cursor") == "42"
        with cache.read() as conn:
            columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(meta)")]
        assert "note" in columns
    finally:
        cache.close()
    assert _user_version(path) == latest + 1


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cache.sqlite3"
    open_cache(path).close()
    shipped = migrations()
    latest = shipped[-1][0]
    broken = (
        latest + 1,
        "CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);",
    )
    monkeypatch.setattr("desktop.store.db.migrations", lambda: [*shipped, broken])
    with pytest.raises(Exception, match="no_such_table"):
        open_cache(path)
    assert _user_version(path) == latest
    assert "half_done" not in _tables(path)


@pytest.mark.parametrize(
    "raw",
    ["//fileserver-vejviser-test/profiler/anne", "\\\\fileserver-vejviser-test\\profiler\\anne"],
)
def test_network_share_is_refused_with_a_clear_message(
    raw: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # on Linux a "\\\\x" path is relative
    path = Path(raw)
    assert is_network_path(path)
    with pytest.raises(ProfileError) as caught:
        open_cache(path / "cache.sqlite3")
    assert caught.value.code == "network_share"
    assert "netværksdrev" in caught.value.message
    assert "VEJVISER_HOME" in caught.value.message
    # Refused before anything was created (on Linux "//x" is "/x").
    assert not Path("/fileserver-vejviser-test").exists()
    assert list(tmp_path.iterdir()) == []


def test_a_local_folder_is_not_a_network_path(tmp_path: Path) -> None:
    assert not is_network_path(tmp_path)


def test_processes_creating_the_same_cache_at_once_all_succeed(tmp_path: Path) -> None:
    """The GUI and a scheduled `vejviser sync` may start together on a new profile: four
    processes create the same new cache at once, 20 rounds (60 rounds:
    ``tests/bench/bench_cache_race.py``)."""
    assert open_race(tmp_path, rounds=20) == []
    for round_ in range(20):
        assert _user_version(tmp_path / f"race-{round_}" / "db.sqlite3") == migrations()[-1][0]
