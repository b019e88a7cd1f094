"""Queries on copies that follow their origin."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session, aliased

from ...db.models import ContentRow, LibraryFollowRow, MunicipalityRow


def follow_of(session: Session, municipality_id: int, guide_key: str) -> LibraryFollowRow | None:
    return session.scalar(
        select(LibraryFollowRow).where(
            LibraryFollowRow.municipality_id == municipality_id,
            LibraryFollowRow.guide_key == guide_key,
        )
    )


def copies_of(
    session: Session, municipality_id: int, origin_municipality_id: int, origin_key: str
) -> Sequence[LibraryFollowRow]:
    return session.scalars(
        select(LibraryFollowRow).where(
            LibraryFollowRow.municipality_id == municipality_id,
            LibraryFollowRow.origin_municipality_id == origin_municipality_id,
            LibraryFollowRow.origin_key == origin_key,
        )
    ).all()


def follow(
    session: Session,
    municipality_id: int,
    guide_key: str,
    origin_municipality_id: int,
    origin_key: str,
    now: datetime,
) -> None:
    """Record (or renew, when the key held an earlier copy) that the copy follows."""
    row = follow_of(session, municipality_id, guide_key)
    if row is None:
        row = LibraryFollowRow(municipality_id=municipality_id, guide_key=guide_key)
        session.add(row)
    row.origin_municipality_id = origin_municipality_id
    row.origin_key = origin_key
    row.dismissed_revision = None
    row.detached_at = None
    row.created_at = now
    session.flush()


def used_by(session: Session, origins: list[tuple[int, str]]) -> dict[tuple[int, str], int]:
    """How many municipalities hold a live copy of each origin."""
    if not origins:
        return {}
    copy = aliased(ContentRow)
    rows = session.execute(
        select(
            LibraryFollowRow.origin_municipality_id,
            LibraryFollowRow.origin_key,
            func.count(func.distinct(LibraryFollowRow.municipality_id)),
        )
        .join(
            copy,
            (copy.municipality_id == LibraryFollowRow.municipality_id)
            & (copy.kind == "guide")
            & (copy.key == LibraryFollowRow.guide_key),
        )
        .where(
            copy.deleted_at.is_(None),
            tuple_(LibraryFollowRow.origin_municipality_id, LibraryFollowRow.origin_key).in_(
                origins
            ),
        )
        .group_by(LibraryFollowRow.origin_municipality_id, LibraryFollowRow.origin_key)
    ).all()
    return {(mid, key): int(count) for mid, key, count in rows}


def followed(
    session: Session, municipality_id: int
) -> Sequence[tuple[LibraryFollowRow, ContentRow, ContentRow, MunicipalityRow]]:
    """(follow, live copy, live shared origin, origin municipality) of every copy that
    still follows its origin."""
    copy = aliased(ContentRow)
    origin = aliased(ContentRow)
    rows = session.execute(
        select(LibraryFollowRow, copy, origin, MunicipalityRow)
        .join(
            copy,
            (copy.municipality_id == LibraryFollowRow.municipality_id)
            & (copy.kind == "guide")
            & (copy.key == LibraryFollowRow.guide_key),
        )
        .join(
            origin,
            (origin.municipality_id == LibraryFollowRow.origin_municipality_id)
            & (origin.kind == "guide")
            & (origin.key == LibraryFollowRow.origin_key),
        )
        .join(MunicipalityRow, MunicipalityRow.id == LibraryFollowRow.origin_municipality_id)
        .where(
            LibraryFollowRow.municipality_id == municipality_id,
            LibraryFollowRow.detached_at.is_(None),
            copy.deleted_at.is_(None),
            origin.deleted_at.is_(None),
            origin.status == "published",
            origin.local_only.is_(False),
        )
        .order_by(copy.title, copy.key)
    ).all()
    return [(f, c, o, m) for f, c, o, m in rows]
