"""Run the Alembic migrations programmatically (no alembic.ini needed)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from filelock import FileLock
from sqlalchemy import Connection, Engine, text

from .engine import WRITE

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


#: The PostgreSQL advisory lock held while migrating (any fixed 64-bit number; "vejviser").
_PG_LOCK = 0x76656A7669736572


@contextmanager
def _sqlite_foreign_keys_deferred(conn: Connection) -> Iterator[None]:
    """SQLite's procedure for changing a table's shape: a batch migration copies a table into
    a new one and drops the old, and with foreign keys enforced dropping a table that others
    reference (accounts, by tokens) fails. The pragma works only outside a transaction; the
    references are checked before the migration commits (:func:`_check_foreign_keys`)."""
    raw = conn.connection.driver_connection  # outside SQLAlchemy's transaction (no autobegin)
    assert raw is not None
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def _check_foreign_keys(conn: Connection) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"migration left broken references: {broken[:5]}")


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction that no other migrating process shares: two
    ``serve`` commands starting on a new database migrate one after the other (the second
    then finds nothing to do) instead of both creating the schema."""
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if database and database != ":memory:":
            lock = FileLock(f"{database}.migrate.lock", timeout=600)
            with lock, engine.connect() as conn:
                conn = conn.execution_options(**{WRITE: True})  # BEGIN IMMEDIATE
                with _sqlite_foreign_keys_deferred(conn), conn.begin():
                    yield conn
                    _check_foreign_keys(conn)
            return
        with engine.connect() as conn, _sqlite_foreign_keys_deferred(conn), conn.begin():
            yield conn
            _check_foreign_keys(conn)
        return
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # Released at commit or rollback; a waiting process reads the version after.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        yield conn


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema, in one transaction, under the migration lock."""
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with _migration_lock(engine) as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest migration shipped with this version."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def is_known_revision(revision: str | None) -> bool:
    """Whether this version ships the migration ``revision`` (a database from a newer
    version has one it does not know)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    if revision is None:
        return True
    try:
        return (
            ScriptDirectory.from_config(alembic_config("sqlite://")).get_revision(revision)
            is not None
        )
    except CommandError:
        return False
