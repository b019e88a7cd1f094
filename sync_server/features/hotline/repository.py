"""Queries on hotlines and their admissions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import HotlineMemberRow, MunicipalityRow, RegistrationRow

H = HotlineMemberRow
M = MunicipalityRow
R = RegistrationRow


def hotlines(session: Session) -> list[MunicipalityRow]:
    return list(session.scalars(select(M).where(M.kind == "hotline").order_by(M.name, M.code)))


def current(session: Session, hotline_id: int, municipality_id: int) -> HotlineMemberRow | None:
    """The admission in force (not dismissed), if any."""
    return session.scalar(
        select(H)
        .where(
            H.hotline_id == hotline_id,
            H.municipality_id == municipality_id,
            H.dismissed_at.is_(None),
        )
        .order_by(H.id.desc())
        .limit(1)
    )


def admissions_of_member(session: Session, municipality_id: int) -> dict[int, HotlineMemberRow]:
    """The admissions in force of a member, by hotline id."""
    rows = session.scalars(
        select(H).where(H.municipality_id == municipality_id, H.dismissed_at.is_(None))
    )
    return {row.hotline_id: row for row in rows}


def members(session: Session, hotline_id: int) -> list[MunicipalityRow]:
    """The municipalities that admit the hotline now, by name."""
    return list(
        session.scalars(
            select(M)
            .join(H, H.municipality_id == M.id)
            .where(H.hotline_id == hotline_id, H.dismissed_at.is_(None))
            .distinct()
            .order_by(M.name, M.code)
        )
    )


def hotlines_of_member(session: Session, municipality_id: int) -> list[MunicipalityRow]:
    """Every hotline that ever served the municipality (its reports name them)."""
    return list(
        session.scalars(
            select(M)
            .join(H, H.hotline_id == M.id)
            .where(H.municipality_id == municipality_id)
            .distinct()
            .order_by(M.name)
        )
    )


def admit(
    session: Session, hotline_id: int, municipality_id: int, by: str, at: datetime
) -> HotlineMemberRow:
    row = HotlineMemberRow(
        hotline_id=hotline_id, municipality_id=municipality_id, admitted_at=at, admitted_by=by
    )
    session.add(row)
    session.flush()
    return row


def served_contacts(
    session: Session, hotline_id: int, start: datetime, end: datetime
) -> list[tuple[str, str, str | None, str, datetime, int]]:
    """(member code, member name, authority, channel, started_at, active seconds) of every
    contact the hotline registered for a member in [start, end)."""
    query = (
        select(M.code, M.name, R.authority, R.channel, R.started_at, R.active_seconds)
        .join(M, M.id == R.served_municipality_id)
        .where(
            R.municipality_id == hotline_id,
            R.deleted.is_(False),
            R.started_at >= start,
            R.started_at < end,
        )
        .order_by(M.name, M.code)
    )
    return [
        (code, name, authority, channel, started, seconds)
        for code, name, authority, channel, started, seconds in session.execute(query)
    ]
