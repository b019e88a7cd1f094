"""Messages sent to a citizen (SMS or e-mail) through the server."""

from __future__ import annotations

from enum import StrEnum
from uuid import UUID

from pydantic import Field, model_validator

from .common import AwareDatetime, GuideId, WireModel
from .validation import RuleViolation, normalise_email, normalise_phone


class MessageChannel(StrEnum):
    SMS = "sms"
    EMAIL = "email"


class MessageStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"


class MessageRequest(WireModel):
    """Ask the server to send guidance to a citizen. ``id`` makes a retry idempotent.
    The recipient is normalised (+45… or a normal e-mail form) and only kept until the
    message reaches a final status."""

    id: UUID
    guide_id: GuideId | None = None
    channel: MessageChannel
    recipient: str = Field(min_length=1, max_length=320)
    subject: str | None = Field(default=None, max_length=200)
    body: str = Field(min_length=1, max_length=5000)
    registration_id: UUID | None = None

    @model_validator(mode="after")
    def _recipient(self) -> MessageRequest:
        try:
            if self.channel is MessageChannel.SMS:
                self.recipient = normalise_phone(self.recipient).e164
            else:
                self.recipient = normalise_email(self.recipient)
        except RuleViolation as exc:
            raise ValueError(exc.message) from None
        return self


class MessageState(WireModel):
    """What the desktop sees of a message: never the recipient."""

    id: UUID
    guide_id: GuideId | None
    channel: MessageChannel
    status: MessageStatus
    reason: str | None = None
    created_at: AwareDatetime
    updated_at: AwareDatetime
