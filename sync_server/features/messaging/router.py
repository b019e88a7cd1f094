"""HTTP: send a message, read its state, list one's own; templates; delivery reports."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Header, Query, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session, sessionmaker

from ...deps import AdminCaller, AnyCaller, AppSettings, DbSession
from ...protocol import MessageRequest, MessageState, MessageTemplates
from . import service, templates
from .providers.gatewayapi import DeliveryReport

router = APIRouter(tags=["messaging"])


def _factory(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.session_factory
    return factory


SessionFactory = Annotated[sessionmaker[Session], Depends(_factory)]


class ReportResult(BaseModel):
    updated: bool


@router.post("/messages", response_model=MessageState)
def send_message(
    body: MessageRequest, caller: AnyCaller, settings: AppSettings, factory: SessionFactory
) -> MessageState:
    """Send an SMS or e-mail to a citizen. Idempotent on ``id``: a retry returns the state
    of the first request and never sends twice. The answer never holds the recipient."""
    return service.send(factory, settings, caller, body)


@router.get("/messages", response_model=list[MessageState])
def list_messages(
    caller: AnyCaller,
    session: DbSession,
    guide_id: str | None = Query(default=None, max_length=100),
    since: datetime | None = Query(default=None, description="Changed at or after (ISO 8601)"),
    limit: int = Query(default=200, ge=1, le=1000),
) -> list[MessageState]:
    """The caller's own messages, newest first."""
    return service.list_states(session, caller, guide_id, since, limit)


@router.get("/messages/{message_id}", response_model=MessageState)
def get_message(message_id: UUID, caller: AnyCaller, session: DbSession) -> MessageState:
    return service.get_state(session, caller, message_id)


@router.get("/messaging/templates", response_model=MessageTemplates)
def get_templates(caller: AnyCaller, session: DbSession, settings: AppSettings) -> MessageTemplates:
    return templates.load(session, caller.municipality_id, settings.sms_sender)


@router.put("/messaging/templates", response_model=MessageTemplates)
def put_templates(
    body: MessageTemplates, caller: AdminCaller, session: DbSession
) -> MessageTemplates:
    """Replace the municipality's templates; ``revision`` is the one the edit started from."""
    return templates.save(session, caller, body)


@router.post("/messaging/sms/status", response_model=ReportResult)
def sms_status(
    report: DeliveryReport,
    session: DbSession,
    settings: AppSettings,
    x_webhook_secret: str | None = Header(default=None),
    secret: str | None = Query(default=None),
) -> ReportResult:
    """Delivery reports from the SMS gateway, authenticated by a shared secret (header
    ``X-Webhook-Secret`` or query ``secret``), not by a token. Repeats and late reports
    are acknowledged and ignored."""
    service.check_webhook_secret(settings, x_webhook_secret or secret)
    return ReportResult(updated=service.apply_report(session, report))
