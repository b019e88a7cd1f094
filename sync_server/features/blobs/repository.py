"""Queries on blobs, who uploaded them and which guides show them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ...db.models import BlobOwnerRow, BlobRefRow, BlobRow, ContentRow


def _insert(session: Session) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def insert_if_absent(session: Session, values: dict[str, Any]) -> None:
    """Store a blob unless its sha256 is stored already (also when two uploads of the same
    image race: ON CONFLICT DO NOTHING, not check-then-insert)."""
    session.execute(
        _insert(session)(BlobRow)
        .values(**values)
        .on_conflict_do_nothing(index_elements=[BlobRow.sha256])
    )


def add_owner(session: Session, sha256: str, municipality_id: int, values: dict[str, Any]) -> None:
    session.execute(
        _insert(session)(BlobOwnerRow)
        .values(sha256=sha256, municipality_id=municipality_id, **values)
        .on_conflict_do_nothing(index_elements=[BlobOwnerRow.sha256, BlobOwnerRow.municipality_id])
    )


def exists_blob(session: Session, sha256: str) -> bool:
    return session.scalar(select(exists().where(BlobRow.sha256 == sha256))) or False


def readable(session: Session, sha256: str, municipality_id: int) -> BlobRow | None:
    """The blob, when ``municipality_id`` may read it: it uploaded it, or a live guide that
    it can see shows it — its own, one shared in the library (published), or one published
    to citizens."""
    uploaded = exists().where(
        BlobOwnerRow.sha256 == sha256, BlobOwnerRow.municipality_id == municipality_id
    )
    shown = (
        select(BlobRefRow.sha256)
        .join(
            ContentRow,
            (ContentRow.municipality_id == BlobRefRow.municipality_id)
            & (ContentRow.kind == "guide")
            & (ContentRow.key == BlobRefRow.guide_key),
        )
        .where(
            BlobRefRow.sha256 == sha256,
            ContentRow.deleted_at.is_(None),
            or_(
                BlobRefRow.municipality_id == municipality_id,
                and_(
                    ContentRow.local_only.is_(False),  # kept to the municipality itself
                    or_(
                        ContentRow.status == "published",
                        ContentRow.published_to_citizens.is_(True),
                    ),
                ),
            ),
        )
        .exists()
    )
    return session.scalar(select(BlobRow).where(BlobRow.sha256 == sha256, or_(uploaded, shown)))
