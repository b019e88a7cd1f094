"""Messages sent to a citizen (SMS or e-mail) through the server."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated
from uuid import UUID

from pydantic import AfterValidator, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from .common import AwareDatetime, GuardedText, GuideId, MunicipalityCode, Name, WireModel
from .validation import RuleViolation, normalise_email, normalise_phone, reject_cpr


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
    subject: GuardedText | None = Field(default=None, max_length=200)
    body: GuardedText = Field(min_length=1, max_length=5000)
    registration_id: UUID | None = None
    member: MunicipalityCode | None = Field(
        default=None,
        description="A hotline: the admitted member the message is sent for (its templates "
        "and sender name); None: the caller's own municipality.",
    )

    @model_validator(mode="after")
    def _recipient(self) -> MessageRequest:
        try:
            if self.channel is MessageChannel.SMS:
                self.recipient = normalise_phone(self.recipient).e164
            else:
                self.recipient = normalise_email(self.recipient)
        except RuleViolation as exc:
            raise PydanticCustomError(exc.code, exc.message) from None
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


#: The placeholders a template may use; the desktop fills them when composing a message.
TEMPLATE_PLACEHOLDERS = ("kommune", "titel", "vejledning", "link", "henvisning", "signatur")

# An alphanumeric sender is at most 11 characters (letters A–Z, digits, a few signs); a
# numeric sender at most 15 digits. Danish letters are not allowed by the networks.
_SMS_SENDER_RE = re.compile(r"^(?:[A-Za-z0-9][A-Za-z0-9 .&_-]{0,10}|\+?[0-9]{1,15})$")


def _sms_sender(value: str) -> str:
    if not _SMS_SENDER_RE.match(value):
        raise PydanticCustomError(
            "sms_sender",
            "SMS-afsenderen skal være højst 11 tegn (A–Z, tal, mellemrum; ikke æ, ø, å) "
            "eller et telefonnummer på højst 15 cifre.",
        )
    return value


def _reply_to(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return normalise_email(value)
    except RuleViolation as exc:
        raise PydanticCustomError(exc.code, exc.message) from None


def _template_text(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("template_empty", "Teksten må ikke være tom.")
    return _no_cpr(value)


def _no_cpr(value: str) -> str:
    try:
        return reject_cpr(value)
    except RuleViolation as exc:
        raise PydanticCustomError(exc.code, exc.message) from None


SmsSender = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=15), AfterValidator(_sms_sender)
]
Signature = Annotated[str, StringConstraints(max_length=500), AfterValidator(_no_cpr)]
SmsTemplate = Annotated[str, StringConstraints(max_length=1000), AfterValidator(_template_text)]
SubjectTemplate = Annotated[str, StringConstraints(max_length=200), AfterValidator(_template_text)]
MailTemplate = Annotated[str, StringConstraints(max_length=5000), AfterValidator(_template_text)]


class MessageTemplates(WireModel):
    """A municipality's sender and wording of messages to citizens.

    Placeholders (``{kommune}``, ``{titel}``, ``{vejledning}``, ``{link}``, ``{henvisning}``,
    ``{signatur}``) are filled by the desktop when it composes a message. ``revision`` is
    the revision a write is based on (0: the shipped defaults); a stale one gets 409.
    """

    sender_name: Name
    sms_sender: SmsSender
    reply_to: Annotated[str | None, AfterValidator(_reply_to)] = None
    signature: Signature
    sms_text: SmsTemplate
    mail_subject: SubjectTemplate
    mail_text: MailTemplate
    revision: int = Field(default=0, ge=0)
    customised: bool = False
