"""SMS through a GatewayAPI-style REST gateway, and its delivery reports.

Send: ``POST {api_url}`` with JSON ``{"sender", "message", "recipients": [{"msisdn"}],
"userref", "encoding"?}`` and the token as the basic-auth user name (GatewayAPI accepts that
or ``Authorization: Token …``). The answer ``{"ids": [...]}`` gives the gateway's id.
Delivery reports arrive at the webhook as ``{"id", "msisdn", "status", "userref", "error",
"code", ...}``; :func:`report_status` maps them to our statuses.

A send that never reached the gateway (refused, DNS, connect timeout, TLS) has failed: staff
may send again. A request that was sent but got no complete answer (read timeout, connection
dropped while waiting) may well have been sent by the gateway, so it is *not* a failure: the
receipt says "unconfirmed" and the delivery report, matched by ``userref``, settles it.
"""

from __future__ import annotations

import logging
from typing import Any

import requests
from pydantic import BaseModel, ConfigDict
from urllib3.exceptions import ConnectTimeoutError, MaxRetryError

from ....config import Settings
from ....protocol import MessageStatus
from ....protocol.sms import SmsEncoding
from . import OutgoingSms, ProviderError, ProviderUnavailable, Receipt

log = logging.getLogger("vejviser.server.messaging")

WRONG_TOKEN = "SMS-udbyderen afviste serverens adgangsnøgle (token). Kontakt en administrator."
NO_CREDIT = "Der er ikke mere kredit hos SMS-udbyderen. Kontakt en administrator."
INVALID = "SMS-udbyderen afviste beskeden: nummeret eller teksten er ugyldig."
BUSY = "SMS-udbyderen har travlt lige nu. Prøv igen om lidt."
TRY_LATER = "SMS-udbyderen kan ikke nås lige nu. Prøv igen senere."
UNCONFIRMED = (
    "Ikke bekræftet – SMS-udbyderen svarede ikke i tide, så beskeden er måske sendt. "
    "Vent på kvitteringen, før du sender igen."
)

#: Gateway statuses → ours. Anything else (ENROUTE, BUFFERED, ACCEPTED, SCHEDULED,
#: UNKNOWN) means "on its way" and maps to sent.
_FINAL = {
    "DELIVERED": (MessageStatus.DELIVERED, None),
    "UNDELIVERABLE": (MessageStatus.FAILED, "Beskeden kunne ikke leveres til nummeret."),
    "EXPIRED": (
        MessageStatus.FAILED,
        "Beskeden kunne ikke leveres i tide — telefonen var måske slukket.",
    ),
    "REJECTED": (MessageStatus.FAILED, "Teleselskabet afviste beskeden."),
    "DELETED": (MessageStatus.FAILED, "Beskeden blev slettet, før den blev leveret."),
    "SKIPPED": (MessageStatus.FAILED, "Beskeden blev ikke sendt af SMS-udbyderen."),
}


class DeliveryReport(BaseModel):
    """A GatewayAPI delivery report (extra fields are ignored; ``msisdn`` is never kept)."""

    model_config = ConfigDict(extra="ignore")

    id: int | str | None = None
    status: str
    userref: str | None = None
    error: str | None = None
    code: str | None = None


# Our answer to a delivery report: whether it changed a message's status (a comment, not a
# docstring, so the OpenAPI schema stays as it was).
class ReportResult(BaseModel):
    updated: bool


def report_status(report: DeliveryReport) -> tuple[MessageStatus, str | None]:
    status, reason = _FINAL.get(report.status.strip().upper(), (MessageStatus.SENT, None))
    return status, reason


def _error(response: requests.Response) -> ProviderError:
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    gateway_code = str(body.get("code", "")) if isinstance(body, dict) else ""
    text = str(body.get("message", "")) if isinstance(body, dict) else ""
    status = response.status_code
    log.warning("SMS not sent: gateway answered %s (code %s)", status, gateway_code or "-")
    if status in (401, 403):
        return ProviderError(WRONG_TOKEN, "sms_auth")
    if status == 402 or "credit" in text.lower():
        return ProviderError(NO_CREDIT, "sms_credit")
    if status in (400, 413, 422):
        return ProviderError(INVALID, "sms_invalid")
    if status == 429:
        return ProviderError(BUSY, "sms_rate_limited")
    return ProviderError(TRY_LATER, "sms_unavailable")


def never_sent(exc: requests.RequestException) -> bool:
    """True when ``exc`` means the request surely did not reach the gateway: no connection
    was made (refused, DNS, connect timeout; in urllib3 a new-connection failure is a
    ConnectTimeoutError), TLS or the proxy failed first, or the request was never valid.
    False when it was sent and only the answer is missing or broken (read timeout, the
    connection dropped while waiting, a cut-off body): the gateway may have sent the SMS.
    Each send uses a new connection, so a dropped one is never a stale pooled connection."""
    errors = requests.exceptions
    if isinstance(exc, errors.ConnectTimeout | errors.SSLError | errors.ProxyError):
        return True
    if isinstance(exc, errors.Timeout | errors.ChunkedEncodingError | errors.ContentDecodingError):
        return False  # a read timeout (the connect timeout was caught above)
    if isinstance(exc, requests.ConnectionError):
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, MaxRetryError):
            cause = cause.reason
        return isinstance(cause, ConnectTimeoutError)  # includes NewConnectionError
    return True  # InvalidURL, MissingSchema, …: raised before anything was sent


class GatewayApiProvider:
    name = "gatewayapi"

    def __init__(self, api_url: str, token: str, timeout: float = 15.0) -> None:
        self.api_url = api_url
        self.token = token
        self.timeout = timeout

    @classmethod
    def from_settings(cls, settings: Settings) -> GatewayApiProvider:
        if settings.sms_token is None or not settings.sms_token.get_secret_value():
            raise ProviderUnavailable(
                "SMS er ikke sat helt op på serveren (mangler VEJVISER_SMS_TOKEN). "
                "Kontakt en administrator.",
                code="sms_not_configured",
            )
        return cls(
            settings.sms_api_url, settings.sms_token.get_secret_value(), settings.sms_timeout
        )

    def send_sms(self, sms: OutgoingSms) -> Receipt:
        body: dict[str, Any] = {
            "sender": sms.sender,
            "message": sms.text,
            "recipients": [{"msisdn": int(sms.to.lstrip("+"))}],
            "userref": sms.reference,
        }
        if sms.count.encoding is SmsEncoding.UCS2:
            body["encoding"] = "UCS2"
        try:
            response = requests.post(
                self.api_url, json=body, auth=(self.token, ""), timeout=self.timeout
            )
        except requests.RequestException as exc:
            if never_sent(exc):
                log.warning("SMS not sent: gateway unreachable (%s)", type(exc).__name__)
                raise ProviderError(TRY_LATER, "sms_unavailable") from None
            cause = exc.args[0] if exc.args else None
            log.warning(
                "SMS handed over unconfirmed: no answer from the gateway (%s, %s)",
                type(exc).__name__,
                type(cause).__name__,
            )
            return Receipt(provider_ref=None, final=False, unconfirmed=UNCONFIRMED)
        if response.status_code >= 300:
            raise _error(response)
        try:
            ids = response.json().get("ids") or []
        except (ValueError, AttributeError):
            ids = []
        return Receipt(provider_ref=str(ids[0]) if ids else None, final=False)
