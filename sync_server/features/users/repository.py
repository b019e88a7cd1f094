"""Queries on a municipality's accounts."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import AccountRow


def accounts(session: Session, municipality_id: int) -> Sequence[AccountRow]:
    return session.scalars(
        select(AccountRow)
        .where(AccountRow.municipality_id == municipality_id)
        .order_by(AccountRow.username)
    ).all()


def account(session: Session, municipality_id: int, account_id: int) -> AccountRow | None:
    return session.scalar(
        select(AccountRow)
        .where(AccountRow.municipality_id == municipality_id, AccountRow.id == account_id)
        .execution_options(populate_existing=True)
    )


def by_username(session: Session, municipality_id: int, username: str) -> AccountRow | None:
    return session.scalar(
        select(AccountRow).where(
            AccountRow.municipality_id == municipality_id, AccountRow.username == username
        )
    )


def active_admins(session: Session, municipality_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(AccountRow)
            .where(
                AccountRow.municipality_id == municipality_id,
                AccountRow.role == "admin",
                AccountRow.active.is_(True),
            )
        )
        or 0
    )
