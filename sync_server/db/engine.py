"""Engine creation for SQLite (WAL) and PostgreSQL (psycopg 3) with the same code."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and use the psycopg 3 driver."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
#: serialization_failure, deadlock_detected, lock_not_available
_PG_CONTENTION = frozenset({"40001", "40P01", "55P03"})
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


def _sqlite_pragmas(busy_timeout: float) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # SQLAlchemy's BEGIN (below) controls transactions, not pysqlite's legacy mode, which
        # began them only before a data change (so DDL and reads ran outside a transaction).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL is a property of the file, set once by :func:`ensure_wal` before connecting.
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return on_connect


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def is_contention(exc: DBAPIError) -> bool:
    """A lock that could not be had in time, a serialization failure or a deadlock: the
    transaction was rolled back and the same work may succeed when tried again."""
    orig = exc.orig
    if getattr(orig, "sqlite_errorcode", None) in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return True
    return getattr(orig, "sqlstate", None) in _PG_CONTENTION


def make_engine(url: str, *, busy_timeout: float = 10.0) -> Engine:
    """``busy_timeout``: seconds a SQLite writer waits for the write lock."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            ensure_wal(Path(parsed.database))
        # As many connections as request threads (40): a request never waits for a
        # connection while another holds the write lock and waits for a thread.
        pool: dict[str, Any] = {}
        if parsed.database and parsed.database != ":memory:":
            pool = {"pool_size": 10, "max_overflow": 40}
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": busy_timeout},
            hide_parameters=True,
            **pool,
        )
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(
        url, pool_pre_ping=True, pool_size=10, max_overflow=20, hide_parameters=True
    )


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def open_session(factory: sessionmaker[Session], *, write: bool = True) -> Session:
    """A session whose transaction (begun at its first statement) takes SQLite's write lock
    first when ``write``; the caller commits or rolls back and closes it."""
    return factory(execution_options={WRITE: True}) if write else factory()


@contextmanager
def transaction(factory: sessionmaker[Session], *, write: bool = True) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error. ``write=False`` for a
    unit that only reads (no write lock on SQLite)."""
    session = open_session(factory, write=write)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
