"""HTTP: send a message, read its state, list one's own; templates; delivery reports."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Header, Query

from ...deps import AdminCaller, AnyCaller, AppSettings, DbSession, SessionFactory, UnitOfWork
from ...protocol import (
    MessageRequest,
    MessageState,
    MessageTemplates,
    QueryDatetime,
    TemplateRevision,
)
from . import service
from .service import DeliveryReport, ReportResult

router = APIRouter(tags=["messaging"], route_class=UnitOfWork)


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
    since: QueryDatetime | None = Query(
        default=None, description="Changed at or after (ISO 8601; without a zone: UTC)"
    ),
    limit: int = Query(default=200, ge=1, le=1000),
) -> list[MessageState]:
    """The caller's own messages, newest first."""
    return service.list_states(session, caller, guide_id, since, limit)


@router.get("/messages/{message_id}", response_model=MessageState)
def get_message(message_id: UUID, caller: AnyCaller, session: DbSession) -> MessageState:
    return service.get_state(session, caller, message_id)


@router.get("/messaging/templates", response_model=MessageTemplates)
def get_templates(
    caller: AnyCaller,
    session: DbSession,
    settings: AppSettings,
    member: str | None = Query(
        default=None,
        pattern=r"^[0-9]{3,4}$",
        description="A hotline: an admitted member's (omitted: the caller's own).",
    ),
) -> MessageTemplates:
    """The templates (a hotline: ``member``'s, for messages sent on its behalf)."""
    return service.get_templates(session, settings, caller, member)


@router.get("/messaging/templates/revisions", response_model=list[TemplateRevision])
def template_history(caller: AdminCaller, session: DbSession) -> list[TemplateRevision]:
    """Every saved version of the templates, oldest first (who and when)."""
    return service.template_history(session, caller)


@router.put("/messaging/templates", response_model=MessageTemplates)
def put_templates(
    body: MessageTemplates, caller: AdminCaller, session: DbSession
) -> MessageTemplates:
    """Replace the municipality's templates; ``revision`` is the one the edit started from."""
    return service.put_templates(session, caller, body)


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
    return service.receive_report(session, settings, x_webhook_secret or secret, report)
