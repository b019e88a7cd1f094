"""Queries of the citizen web: visible content, the settings row, the answers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from ...db.models import (
    BlobRefRow,
    BlobRow,
    CitizenAnswerRow,
    CitizenSettingsRow,
    ContentRow,
    MunicipalityRow,
)
from ...protocol import utcnow


def municipality_stamp(session: Session, code: str) -> Any:
    """In one query: the municipality's id, name, change number and history, and when its
    citizen settings last changed (None: never) — what decides whether its site is current."""
    return session.execute(
        select(
            MunicipalityRow.id,
            MunicipalityRow.name,
            MunicipalityRow.change_seq,
            MunicipalityRow.sync_history,
            CitizenSettingsRow.updated_at,
        )
        .outerjoin(CitizenSettingsRow, CitizenSettingsRow.municipality_id == MunicipalityRow.id)
        .where(MunicipalityRow.code == code)
    ).one_or_none()


def settings_row(session: Session, municipality_id: int) -> CitizenSettingsRow | None:
    return session.get(CitizenSettingsRow, municipality_id)


def _visible() -> Any:
    return (
        (ContentRow.deleted_at.is_(None))
        & (ContentRow.status == "published")
        & (ContentRow.published_to_citizens.is_(True))
    )


def visible_guides(session: Session, municipality_id: int) -> Sequence[ContentRow]:
    """Guides published (not drafts) AND chosen for citizens; nothing else."""
    return session.scalars(
        select(ContentRow)
        .where(
            ContentRow.municipality_id == municipality_id,
            ContentRow.kind == "guide",
            _visible(),
        )
        .order_by(ContentRow.title, ContentRow.key)
    ).all()


def live_of_kind(session: Session, municipality_id: int, kind: str) -> Sequence[ContentRow]:
    return session.scalars(
        select(ContentRow).where(
            ContentRow.municipality_id == municipality_id,
            ContentRow.kind == kind,
            ContentRow.deleted_at.is_(None),
        )
    ).all()


def public_blob(
    session: Session, municipality_id: int, sha256: str, logo: str | None
) -> BlobRow | None:
    """The image when a guide citizens can see shows it, or it is the logo."""
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
            BlobRefRow.municipality_id == municipality_id,
            _visible(),
        )
        .exists()
    )
    is_logo = sha256 == logo
    condition = or_(shown, exists().where(BlobRow.sha256 == sha256)) if is_logo else shown
    return session.scalar(select(BlobRow).where(BlobRow.sha256 == sha256, condition))


def add_answer(session: Session, values: dict[str, Any]) -> None:
    session.add(CitizenAnswerRow(**values))
    session.flush()


def answers(
    session: Session,
    municipality_id: int,
    since: datetime | None = None,
    until: datetime | None = None,
    area: str | None = None,
) -> Sequence[CitizenAnswerRow]:
    """The municipality's answers from ``since`` (inclusive) to ``until`` (exclusive)."""
    query = select(CitizenAnswerRow).where(CitizenAnswerRow.municipality_id == municipality_id)
    if since is not None:
        query = query.where(CitizenAnswerRow.created_at >= since)
    if until is not None:
        query = query.where(CitizenAnswerRow.created_at < until)
    if area is not None:
        query = query.where(CitizenAnswerRow.area == area)
    return session.scalars(query.order_by(CitizenAnswerRow.id)).all()


def new_settings_row(session: Session, municipality_id: int) -> CitizenSettingsRow:
    row = CitizenSettingsRow(municipality_id=municipality_id, updated_at=utcnow())
    session.add(row)
    return row
