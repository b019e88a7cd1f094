"""Rules for feedback."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import FeedbackRow, RevisionRow
from ...errors import Conflict, NotFound
from ...principal import Caller
from ...protocol import (
    Feedback,
    FeedbackAnswer,
    FeedbackIn,
    FeedbackKind,
    FeedbackStatus,
    IngestResult,
    utcnow,
)
from . import repository


def _to_wire(row: FeedbackRow) -> Feedback:
    return Feedback(
        id=UUID(row.uuid),
        guide_id=row.guide_key,
        guide_revision=row.guide_revision,
        kind=FeedbackKind(row.kind),
        text=row.text,
        created_at=row.created_at,
        status=FeedbackStatus(row.status),
        answer=row.answer,
        revision=row.revision,
        author=row.author,
    )


def _history(session: Session, row: FeedbackRow, author: str) -> None:
    session.add(
        RevisionRow(
            municipality_id=row.municipality_id,
            kind="feedback",
            key=row.uuid,
            revision=row.revision,
            data=_to_wire(row).model_dump(mode="json"),
            author=author,
            created_at=utcnow(),
        )
    )


def ingest(session: Session, caller: Caller, items: Sequence[FeedbackIn]) -> IngestResult:
    """Store each item once, however often (and however concurrently) the batch is sent."""
    now = utcnow()
    seen: set[str] = set()
    for item in items:
        key = str(item.id)
        if key in seen:
            continue
        seen.add(key)
        new_id = repository.insert_new(
            session,
            {
                "municipality_id": caller.municipality_id,
                "uuid": key,
                "guide_key": item.guide_id,
                "guide_revision": item.guide_revision,
                "kind": item.kind.value,
                "text": item.text,
                "status": FeedbackStatus.NEW.value,
                "answer": None,
                "revision": 1,
                "author": caller.pseudonym,
                "created_at": item.created_at,
                "updated_at": now,
            },
        )
        if new_id is not None:
            _history(session, session.get_one(FeedbackRow, new_id), caller.pseudonym)
    return IngestResult(accepted=[item.id for item in items])


def list_feedback(
    session: Session, caller: Caller, status: FeedbackStatus | None, guide_id: str | None
) -> list[Feedback]:
    query = select(FeedbackRow).where(FeedbackRow.municipality_id == caller.municipality_id)
    if status is not None:
        query = query.where(FeedbackRow.status == status.value)
    if guide_id is not None:
        query = query.where(FeedbackRow.guide_key == guide_id)
    return [_to_wire(row) for row in session.scalars(query.order_by(FeedbackRow.created_at))]


def answer(session: Session, caller: Caller, feedback_id: UUID, body: FeedbackAnswer) -> Feedback:
    row = session.scalar(
        select(FeedbackRow).where(
            FeedbackRow.municipality_id == caller.municipality_id,
            FeedbackRow.uuid == str(feedback_id),
        )
    )
    if row is None:
        raise NotFound("Feedbacken findes ikke.", code="not_found")
    if row.revision != body.base_revision:
        raise Conflict(
            {
                "message": "Feedbacken er ændret imens. Se den nyeste version.",
                "current_revision": row.revision,
                "current": _to_wire(row).model_dump(mode="json"),
            },
            code="stale_revision",
        )
    row.answer = body.answer
    row.status = body.status.value
    row.revision += 1
    row.updated_at = utcnow()
    _history(session, row, caller.username)
    return _to_wire(row)
