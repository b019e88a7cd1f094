"""Mail through an SMTP server: STARTTLS, implicit TLS or plain; optional login.

SMTP has no delivery report: once the server accepted the message, "sent" is the last
status we can know. Bounces go to the From address, not back to Vejviser.
"""

from __future__ import annotations

import base64
import logging
import smtplib
import ssl
from pathlib import Path

from ....config import Settings
from . import OutgoingMail, ProviderError, ProviderUnavailable, Receipt
from .mime import build_mail

log = logging.getLogger("vejviser.server.messaging")

_DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}

TRY_LATER = "Mailserveren kan ikke nås lige nu. Prøv igen senere."


class SmtpProvider:
    name = "smtp"

    def __init__(
        self,
        host: str,
        port: int,
        security: str,
        from_addr: str,
        username: str | None = None,
        password: str | None = None,
        ca_file: Path | None = None,
        timeout: float = 20.0,
    ) -> None:
        self.host = host
        self.port = port
        self.security = security
        self.from_addr = from_addr
        self.username = username
        self.password = password
        self.ca_file = ca_file
        self.timeout = timeout

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpProvider:
        missing = [
            name
            for name, value in (
                ("VEJVISER_SMTP_HOST", settings.smtp_host),
                ("VEJVISER_SMTP_FROM", settings.smtp_from),
            )
            if not value
        ]
        if settings.smtp_username and settings.smtp_password is None:
            missing.append("VEJVISER_SMTP_PASSWORD")
        if missing:
            raise ProviderUnavailable(
                "E-mail er ikke sat helt op på serveren (mangler "
                + ", ".join(missing)
                + "). Kontakt en administrator.",
                code="mail_not_configured",
            )
        assert settings.smtp_host and settings.smtp_from
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port or _DEFAULT_PORTS[settings.smtp_security],
            security=settings.smtp_security,
            from_addr=settings.smtp_from,
            username=settings.smtp_username,
            password=settings.smtp_password.get_secret_value() if settings.smtp_password else None,
            ca_file=settings.smtp_ca_file,
            timeout=settings.smtp_timeout,
        )

    def _context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.ca_file is not None:
            context.load_verify_locations(cafile=str(self.ca_file))
        return context

    def _connect(self) -> smtplib.SMTP:
        if self.security == "tls":
            return smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=self._context()
            )
        client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            client.ehlo()
            if self.security == "starttls":
                client.starttls(context=self._context())
                client.ehlo()
        except BaseException:
            client.close()
            raise
        return client

    def send_mail(self, mail: OutgoingMail) -> Receipt:
        message = build_mail(mail, self.from_addr)
        try:
            with self._connect() as client:
                if self.username:
                    _login(client, self.username, self.password or "")
                client.send_message(message, from_addr=self.from_addr, to_addrs=[mail.to])
        except smtplib.SMTPAuthenticationError as exc:
            raise _fail(
                "Mailserveren afviste serverens login (brugernavn eller adgangskode). "
                "Kontakt en administrator.",
                "smtp_auth",
                exc,
            ) from None
        except smtplib.SMTPNotSupportedError as exc:
            raise _fail(
                "Mailserveren tilbyder ikke det, serveren er sat op til (STARTTLS eller login). "
                "Kontakt en administrator.",
                "smtp_not_supported",
                exc,
            ) from None
        except smtplib.SMTPRecipientsRefused as exc:
            raise _fail(
                "Mailserveren afviste modtagerens e-mailadresse.", "smtp_recipient", exc
            ) from None
        except smtplib.SMTPSenderRefused as exc:
            raise _fail(
                "Mailserveren afviste afsenderadressen. Kontakt en administrator.",
                "smtp_sender",
                exc,
            ) from None
        except smtplib.SMTPResponseException as exc:
            if 400 <= exc.smtp_code < 500:
                raise _fail(TRY_LATER, "smtp_temporary", exc) from None
            raise _fail("Mailserveren afviste e-mailen.", "smtp_refused", exc) from None
        except ssl.SSLError as exc:
            raise _fail(
                "Der kunne ikke oprettes en sikker forbindelse til mailserveren "
                "(certifikat eller TLS). Kontakt en administrator.",
                "smtp_tls",
                exc,
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise _fail(TRY_LATER, "smtp_unreachable", exc) from None
        return Receipt(provider_ref=str(message["Message-ID"]), final=True)


def _login(client: smtplib.SMTP, username: str, password: str) -> None:
    """``SMTP.login`` for ASCII credentials; else AUTH PLAIN or LOGIN with UTF-8 (RFC 4616),
    which smtplib cannot do (it encodes the credentials as ASCII)."""
    if (username + password).isascii():
        client.login(username, password)
        return
    client.ehlo_or_helo_if_needed()
    offered = client.esmtp_features.get("auth", "").upper().split()
    user, secret = username.encode(), password.encode()
    if "PLAIN" in offered:
        code, answer = client.docmd("AUTH", "PLAIN " + _b64(b"\0" + user + b"\0" + secret))
    elif "LOGIN" in offered:
        code, answer = client.docmd("AUTH", "LOGIN " + _b64(user))
        if code == 334:
            code, answer = client.docmd(_b64(secret))
    else:
        raise smtplib.SMTPNotSupportedError("No suitable authentication method found.")
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, answer)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _fail(reason: str, code: str, exc: BaseException) -> ProviderError:
    # The exception's own text can quote the recipient (RCPT refusals): log only its type.
    log.warning("mail not sent: %s (%s)", code, type(exc).__name__)
    return ProviderError(reason, code)
