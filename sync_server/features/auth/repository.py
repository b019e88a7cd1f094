"""Queries on tokens and failed logins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ...db.models import AccountRow, LoginFailureRow, MunicipalityRow, TokenRow


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


def count_failures(
    session: Session, *, account_key: str | None, client_ip: str | None, since: datetime
) -> int:
    query = select(func.count()).select_from(LoginFailureRow).where(LoginFailureRow.at >= since)
    if account_key is not None:
        query = query.where(LoginFailureRow.account_key == account_key)
    if client_ip is not None:
        query = query.where(LoginFailureRow.client_ip == client_ip)
    return int(session.scalar(query) or 0)


def add_failure(session: Session, account_key: str, client_ip: str, at: datetime) -> None:
    session.add(LoginFailureRow(account_key=account_key, client_ip=client_ip, at=at))


def clear_failures(session: Session, account_key: str) -> None:
    session.execute(delete(LoginFailureRow).where(LoginFailureRow.account_key == account_key))


def prune_failures(session: Session, before: datetime) -> None:
    session.execute(delete(LoginFailureRow).where(LoginFailureRow.at < before))
