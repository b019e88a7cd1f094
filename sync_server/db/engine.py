"""Engine creation for SQLite (WAL) and PostgreSQL (psycopg 3) with the same code."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and use the psycopg 3 driver."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


_SQLITE_BUSY = 5
_WAL_ATTEMPTS = 50


def ensure_wal(path: Path) -> None:
    """Put the database file in WAL mode (a setting stored in the file, made once).

    Switching a brand-new file to WAL takes a read lock and upgrades it; two processes doing
    that at once (two ``serve`` commands starting on a new database) fail at once with
    "database is locked" — SQLite never consults the busy timeout for a lock upgrade. So the
    switch is made under a lock file beside the database, and only a SQLITE_BUSY from the
    switch itself (another program reading the file) is retried.
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


#: Execution option of a connection that will write: on SQLite its transaction begins with
#: ``BEGIN IMMEDIATE`` (the write lock first, waiting up to the busy timeout). A deferred
#: transaction that reads and then writes fails at once with "database is locked" when
#: another writer got in between — SQLite never waits for a lock upgrade.
WRITE = "vejviser_write"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy's BEGIN (below) controls transactions, not pysqlite's legacy mode, which
    # began them only before a data change (so DDL and reads ran outside any transaction).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL is a property of the file, set once by :func:`ensure_wal` before any connection.
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            ensure_wal(Path(parsed.database))
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session], *, write: bool = True) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error. ``write=False`` for a
    unit that only reads (no write lock on SQLite)."""
    session = factory(execution_options={WRITE: True}) if write else factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
