"""Queries on the content table and its revision history."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session

from ..db.models import BlobRefRow, ContentRow, MunicipalityRow, RevisionRow


def get(
    session: Session, municipality_id: int, kind: str, key: str, *, fresh: bool = False
) -> ContentRow | None:
    """``fresh``: read the row as the database has it now, also when this session loaded
    it earlier (the identity map would hand back the copy read before a lock was taken)."""
    query = select(ContentRow).where(
        ContentRow.municipality_id == municipality_id,
        ContentRow.kind == kind,
        ContentRow.key == key,
    )
    if fresh:
        query = query.execution_options(populate_existing=True)
    return session.scalar(query)


def live(
    session: Session,
    municipality_id: int,
    kind: str,
    status: str | None = None,
    area: str | None = None,
) -> Sequence[ContentRow]:
    query = select(ContentRow).where(
        ContentRow.municipality_id == municipality_id,
        ContentRow.kind == kind,
        ContentRow.deleted_at.is_(None),
    )
    if status is not None:
        query = query.where(ContentRow.status == status)
    if area is not None:
        query = query.where(ContentRow.area == area)
    return session.scalars(query.order_by(ContentRow.title, ContentRow.key)).all()


def changes_since(
    session: Session, municipality_id: int, since: int, limit: int
) -> Sequence[ContentRow]:
    return session.scalars(
        select(ContentRow)
        .where(ContentRow.municipality_id == municipality_id, ContentRow.change_seq > since)
        .order_by(ContentRow.change_seq)
        .limit(limit)
    ).all()


def revisions(session: Session, municipality_id: int, kind: str, key: str) -> Sequence[RevisionRow]:
    return session.scalars(
        select(RevisionRow)
        .where(
            RevisionRow.municipality_id == municipality_id,
            RevisionRow.kind == kind,
            RevisionRow.key == key,
        )
        .order_by(RevisionRow.revision)
    ).all()


def library_query(kind: str, exclude_municipality_id: int) -> Select[ContentRow, MunicipalityRow]:
    return (
        select(ContentRow, MunicipalityRow)
        .join(MunicipalityRow, MunicipalityRow.id == ContentRow.municipality_id)
        .where(
            ContentRow.kind == kind,
            ContentRow.status == "published",
            ContentRow.local_only.is_(False),
            ContentRow.deleted_at.is_(None),
            ContentRow.municipality_id != exclude_municipality_id,
        )
    )


def count_live(session: Session, municipality_id: int, kind: str) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(ContentRow)
            .where(
                ContentRow.municipality_id == municipality_id,
                ContentRow.kind == kind,
                ContentRow.deleted_at.is_(None),
            )
        )
        or 0
    )


def lock_municipality(session: Session, municipality_id: int) -> None:
    """The row lock on the municipality (PostgreSQL); SQLite's write transaction already
    holds the database's write lock."""
    session.execute(
        select(MunicipalityRow.id).where(MunicipalityRow.id == municipality_id).with_for_update()
    )


def replace_blob_refs(
    session: Session, municipality_id: int, guide_key: str, blobs: frozenset[str]
) -> None:
    """The screenshots a guide shows, as of its latest version (none once deleted)."""
    session.execute(
        delete(BlobRefRow).where(
            BlobRefRow.municipality_id == municipality_id, BlobRefRow.guide_key == guide_key
        ),
        execution_options={"synchronize_session": False},
    )
    if blobs:
        session.execute(
            insert(BlobRefRow),
            [
                {"municipality_id": municipality_id, "guide_key": guide_key, "sha256": sha}
                for sha in sorted(blobs)
            ],
        )


def revision(
    session: Session, municipality_id: int, kind: str, key: str, number: int
) -> RevisionRow | None:
    return session.scalar(
        select(RevisionRow).where(
            RevisionRow.municipality_id == municipality_id,
            RevisionRow.kind == kind,
            RevisionRow.key == key,
            RevisionRow.revision == number,
        )
    )
