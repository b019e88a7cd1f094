"""Queries on tokens and login attempts.

The login limits are counters updated in single statements (``INSERT … ON CONFLICT DO
UPDATE … RETURNING`` on SQLite and PostgreSQL), never read-then-write, so they hold for any
number of concurrent attempts on any number of server processes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ...db.models import AccountRow, LoginAttemptRow, MunicipalityRow, TokenRow


def token_with_account(
    session: Session, token_hash: str
) -> tuple[TokenRow, AccountRow, MunicipalityRow] | None:
    row = session.execute(
        select(TokenRow, AccountRow, MunicipalityRow)
        .join(AccountRow, AccountRow.id == TokenRow.account_id)
        .join(MunicipalityRow, MunicipalityRow.id == AccountRow.municipality_id)
        .where(TokenRow.token_hash == token_hash)
    ).first()
    return None if row is None else (row[0], row[1], row[2])


def _insert(session: Session) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def reserve_check(
    session: Session, key: str, now: datetime, window_start_before: datetime, limit: int
) -> bool:
    """Reserve one password check for ``key`` unless ``failures + pending`` has reached
    ``limit`` in the current window (a window older than ``window_start_before`` starts
    over). True when reserved."""
    table = LoginAttemptRow
    expired = table.window_start < window_start_before
    stmt = _insert(session)(table).values(key=key, window_start=now, failures=0, pending=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.key],
        set_={
            "failures": case((expired, 0), else_=table.failures),
            "pending": case((expired, 1), else_=table.pending + 1),
            "window_start": case((expired, now), else_=table.window_start),
        },
        where=or_(expired, table.failures + table.pending < limit),
    ).returning(table.key)
    return session.execute(stmt).first() is not None


def attempts(session: Session, key: str) -> LoginAttemptRow | None:
    return session.get(LoginAttemptRow, key, populate_existing=True)


def failures_in_window(session: Session, key: str, window_start_before: datetime) -> int:
    value = session.scalar(
        select(LoginAttemptRow.failures).where(
            LoginAttemptRow.key == key, LoginAttemptRow.window_start >= window_start_before
        )
    )
    return int(value or 0)


def settle_check(session: Session, key: str, *, failed: bool, now: datetime) -> None:
    """A reserved check ended: its reservation goes; a failure counts (the first one of a
    window starts the window), a success clears the failures."""
    table = LoginAttemptRow
    pending = case((table.pending > 0, table.pending - 1), else_=0)
    values: dict[str, Any] = {"pending": pending}
    if failed:
        values["failures"] = table.failures + 1
        values["window_start"] = case((table.failures == 0, now), else_=table.window_start)
    else:
        values["failures"] = 0
    session.execute(
        update(table).where(table.key == key).values(**values),
        execution_options={"synchronize_session": False},
    )


def release_check(session: Session, key: str) -> None:
    """A reserved check that never ran (the server was busy): only the reservation goes."""
    table = LoginAttemptRow
    session.execute(
        update(table).where(table.key == key, table.pending > 0).values(pending=table.pending - 1),
        execution_options={"synchronize_session": False},
    )


def count_failure(session: Session, key: str, now: datetime, window_start_before: datetime) -> None:
    """One more failure for ``key`` (a client address), in one statement."""
    table = LoginAttemptRow
    expired = table.window_start < window_start_before
    stmt = _insert(session)(table).values(key=key, window_start=now, failures=1, pending=0)
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.key],
        set_={
            "failures": case((expired, 1), else_=table.failures + 1),
            "window_start": case((expired, now), else_=table.window_start),
        },
    )
    session.execute(stmt)


def prune_attempts(session: Session, before: datetime) -> None:
    session.execute(
        delete(LoginAttemptRow).where(
            LoginAttemptRow.window_start < before, LoginAttemptRow.pending == 0
        ),
        execution_options={"synchronize_session": False},
    )


def add_token(session: Session, row: TokenRow) -> None:
    session.add(row)


def prune_tokens(session: Session, account_id: int, expired_before: datetime) -> None:
    """Tokens of an account that expired before ``expired_before`` (no longer of use even
    to say "your login expired")."""
    session.execute(
        delete(TokenRow).where(
            TokenRow.account_id == account_id, TokenRow.expires_at < expired_before
        ),
        execution_options={"synchronize_session": False},
    )


def set_password_hash(session: Session, account_id: int, password_hash: str) -> None:
    session.execute(
        update(AccountRow).where(AccountRow.id == account_id).values(password_hash=password_hash),
        execution_options={"synchronize_session": False},
    )


def revoke_all(session: Session, account_id: int, now: datetime) -> int:
    """Revoke every live token of an account; the number revoked."""
    result = session.execute(
        update(TokenRow)
        .where(TokenRow.account_id == account_id, TokenRow.revoked_at.is_(None))
        .values(revoked_at=now),
        execution_options={"synchronize_session": False},
    )
    return int(getattr(result, "rowcount", 0) or 0)
