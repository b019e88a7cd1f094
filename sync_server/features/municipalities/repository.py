"""Queries on municipalities and accounts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import AccountRow, MunicipalityRow


def by_code(session: Session, code: str) -> MunicipalityRow | None:
    return session.scalar(select(MunicipalityRow).where(MunicipalityRow.code == code))


def by_id(session: Session, municipality_id: int) -> MunicipalityRow:
    return session.get_one(MunicipalityRow, municipality_id)


def all_municipalities(session: Session) -> list[MunicipalityRow]:
    return list(session.scalars(select(MunicipalityRow).order_by(MunicipalityRow.code)))


def account(session: Session, municipality_id: int, username: str) -> AccountRow | None:
    return session.scalar(
        select(AccountRow).where(
            AccountRow.municipality_id == municipality_id,
            AccountRow.username == username.strip().lower(),
        )
    )


def lock_for_change(session: Session, municipality_id: int) -> MunicipalityRow:
    """Take the municipality's row lock and return it; serialises change numbering."""
    row = session.scalar(
        select(MunicipalityRow).where(MunicipalityRow.id == municipality_id).with_for_update()
    )
    assert row is not None
    return row
