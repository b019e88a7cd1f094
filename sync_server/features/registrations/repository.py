"""Bulk upsert of registrations, portable across SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ...db.models import RegistrationRow

_UPDATABLE = (
    "version",
    "deleted",
    "channel",
    "location",
    "started_at",
    "ended_at",
    "active_seconds",
    "guide_ids",
    "area",
    "outcome",
    "referral_target",
    "citizen_type",
    "stuck_solution",
    "messages_sent",
    "note",
    "manual",
    "received_at",
    "served_municipality_id",
    "authority",
)


def upsert(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert new registrations; a row already stored is replaced only by a higher version
    (a correction), so a batch sent again changes nothing."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(RegistrationRow)
    stmt = stmt.on_conflict_do_update(
        index_elements=[RegistrationRow.municipality_id, RegistrationRow.uuid],
        set_={name: getattr(stmt.excluded, name) for name in _UPDATABLE},
        # a correction by the same staff member only: another's registration stays theirs
        where=(RegistrationRow.version < stmt.excluded.version)
        & (RegistrationRow.staff == stmt.excluded.staff),
    )
    # Core executemany (not the ORM's bulk path): batched into multi-row INSERTs on both
    # databases instead of one statement per registration.
    session.connection().execute(stmt, list(rows))


def owned_by_others(
    session: Session, municipality_id: int, uuids: Sequence[str], staff: str
) -> list[str]:
    """Of ``uuids``, those stored for another staff member of the municipality."""
    if not uuids:
        return []
    return list(
        session.scalars(
            select(RegistrationRow.uuid).where(
                RegistrationRow.municipality_id == municipality_id,
                RegistrationRow.uuid.in_(list(uuids)),
                RegistrationRow.staff != staff,
            )
        )
    )


def started_of(
    session: Session, municipality_id: int, uuids: Sequence[str]
) -> list[tuple[datetime, int | None]]:
    """When the stored registrations among ``uuids`` started (their day before a
    correction), with the member a hotline served in each (None: the own municipality)."""
    if not uuids:
        return []
    rows = session.execute(
        select(RegistrationRow.started_at, RegistrationRow.served_municipality_id).where(
            RegistrationRow.municipality_id == municipality_id,
            RegistrationRow.uuid.in_(list(uuids)),
        )
    )
    return [(started, served) for started, served in rows]
