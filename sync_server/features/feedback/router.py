"""HTTP: send feedback (any account), read (admin, manager) and answer (admin)."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Body, Query

from ...deps import AdminCaller, AnyCaller, DbSession, StatsCaller, UnitOfWork
from ...protocol import Feedback, FeedbackAnswer, FeedbackIn, FeedbackStatus, IngestResult
from . import service

router = APIRouter(prefix="/feedback", tags=["feedback"], route_class=UnitOfWork)


@router.post("", response_model=IngestResult)
def send_feedback(
    caller: AnyCaller, session: DbSession, items: list[FeedbackIn] = Body(..., max_length=500)
) -> IngestResult:
    return service.ingest(session, caller, items)


@router.get("", response_model=list[Feedback])
def list_feedback(
    caller: StatsCaller,
    session: DbSession,
    status: FeedbackStatus | None = None,
    guide_id: str | None = Query(default=None, max_length=100),
) -> list[Feedback]:
    return service.list_feedback(session, caller, status, guide_id)


@router.get("/mine", response_model=list[Feedback])
def my_feedback(caller: AnyCaller, session: DbSession) -> list[Feedback]:
    """What the caller sent, with the admin's answers and statuses."""
    return service.mine(session, caller)


@router.put("/{feedback_id}", response_model=Feedback)
def answer_feedback(
    feedback_id: UUID, body: FeedbackAnswer, caller: AdminCaller, session: DbSession
) -> Feedback:
    return service.answer(session, caller, feedback_id, body)
