"""Provider interfaces: a mail provider and an SMS provider, chosen from the settings.

Each send returns a :class:`Receipt` (possibly "unconfirmed": handed over, no answer) or
raises :class:`ProviderError` with a Danish reason that is shown to staff as it is. No
provider logs a recipient.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ....config import Settings
from ....errors import AppError
from ....protocol.sms import SmsCount

#: The demo municipality (made by ``vejviser-server seed-demo``) uses the file provider
#: unless a provider is configured explicitly.
DEMO_MUNICIPALITY = "999"


class ProviderUnavailable(AppError):
    """No provider is configured for this channel (or its configuration is incomplete)."""

    status_code = 503
    code = "provider_not_configured"


class ProviderError(Exception):
    """Sending failed. ``reason`` is Danish and shown to staff; ``code`` is stable."""

    def __init__(self, reason: str, code: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


@dataclass(frozen=True)
class OutgoingMail:
    reference: str  # the message's id, never personal data
    to: str
    sender_name: str
    reply_to: str | None
    subject: str
    text: str
    html: str
    #: (file name, MIME type "main/sub", content): e.g. a report's PDF and XLSX
    attachments: tuple[tuple[str, str, bytes], ...] = ()


@dataclass(frozen=True)
class OutgoingSms:
    reference: str  # sent to the gateway as userref; comes back in delivery reports
    to: str  # E.164, +4520123456
    sender: str
    text: str
    count: SmsCount


@dataclass(frozen=True)
class Receipt:
    """``final``: the provider reports nothing more (SMTP, file): "sent" is the last status.
    Otherwise delivery reports follow through the webhook.

    ``unconfirmed``: the request reached the provider but its answer was lost (read timeout,
    dropped connection), so the message may have been sent. It is recorded as "sent", not
    failed, with this Danish reason telling staff to wait for the delivery report rather
    than send again."""

    provider_ref: str | None
    final: bool
    unconfirmed: str | None = None


class MailProvider(Protocol):
    name: str

    def send_mail(self, mail: OutgoingMail) -> Receipt: ...


class SmsProvider(Protocol):
    name: str

    def send_sms(self, sms: OutgoingSms) -> Receipt: ...


def _choice(explicit: str | None, settings: Settings, municipality_code: str) -> str:
    if explicit is not None:
        return explicit
    return "file" if settings.demo or municipality_code == DEMO_MUNICIPALITY else "none"


def mail_provider(settings: Settings, municipality_code: str) -> MailProvider:
    choice = _choice(settings.mail_provider, settings, municipality_code)
    if choice == "file":
        from .file import FileProvider

        return FileProvider(settings.resolved_outbox_dir())
    if choice == "smtp":
        from .smtp import SmtpProvider

        return SmtpProvider.from_settings(settings)
    raise ProviderUnavailable(
        "Serveren er ikke sat op til at sende e-mail. Kontakt en administrator.",
        code="mail_not_configured",
    )


def sms_provider(settings: Settings, municipality_code: str) -> SmsProvider:
    choice = _choice(settings.sms_provider, settings, municipality_code)
    if choice == "file":
        from .file import FileProvider

        return FileProvider(settings.resolved_outbox_dir())
    if choice == "gatewayapi":
        from .gatewayapi import GatewayApiProvider

        return GatewayApiProvider.from_settings(settings)
    raise ProviderUnavailable(
        "Serveren er ikke sat op til at sende SMS. Kontakt en administrator.",
        code="sms_not_configured",
    )
