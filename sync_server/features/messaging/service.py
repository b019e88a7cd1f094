"""Rules for messages to citizens.

Sending is three short steps, so no database transaction (and no SQLite write lock) is held
while a provider is called over the network:

1. **claim** — in one transaction: a known id returns its state (a retry never sends
   twice); else the rate limit is checked and the message stored as "queued";
2. **send** — through the provider, outside any transaction;
3. **record** — in one transaction: "sent" or "failed" with the reason. A final status
   erases the recipient in the same statement. A send whose answer was lost after the
   request reached the gateway is "sent" *with* a reason (unconfirmed: may have been
   sent, wait for the report); a retry with the same id returns that state, never sends.

A delivery report may arrive before step 3 (it finds the message by its reference); the
conditional updates of :mod:`.repository` make the order irrelevant.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from uuid import UUID

from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ... import metrics
from ...config import Settings
from ...db.engine import transaction
from ...db.models import MessageRow, MunicipalityRow
from ...errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    TooManyRequests,
    Unauthorized,
)
from ...principal import Caller
from ...protocol import (
    MessageChannel,
    MessageRequest,
    MessageState,
    MessageStatus,
    MessageTemplates,
    TemplateRevision,
    utcnow,
)
from ...protocol.sms import count_sms
from ..hotline import service as hotline
from . import repository, templates
from .providers import (
    OutgoingMail,
    OutgoingSms,
    ProviderError,
    ProviderUnavailable,
    Receipt,
    mail_provider,
    sms_provider,
)
from .providers.gatewayapi import DeliveryReport, ReportResult, report_status
from .render import render_html

log = logging.getLogger("vejviser.server.messaging")

STALE_QUEUED = timedelta(minutes=15)


def to_state(row: MessageRow) -> MessageState:
    return MessageState(
        id=UUID(row.uuid),
        guide_id=row.guide_key,
        channel=MessageChannel(row.channel),
        status=MessageStatus(row.status),
        reason=row.reason,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


@dataclass(frozen=True)
class _Claim:
    row_id: int
    provider: str
    deliver: Callable[[], Receipt]


def reference(municipality_code: str, uuid: UUID | str) -> str:
    """What the provider gets (and gives back in delivery reports): no personal data."""
    return f"{municipality_code}-{uuid}"


def _check_rate(session: Session, settings: Settings, caller: Caller, now: datetime) -> None:
    since = now - timedelta(hours=1)
    limit = settings.message_rate_per_hour
    if repository.count_since(session, caller.municipality_id, caller.pseudonym, since) < limit:
        return
    oldest = repository.oldest_since(session, caller.municipality_id, caller.pseudonym, since)
    wait = max(1, int(((oldest or now) + timedelta(hours=1) - now).total_seconds() // 60) + 1)
    raise TooManyRequests(
        f"Du har sendt {limit} beskeder den seneste time, og det er grænsen. "
        f"Prøv igen om {wait} minutter.",
        code="message_rate_limited",
    )


def _sender(session: Session, caller: Caller, request: MessageRequest) -> MunicipalityRow:
    """Whose templates and sender name the message goes out under: the caller's own
    municipality, or — a hotline sending for ``request.member`` — that admitted member."""
    code = request.member
    if code is None or code == caller.municipality_code:
        return session.get_one(MunicipalityRow, caller.municipality_id)
    if not caller.is_hotline:
        raise Forbidden(
            f"En kommune sender kun beskeder i eget navn (ikke for {code}).",
            code="forbidden_tenant",
        )
    return hotline.served_member(session, caller, code)  # 403 not_admitted otherwise


def _outgoing(
    session: Session, settings: Settings, caller: Caller, request: MessageRequest
) -> OutgoingMail | OutgoingSms:
    municipality = _sender(session, caller, request)
    tpl = templates.load(session, municipality.id, settings.sms_sender)
    ref = reference(caller.municipality_code, request.id)
    if request.channel is MessageChannel.SMS:
        count = count_sms(request.body)
        if count.parts > settings.sms_max_parts:
            raise Invalid(
                f"Beskeden er for lang til en SMS: {count.parts} dele (højst "
                f"{settings.sms_max_parts}). Forkort teksten, eller send den som e-mail.",
                code="sms_too_long",
            )
        return OutgoingSms(
            reference=ref,
            to=request.recipient,
            sender=tpl.sms_sender,
            text=request.body,
            count=count,
        )
    subject = (request.subject or "").strip() or f"Vejledning fra {municipality.name}"
    return OutgoingMail(
        reference=ref,
        to=request.recipient,
        sender_name=tpl.sender_name,
        reply_to=tpl.reply_to,
        subject=subject,
        text=request.body,
        html=render_html(
            request.body, subject=subject, sender_name=tpl.sender_name, reply_to=tpl.reply_to
        ),
    )


def _claim(
    session: Session, settings: Settings, caller: Caller, request: MessageRequest
) -> MessageState | _Claim:
    existing = repository.by_uuid(session, caller.municipality_id, str(request.id))
    if existing is not None:
        if existing.staff != caller.pseudonym:
            raise Conflict(
                "Beskedens id er allerede brugt. Skriv beskeden igen.", code="message_id_taken"
            )
        return to_state(existing)
    now = utcnow()
    retention = timedelta(hours=settings.message_recipient_retention_hours)
    repository.sweep(session, now, now - STALE_QUEUED, now - retention)
    outgoing = _outgoing(session, settings, caller, request)
    repository.lock_sender(session, caller.account_id)  # count and claim in one step
    _check_rate(session, settings, caller, now)
    deliver: Callable[[], Receipt]
    if isinstance(outgoing, OutgoingSms):
        sms = sms_provider(settings, caller.municipality_code)
        provider, deliver = sms.name, partial(sms.send_sms, outgoing)
    else:
        mail = mail_provider(settings, caller.municipality_code)
        provider, deliver = mail.name, partial(mail.send_mail, outgoing)
    row = MessageRow(
        municipality_id=caller.municipality_id,
        uuid=str(request.id),
        staff=caller.pseudonym,
        guide_key=request.guide_id,
        registration_uuid=str(request.registration_id) if request.registration_id else None,
        channel=request.channel.value,
        provider=provider,
        status=MessageStatus.QUEUED.value,
        sms_parts=outgoing.count.parts if isinstance(outgoing, OutgoingSms) else None,
        recipient=request.recipient,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return _Claim(row.id, provider, deliver)


def sweep(session: Session, settings: Settings, now: datetime) -> None:
    """Housekeeping also when nobody sends (a scheduled job): settle messages left queued
    by a stopped server and erase recipients past the retention period."""
    retention = timedelta(hours=settings.message_recipient_retention_hours)
    repository.sweep(session, now, now - STALE_QUEUED, now - retention)


def _deliver(claim: _Claim) -> tuple[Receipt | None, ProviderError | None]:
    try:
        return claim.deliver(), None
    except ProviderError as exc:
        return None, exc
    except Exception as exc:  # a bug must not leave the message queued (or leak the address)
        log.error("unexpected error while sending %s: %s", claim.row_id, type(exc).__name__)
        return None, ProviderError("Der skete en uventet fejl ved afsendelsen.", "unexpected")


def send(
    factory: sessionmaker[Session], settings: Settings, caller: Caller, request: MessageRequest
) -> MessageState:
    """Send ``request`` once; a retry with the same id returns the stored state."""
    try:
        with transaction(factory) as session:
            claimed = _claim(session, settings, caller, request)
    except IntegrityError:  # the same id claimed concurrently: answer with that one
        with transaction(factory) as session:
            row = repository.by_uuid(session, caller.municipality_id, str(request.id))
            if row is None:
                raise _scrubbed("IntegrityError") from None
            if row.staff != caller.pseudonym:
                raise Conflict(
                    "Beskedens id er allerede brugt. Skriv beskeden igen.",
                    code="message_id_taken",
                ) from None
            return to_state(row)
    except SQLAlchemyError as exc:
        raise _scrubbed(type(exc).__name__) from None
    if isinstance(claimed, MessageState):
        return claimed
    receipt, error = _deliver(claimed)
    with transaction(factory) as session:
        if receipt is not None and receipt.provider_ref:
            repository.set_provider_ref(session, claimed.row_id, receipt.provider_ref)
        reason: str | None = None
        if error is not None:
            status, reason = MessageStatus.FAILED, error.reason
        else:  # unconfirmed: "sent" with a reason, until a delivery report settles it
            status = MessageStatus.SENT
            reason = receipt.unconfirmed if receipt is not None else None
        repository.advance(session, claimed.row_id, claimed.provider, status, reason, utcnow())
        state = to_state(session.get_one(MessageRow, claimed.row_id, populate_existing=True))
    metrics.MESSAGES.labels(state.channel.value, state.status.value).inc()
    return state


def _scrubbed(kind: str) -> RuntimeError:
    """A database error while storing a message: its text would quote the statement's
    parameters (the recipient), so only its kind goes on to the log."""
    return RuntimeError(f"database error while storing a message ({kind})")


def get_state(session: Session, caller: Caller, message_id: UUID) -> MessageState:
    """One of the caller's own messages (as the list: per sender)."""
    row = repository.by_uuid(session, caller.municipality_id, str(message_id))
    if row is None or row.staff != caller.pseudonym:
        raise NotFound("Beskeden findes ikke.", code="message_not_found")
    return to_state(row)


def list_states(
    session: Session,
    caller: Caller,
    guide_id: str | None,
    since: datetime | None,
    limit: int = 200,
) -> list[MessageState]:
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)  # a time without a zone is taken as UTC
    rows = repository.list_own(
        session, caller.municipality_id, caller.pseudonym, guide_id, since, limit
    )
    return [to_state(row) for row in rows]


def check_webhook_secret(settings: Settings, given: str | None) -> None:
    secret = settings.sms_webhook_secret.get_secret_value() if settings.sms_webhook_secret else ""
    if not secret:
        raise ProviderUnavailable(
            "Leveringsrapporter er ikke sat op (VEJVISER_SMS_WEBHOOK_SECRET mangler).",
            code="webhook_not_configured",
        )
    if not given or not hmac.compare_digest(given.encode(), secret.encode()):
        raise Unauthorized("Forkert hemmelighed for leveringsrapporter.", code="webhook_secret")


def apply_report(session: Session, report: DeliveryReport) -> bool:
    """Apply a delivery report; True when it changed the status. Unknown messages, repeats
    and reports that would move a final status back are ignored (and acknowledged)."""
    row: MessageRow | None = None
    if report.userref:
        code, _, uuid = report.userref.partition("-")
        if uuid:
            row = repository.by_reference(session, code, uuid)
    if row is None and report.id is not None:
        row = repository.by_provider_ref(session, "gatewayapi", str(report.id))
    if row is None:
        return False
    if report.id is not None:
        repository.set_provider_ref(session, row.id, str(report.id))
    status, reason = report_status(report)
    now = utcnow()
    if repository.advance(session, row.id, row.provider, status, reason, now):
        metrics.MESSAGES.labels(row.channel, status.value).inc()
        return True
    # "On its way" proves the gateway has an unconfirmed message: drop the warning.
    return status is MessageStatus.SENT and repository.confirm(session, row.id, now)


def receive_report(
    session: Session, settings: Settings, secret: str | None, report: DeliveryReport
) -> ReportResult:
    """A delivery report from the SMS gateway, authenticated by the shared ``secret``."""
    check_webhook_secret(settings, secret)
    return ReportResult(updated=apply_report(session, report))


def get_templates(
    session: Session, settings: Settings, caller: Caller, member: str | None = None
) -> MessageTemplates:
    """The caller's municipality's templates (stored ones, or the defaults); a hotline's
    with ``member``: that admitted member's (messages sent on its behalf)."""
    scope = hotline.member_scope(session, caller, member)
    return templates.load(session, scope.municipality_id, settings.sms_sender)


def put_templates(session: Session, caller: Caller, body: MessageTemplates) -> MessageTemplates:
    """Replace the templates; ``body.revision`` must be the current one (0: defaults)."""
    return templates.save(session, caller, body)


def template_history(session: Session, caller: Caller) -> list[TemplateRevision]:
    return templates.history(session, caller)
