"""Queries of the message log. Status changes are conditional updates, so concurrent
writers (the sending request, a delivery report) can never move a status backwards."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ...db.models import AccountRow, MessageRow, MunicipalityRow
from ...protocol import MessageStatus

#: Providers that report delivery later; for the others "sent" is the final status.
REPORTING_PROVIDERS = frozenset({"gatewayapi"})
_FINAL = (MessageStatus.DELIVERED.value, MessageStatus.FAILED.value)


def is_final(status: str, provider: str) -> bool:
    return status in _FINAL or (
        status == MessageStatus.SENT.value and provider not in REPORTING_PROVIDERS
    )


def by_uuid(session: Session, municipality_id: int, uuid: str) -> MessageRow | None:
    return session.scalar(
        select(MessageRow).where(
            MessageRow.municipality_id == municipality_id, MessageRow.uuid == uuid
        )
    )


def by_reference(session: Session, municipality_code: str, uuid: str) -> MessageRow | None:
    return session.scalar(
        select(MessageRow)
        .join(MunicipalityRow, MunicipalityRow.id == MessageRow.municipality_id)
        .where(MunicipalityRow.code == municipality_code, MessageRow.uuid == uuid)
    )


def by_provider_ref(session: Session, provider: str, provider_ref: str) -> MessageRow | None:
    return session.scalar(
        select(MessageRow)
        .where(MessageRow.provider == provider, MessageRow.provider_ref == provider_ref)
        .limit(1)
    )


def count_since(session: Session, municipality_id: int, staff: str, since: datetime) -> int:
    return int(
        session.scalar(
            select(func.count(MessageRow.id)).where(
                MessageRow.municipality_id == municipality_id,
                MessageRow.staff == staff,
                MessageRow.created_at >= since,
            )
        )
        or 0
    )


def oldest_since(
    session: Session, municipality_id: int, staff: str, since: datetime
) -> datetime | None:
    return session.scalar(
        select(func.min(MessageRow.created_at)).where(
            MessageRow.municipality_id == municipality_id,
            MessageRow.staff == staff,
            MessageRow.created_at >= since,
        )
    )


def list_own(
    session: Session,
    municipality_id: int,
    staff: str,
    guide_key: str | None,
    since: datetime | None,
    limit: int,
) -> list[MessageRow]:
    query = select(MessageRow).where(
        MessageRow.municipality_id == municipality_id, MessageRow.staff == staff
    )
    if guide_key is not None:
        query = query.where(MessageRow.guide_key == guide_key)
    if since is not None:
        query = query.where(MessageRow.updated_at >= since)
    return list(
        session.scalars(query.order_by(MessageRow.created_at.desc(), MessageRow.id).limit(limit))
    )


def set_provider_ref(session: Session, row_id: int, provider_ref: str) -> None:
    session.execute(
        update(MessageRow)
        .where(MessageRow.id == row_id, MessageRow.provider_ref.is_(None))
        .values(provider_ref=provider_ref[:100])
    )


def advance(
    session: Session,
    row_id: int,
    provider: str,
    status: MessageStatus,
    reason: str | None,
    now: datetime,
) -> bool:
    """Move the message forward to ``status`` unless it is already there, further on, or
    final. Reaching a final status erases the recipient in the same statement."""
    if status is MessageStatus.QUEUED:
        return False
    allowed: Iterable[str]
    if status is MessageStatus.SENT:
        allowed = (MessageStatus.QUEUED.value,)
    elif provider in REPORTING_PROVIDERS:
        allowed = (MessageStatus.QUEUED.value, MessageStatus.SENT.value)
    else:
        allowed = (MessageStatus.QUEUED.value,)
    values: dict[str, object] = {"status": status.value, "reason": reason, "updated_at": now}
    if is_final(status.value, provider):
        values["recipient"] = None
    result = session.execute(
        update(MessageRow)
        .where(MessageRow.id == row_id, MessageRow.status.in_(list(allowed)))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def confirm(session: Session, row_id: int, now: datetime) -> bool:
    """An unconfirmed "sent" (a reason set: the gateway's answer was lost) that a delivery
    report shows the gateway has: drop the reason. The status and the recipient stay."""
    result = session.execute(
        update(MessageRow)
        .where(
            MessageRow.id == row_id,
            MessageRow.status == MessageStatus.SENT.value,
            MessageRow.reason.is_not(None),
        )
        .values(reason=None, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


#: The reason of a message whose sending was cut off on the server: its request may have
#: reached the provider, so it is never offered to be sent again.
INTERRUPTED = (
    "Ikke bekræftet – afsendelsen blev afbrudt på serveren, så beskeden er måske sendt. "
    "Send den ikke igen, før du ved, at borgeren ikke har fået den."
)


def sweep(
    session: Session, now: datetime, stale_queued_before: datetime, keep_recipient_after: datetime
) -> None:
    """Housekeeping. A message still queued long after its request (the server stopped
    while sending) may have reached the provider: it becomes "sent" but unconfirmed — a
    provider with delivery reports keeps the recipient until the report settles it, for
    the others "sent" is final and the recipient goes. A recipient waiting for a delivery
    report that never came is erased after the retention period (status and reason stay)."""
    stale = (
        MessageRow.status == MessageStatus.QUEUED.value,
        MessageRow.created_at < stale_queued_before,
    )
    session.execute(
        update(MessageRow)
        .where(*stale, MessageRow.provider.in_(sorted(REPORTING_PROVIDERS)))
        .values(status=MessageStatus.SENT.value, reason=INTERRUPTED, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(MessageRow)
        .where(*stale)
        .values(status=MessageStatus.SENT.value, reason=INTERRUPTED, recipient=None, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(MessageRow)
        .where(MessageRow.recipient.is_not(None), MessageRow.updated_at < keep_recipient_after)
        .values(recipient=None)
        .execution_options(synchronize_session=False)
    )


def lock_sender(session: Session, account_id: int) -> None:
    """Serialise the claims of one account (PostgreSQL row lock; SQLite's write
    transaction holds the database's write lock already), so the hourly limit is counted
    and kept in one step."""
    session.execute(select(AccountRow.id).where(AccountRow.id == account_id).with_for_update())
