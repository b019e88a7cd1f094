"""A real SMTP server (aiosmtpd) on 127.0.0.1 for the mail tests: plain, STARTTLS or
implicit TLS, with or without login; a self-signed certificate made with ``cryptography``.

    with MailServer(tmp_path, security="starttls", login=("vejviser", "hemmelig")) as server:
        settings = Settings(mail_provider="smtp", **server.settings())
        ...
        [mail] = server.received        # Received(mail_from, rcpt_tos, message, auth)
"""

from __future__ import annotations

import datetime as dt
import email
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def self_signed(folder: Path, host: str = "127.0.0.1") -> tuple[Path, Path]:
    """A certificate for ``host`` (IP SAN) and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    auth: str | None  # the login name used, if any
    tls: bool

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.raw, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class _Handler:
    received: list[Received] = field(default_factory=list)
    refused: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refused:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        login = session.auth_data.login.decode() if session.authenticated else None
        transport = getattr(server, "transport", None)
        implicit = transport is not None and transport.get_extra_info("ssl_object") is not None
        tls = session.ssl is not None or implicit
        item = Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content, login, tls)
        with self.lock:
            self.received.append(item)
        return "250 Message accepted for delivery"


class MailServer:
    """``security``: "none", "starttls" (required) or "tls" (implicit). ``login``: require
    AUTH LOGIN with this user name and password (PLAIN is switched off)."""

    def __init__(
        self, folder: Path, security: str = "none", login: tuple[str, str] | None = None
    ) -> None:
        self.security = security
        self.login = login
        self.port = free_port()
        self.handler = _Handler()
        self.mechanisms: list[str] = []
        self.cert_path: Path | None = None
        kwargs: dict[str, Any] = {}
        if security in ("starttls", "tls"):
            self.cert_path, key_path = self_signed(folder)
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(self.cert_path, key_path)
            if security == "starttls":
                kwargs.update(tls_context=context, require_starttls=True)
            else:
                kwargs["ssl_context"] = context
        if login is not None:
            kwargs.update(
                authenticator=self._authenticate,
                auth_required=True,
                # aiosmtpd only knows about STARTTLS: under implicit TLS it would hide AUTH.
                auth_require_tls=security == "starttls",
                auth_exclude_mechanism=["PLAIN"],
            )
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **kwargs)

    def _authenticate(
        self, _server: Any, _session: Any, _envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        self.mechanisms.append(mechanism)
        ok = (
            isinstance(data, LoginPassword)
            and self.login is not None
            and (data.login.decode(), data.password.decode()) == self.login
        )
        return AuthResult(success=ok, handled=False, auth_data=data if ok else None)

    def refuse(self, address: str) -> None:
        """Answer RCPT TO for ``address`` with 550."""
        self.handler.refused.add(address)

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def settings(self, **overrides: Any) -> dict[str, Any]:
        """Settings keywords for the server's SMTP provider pointed at this server."""
        values: dict[str, Any] = {
            "smtp_host": "127.0.0.1",
            "smtp_port": self.port,
            "smtp_security": self.security,
            "smtp_from": "borgerservice@kommune101.dk",
            "smtp_ca_file": self.cert_path,
            "smtp_timeout": 10.0,
        }
        if self.login is not None:
            values.update(smtp_username=self.login[0], smtp_password=self.login[1])
        values.update(overrides)
        return values

    def start(self) -> MailServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def __enter__(self) -> MailServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
