"""``vejviser-server backup FILE`` and ``restore FILE``, while the server runs.

- SQLite: SQLite's online backup API, both ways. A backup is a consistent copy taken while
  requests go on; a restore copies the backup's pages into the live database under its write
  lock, so the running server's connections see the restored content at their next
  transaction (no restart, no file swapped under open connections).
- PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore --clean --single-transaction``:
  the restore replaces every table in one transaction (the server's requests wait for it or
  see the old content; a failed restore changes nothing). The tools come from
  ``VEJVISER_PG_BINDIR``, else the newest ``/usr/lib/postgresql/N/bin``, else ``PATH``; the
  password goes to them in ``PGPASSWORD``, never on a command line.

A backup file is checked before anything is replaced; a file that is not a Vejviser backup
of the same kind (SQLite or PostgreSQL) is refused with a clear message.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from .migrate import is_known_revision


class BackupError(Exception):
    """A backup or restore that could not be done; the message is for the operator (Danish)."""


def _sqlite_path(engine: Engine) -> Path:
    database = engine.url.database
    if not database or database == ":memory:":
        raise BackupError("En database i hukommelsen kan ikke sikkerhedskopieres.")
    return Path(database)


def _busy_ms(seconds: float) -> int:
    return int(seconds * 1000)


def _check_sqlite_backup(path: Path) -> str:
    """The backup's schema revision; BackupError when it is not a readable Vejviser backup."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            ok = conn.execute("PRAGMA quick_check").fetchone()
            if not ok or ok[0] != "ok":
                raise BackupError(f"{path.name} er beskadiget ({ok[0] if ok else '?'}).")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            f"{path.name} er ikke en sikkerhedskopi af en Vejviser-server på SQLite ({exc})."
        ) from None
    if row is None:
        raise BackupError(f"{path.name} har ingen skemaversion: ikke en Vejviser-database.")
    return str(row[0])


def _sqlite_copy(source: Path, target: Path, busy_timeout: float) -> None:
    with (
        contextlib.closing(sqlite3.connect(source, timeout=busy_timeout)) as src,
        contextlib.closing(sqlite3.connect(target, timeout=busy_timeout)) as dst,
    ):
        src.execute(f"PRAGMA busy_timeout = {_busy_ms(busy_timeout)}")
        dst.execute(f"PRAGMA busy_timeout = {_busy_ms(busy_timeout)}")
        src.backup(dst)


def _pg_tool(name: str) -> str:
    env = os.environ.get("VEJVISER_PG_BINDIR")
    if env:
        return str(Path(env) / name)
    found = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda p: int(Path(p).parent.parent.name),
    )
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path is None:
        raise BackupError(
            f"{name} findes ikke: installér PostgreSQL's klientprogrammer "
            "(postgresql-client) eller sæt VEJVISER_PG_BINDIR."
        )
    return on_path


def _pg_target(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password, and the environment carrying it."""
    plain = url.set(drivername="postgresql", password=None)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return plain.render_as_string(hide_password=False), env


def _run(args: list[str], env: dict[str, str], what: str) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{what} mislykkedes: {result.stderr.strip() or result.stdout.strip()}")


def backup(engine: Engine, target: Path, busy_timeout: float = 10.0) -> None:
    """Write a consistent copy of the database to ``target`` (replaced when it exists)."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        if engine.dialect.name == "sqlite":
            _sqlite_copy(_sqlite_path(engine), partial, busy_timeout)
            _check_sqlite_backup(partial)
        elif engine.dialect.name == "postgresql":
            uri, env = _pg_target(engine.url)
            args = [_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(partial)]
            _run([*args, "--dbname", uri], env, "pg_dump")
        else:
            raise BackupError(f"Databasen {engine.dialect.name} understøttes ikke.")
        partial.replace(target)  # a finished backup or none: never a half-written file
    finally:
        partial.unlink(missing_ok=True)


def _pg_backup_revision(source: Path, env: dict[str, str]) -> str:
    """The schema revision stored in a pg_dump archive, read without restoring it."""
    result = subprocess.run(
        [_pg_tool("pg_restore"), "--data-only", "--table=alembic_version", "--file=-", str(source)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = result.stdout.splitlines()
    for number, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and number + 1 < len(lines):
            value = lines[number + 1].strip()
            if value and value != "\\.":
                return value
    raise BackupError(
        f"{source.name} er ikke en sikkerhedskopi af en Vejviser-server på PostgreSQL "
        "(lavet med vejviser-server backup)."
    )


def _refuse_newer(source: Path, revision: str) -> None:
    if not is_known_revision(revision):
        raise BackupError(
            f"{source.name} er fra en nyere version af serveren (skema {revision}) end denne: "
            "installér den version, den blev taget med, eller en nyere."
        )


def restore(engine: Engine, source: Path, busy_timeout: float = 10.0) -> None:
    """Replace the database's content with the backup ``source``; the schema may then be
    older than this version's (the caller migrates). Nothing is replaced when the file is
    not a backup of this kind of database, or is from a newer version."""
    if not source.is_file():
        raise BackupError(f"{source} findes ikke.")
    if engine.dialect.name == "sqlite":
        _refuse_newer(source, _check_sqlite_backup(source))
        _sqlite_copy(source, _sqlite_path(engine), busy_timeout)
    elif engine.dialect.name == "postgresql":
        uri, env = _pg_target(engine.url)
        _refuse_newer(source, _pg_backup_revision(source, env))
        args = [
            _pg_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--no-owner",
            "--exit-on-error",
            "--dbname",
            uri,
            str(source),
        ]
        _run(args, env, "pg_restore")
    else:
        raise BackupError(f"Databasen {engine.dialect.name} understøttes ikke.")
