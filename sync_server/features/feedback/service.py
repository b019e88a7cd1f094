"""Rules for feedback."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID, uuid4

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...db.models import FeedbackRow, RevisionRow
from ...errors import Conflict, Invalid, NotFound
from ...principal import Caller
from ...protocol import (
    OPEN_STATUSES,
    Feedback,
    FeedbackAnswer,
    FeedbackIn,
    FeedbackKind,
    FeedbackOrigin,
    FeedbackStatus,
    GuideContent,
    IngestResult,
    Suggestion,
    utcnow,
)
from ..guides import service as guides
from ..hotline import service as hotline
from ..municipalities import service as municipalities
from . import repository


def _to_wire(
    row: FeedbackRow, titles: dict[str, str] | None = None, origin: FeedbackOrigin | None = None
) -> Feedback:
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
        answered_at=row.answered_at,
        updated_at=row.updated_at,
        guide_title=(titles or {}).get(row.guide_key),
        origin=origin,
        suggested_version=(
            GuideContent.model_validate(row.suggested) if row.suggested is not None else None
        ),
    )


def _origin(session: Session, row: FeedbackRow) -> FeedbackOrigin | None:
    if row.hotline_id is not None:  # from a shared hotline's agent
        sender = municipalities.by_id(session, row.hotline_id)
        return FeedbackOrigin(
            municipality=sender.code,
            municipality_name=sender.name,
            guide_id=row.guide_key,
            hotline=True,
        )
    if row.origin_municipality_id is None or row.origin_guide_key is None:
        return None
    municipality = municipalities.by_id(session, row.origin_municipality_id)
    return FeedbackOrigin(
        municipality=municipality.code,
        municipality_name=municipality.name,
        guide_id=row.origin_guide_key,
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
    """Store each item once, however often (and however concurrently) the batch is sent.
    A hotline's agent names the member whose guide it is about (``municipality``); the item
    lands in that member's inbox, marked as from the hotline. A member that does not admit
    the hotline refuses the whole batch (nothing is stored)."""
    now = utcnow()
    seen: set[str] = set()
    inbox = {item.municipality: _inbox(session, caller, item.municipality) for item in items}
    for item in items:
        key = str(item.id)
        if key in seen:
            continue
        seen.add(key)
        new_id = repository.insert_new(
            session,
            {
                "municipality_id": inbox[item.municipality],
                "hotline_id": caller.municipality_id
                if inbox[item.municipality] != caller.municipality_id
                else None,
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


def _inbox(session: Session, caller: Caller, code: str | None) -> int:
    """The municipality whose inbox an item sent by the caller lands in."""
    if code is None or code == caller.municipality_code:
        return caller.municipality_id
    if not hotline.is_admitted_code(session, caller, code):
        raise Invalid(f"Kommunen {code} har ikke givet hotlinen adgang.", code="not_admitted")
    return hotline.served_member(session, caller, code).id


def list_feedback(
    session: Session, caller: Caller, status: FeedbackStatus | None, guide_id: str | None
) -> list[Feedback]:
    """The inbox: every item on the municipality's guides (suggestions from other
    municipalities included), oldest first."""
    query = select(FeedbackRow).where(FeedbackRow.municipality_id == caller.municipality_id)
    if status is not None:
        query = query.where(FeedbackRow.status == status.value)
    if guide_id is not None:
        query = query.where(FeedbackRow.guide_key == guide_id)
    titles = guides.titles(session, caller)
    return [
        _to_wire(row, titles, _origin(session, row))
        for row in session.scalars(query.order_by(FeedbackRow.created_at, FeedbackRow.id))
    ]


def mine(session: Session, caller: Caller) -> list[Feedback]:
    """What the caller sent, with the answers and statuses (synced to their desktop)."""
    rows = session.scalars(
        select(FeedbackRow)
        .where(
            or_(
                FeedbackRow.municipality_id == caller.municipality_id,
                FeedbackRow.hotline_id == caller.municipality_id,
            ),
            FeedbackRow.author == caller.pseudonym,
            FeedbackRow.origin_municipality_id.is_(None),
        )
        .order_by(FeedbackRow.created_at, FeedbackRow.id)
    )
    titles = guides.titles(session, caller)
    out = []
    for row in rows:
        item = _to_wire(row, titles)
        if row.municipality_id != caller.municipality_id:  # a hotline's, on a member's guide
            item.municipality = municipalities.by_id(session, row.municipality_id).code
        out.append(item)
    return out


def open_counts(session: Session, caller: Caller) -> dict[str, int]:
    """Open items (new, in progress) per guide of the municipality."""
    rows = session.scalars(
        select(FeedbackRow.guide_key).where(
            FeedbackRow.municipality_id == caller.municipality_id,
            FeedbackRow.status.in_([s.value for s in OPEN_STATUSES]),
        )
    )
    counts: dict[str, int] = {}
    for key in rows:
        counts[key] = counts.get(key, 0) + 1
    return counts


def add_suggestion(
    session: Session,
    caller: Caller,
    *,
    to_municipality_id: int,
    to_guide_key: str,
    to_revision: int | None,
    from_guide_key: str,
    text: str,
    suggested: dict[str, object] | None,
) -> Suggestion:
    """A suggestion from the caller's municipality into another's feedback inbox."""
    now = utcnow()
    key = str(uuid4())
    new_id = repository.insert_new(
        session,
        {
            "municipality_id": to_municipality_id,
            "uuid": key,
            "guide_key": to_guide_key,
            "guide_revision": to_revision,
            "kind": FeedbackKind.SUGGESTION.value,
            "text": text,
            "status": FeedbackStatus.NEW.value,
            "answer": None,
            "revision": 1,
            "author": caller.pseudonym,
            "created_at": now,
            "updated_at": now,
            "origin_municipality_id": caller.municipality_id,
            "origin_guide_key": from_guide_key,
            "suggested": suggested,
        },
    )
    assert new_id is not None  # a fresh uuid
    row = session.get_one(FeedbackRow, new_id)
    _history(session, row, caller.pseudonym)
    return _suggestion(session, row)


def _suggestion(session: Session, row: FeedbackRow) -> Suggestion:
    to = municipalities.by_id(session, row.municipality_id)
    return Suggestion(
        id=UUID(row.uuid),
        guide_id=row.origin_guide_key or "",
        to_municipality=to.code,
        to_guide_id=row.guide_key,
        text=row.text,
        status=FeedbackStatus(row.status),
        answer=row.answer,
        created_at=row.created_at,
        answered_at=row.answered_at,
    )


def sent_suggestions(session: Session, caller: Caller) -> list[Suggestion]:
    """Suggestions the caller's municipality sent to others, with their answers."""
    rows = session.scalars(
        select(FeedbackRow)
        .where(FeedbackRow.origin_municipality_id == caller.municipality_id)
        .order_by(FeedbackRow.created_at, FeedbackRow.id)
    )
    return [_suggestion(session, row) for row in rows]


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
                "current": _to_wire(
                    row, guides.titles(session, caller), _origin(session, row)
                ).model_dump(mode="json"),
            },
            code="stale_revision",
        )
    now = utcnow()
    if body.answer != row.answer:
        row.answered_at = now if body.answer else None
    row.answer = body.answer
    row.status = body.status.value
    row.revision += 1
    row.updated_at = now
    _history(session, row, caller.username)
    return _to_wire(row, guides.titles(session, caller), _origin(session, row))
