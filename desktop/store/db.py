"""Open the cache: WAL, full sync for durable outbox writes, schema migrations."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from filelock import FileLock
from sqlalchemy import Connection, Engine, create_engine, event, text

from ..core.errors import ProfileError
from ..core.paths import is_network_path

_MIGRATION_RE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


_SQLITE_BUSY = 5
_WAL_ATTEMPTS = 50


def ensure_wal(path: Path) -> None:
    """Put the cache file in WAL mode (a setting stored in the file, made once).

    Switching a brand-new file to WAL takes a read lock and upgrades it; two processes doing
    that at once fail at once with "database is locked" — SQLite's busy timeout is never
    consulted for a lock upgrade. So the switch happens under a lock file beside the cache
    (the GUI and a scheduled ``vejviser sync`` starting on a new profile take turns), and
    only a SQLITE_BUSY from the switch itself (another program reading the file) is retried.
    """
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            return
        with FileLock(f"{path}.lock", timeout=60):
            for attempt in range(_WAL_ATTEMPTS):
                try:
                    conn.execute("PRAGMA journal_mode=WAL").fetchone()
                    return
                except sqlite3.OperationalError as exc:
                    busy = getattr(exc, "sqlite_errorcode", None) == _SQLITE_BUSY
                    if not busy or attempt == _WAL_ATTEMPTS - 1:
                        raise
                    time.sleep(0.02 * (attempt + 1))
    finally:
        conn.close()


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's BEGIN control transactions (pysqlite's legacy mode would not).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL is a property of the file, set once by :func:`ensure_wal` before any connection.
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged write survives a crash
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _begin(conn: Connection) -> None:
    # Writers take the write lock up front (no lock upgrade failures); readers don't.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")


def migrations() -> list[tuple[int, str]]:
    folder = resources.files("desktop.store") / "migrations"
    found = []
    for item in folder.iterdir():
        match = _MIGRATION_RE.match(item.name)
        if match:
            found.append((int(match.group(1)), item.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(engine: Engine) -> int:
    """Apply the SQL migrations newer than ``PRAGMA user_version``; return the version."""
    wanted = migrations()
    with engine.connect() as conn:
        with conn.begin():
            version = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
        if not wanted or version >= wanted[-1][0]:
            return version
        # Take the write lock before reading the version again: processes opening a new or
        # outdated cache at the same time then migrate one after the other instead of failing.
        conn.info["write"] = True
        try:
            with conn.begin():
                version = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
                for number, script in wanted:
                    if number <= version:
                        continue
                    for statement in (s.strip() for s in script.split(";")):
                        if statement and not all(
                            line.startswith("--") for line in statement.splitlines()
                        ):
                            conn.exec_driver_sql(statement)
                    conn.exec_driver_sql(f"PRAGMA user_version = {number}")
                    version = number
        finally:
            conn.info.pop("write", None)
    return version


class Cache:
    """One SQLite cache file. ``transaction()`` is the unit of work of the layers above."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction: committed when the block ends without an error."""
        with self.engine.connect() as conn:
            conn.info["write"] = True
            try:
                with conn.begin():
                    yield conn
            finally:
                conn.info.pop("write", None)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def meta(self, key: str) -> str | None:
        with self.read() as conn:
            value = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": key})
            return value.scalar()

    def close(self) -> None:
        self.engine.dispose()


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        text(
            "INSERT INTO meta (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def open_cache(path: Path) -> Cache:
    """Open (and create or upgrade) a cache. Refuses network shares, where SQLite's
    locking is unreliable."""
    if is_network_path(path.parent):  # checked before anything is created there
        raise ProfileError(
            f"Vejvisers lokale data kan ikke ligge på et netværksdrev ({path.parent}). "
            "Sæt VEJVISER_HOME til en lokal mappe.",
            code="network_share",
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    ensure_wal(path)
    engine = create_engine(
        f"sqlite:///{path.as_posix()}", connect_args={"check_same_thread": False}
    )
    event.listen(engine, "connect", _pragmas)
    event.listen(engine, "begin", _begin)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return Cache(path, engine)
