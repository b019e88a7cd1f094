"""Mail through a real SMTP server (aiosmtpd on 127.0.0.1): plain, STARTTLS with AUTH
LOGIN, implicit TLS with AUTH LOGIN; the exact message that arrives; failures in Danish."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine, text
from support.smtp_server import MailServer, free_port
from support.world import World

from sync_server.config import Settings
from sync_server.protocol import Role

# aiosmtpd warns when AUTH is required without STARTTLS: under implicit TLS it is TLS anyway.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

LOGIN = ("vejviser", "hemmelig-kode-æø")
RECIPIENT = "Borger.Hansen@example.dk"
SUBJECT = "Vejledning: Flytning – sådan melder du flytning"
BODY = (
    "Hej\n\n"
    "Her er vejledningen om »Melde flytning«, som vi talte om.\n\n"
    "- Meld flytning senest 5 dage efter, du er flyttet.\n"
    "- Du skal bruge MitID. Vælg læge, når du får spørgsmålet.\n\n"
    "Du kan gøre det selv her: https://www.borger.dk/flytning?kilde=vejviser&x=1\n\n"
    "Venlig hilsen\nBorgerservice, Kommune 101 — Æblevej 1, Ørby, Århus"
)

MODES = {
    "plain": ("none", None),
    "starttls-login": ("starttls", LOGIN),
    "tls-login": ("tls", LOGIN),
}


@pytest.fixture(params=list(MODES))
def mail_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MailServer]:
    security, login = MODES[request.param]
    with MailServer(tmp_path / "smtp", security=security, login=login) as server:
        yield server


@pytest.fixture
def settings(db_url: str, tmp_path: Path, mail_server: MailServer) -> Settings:
    return Settings(
        database_url=db_url,
        data_dir=tmp_path / "data",
        mail_provider="smtp",
        **mail_server.settings(),
    )


def send_mail(world: World, **overrides: Any) -> dict[str, Any]:
    body = {
        "id": str(uuid.uuid4()),
        "guide_id": "melde-flytning",
        "channel": "email",
        "recipient": RECIPIENT,
        "subject": SUBJECT,
        "body": BODY,
    }
    body.update(overrides)
    response = world.call("POST", "/messages", role=Role.AGENT, json=body)
    assert response.status_code == 200, response.text
    return {**body, "state": response.json()}


def recipient_of(engine: Engine, message_id: str) -> Any:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT recipient FROM messages WHERE uuid = :u"), {"u": message_id}
        ).scalar_one()


def test_the_expected_mail_arrives(world: World, mail_server: MailServer, engine: Engine) -> None:
    sent = send_mail(world)
    assert sent["state"]["status"] == "sent"  # SMTP has no delivery report: sent is final
    assert sent["state"]["reason"] is None
    assert recipient_of(engine, sent["id"]) is None

    [got] = mail_server.received
    assert got.mail_from == "borgerservice@kommune101.dk"
    assert got.rcpt_tos == [RECIPIENT]
    assert got.auth == (LOGIN[0] if mail_server.login else None)
    assert got.tls == (mail_server.security != "none")
    if mail_server.login:
        assert mail_server.mechanisms == ["LOGIN"]

    raw_headers = got.raw.split(b"\r\n\r\n", 1)[0].decode("ascii")  # 7-bit clean headers
    assert "=?utf-8?" in raw_headers  # the subject's æ/å/– are RFC 2047-encoded

    message = got.message
    assert message["Subject"] == SUBJECT
    assert message["To"] == RECIPIENT
    assert message["From"].addresses[0].display_name == "Kommune 101"
    assert message["From"].addresses[0].addr_spec == "borgerservice@kommune101.dk"
    assert message["Message-ID"].endswith("@kommune101.dk>")
    assert parsedate_to_datetime(message["Date"]).tzinfo is not None
    assert message.get_content_type() == "multipart/alternative"

    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None and html is not None
    assert plain.get_content_charset() == "utf-8"
    assert html.get_content_charset() == "utf-8"
    assert plain.get_content().replace("\r\n", "\n").rstrip("\n") == BODY
    html_text = html.get_content()
    assert (
        '<a href="https://www.borger.dk/flytning?kilde=vejviser&amp;x=1"' in html_text
    )  # a working link, & escaped as HTML requires
    assert "<li" in html_text and "Vælg læge" in html_text
    assert "Æblevej 1, Ørby, Århus" in html_text
    assert "»Melde flytning«" in html_text


def test_reply_to_from_the_municipality_templates(world: World, mail_server: MailServer) -> None:
    templates = world.call("GET", "/messaging/templates").json()
    templates.update(reply_to="borgerservice@kommune101.dk", sender_name="Borgerservice Ørby")
    assert world.call("PUT", "/messaging/templates", json=templates).status_code == 200
    send_mail(world)
    message = mail_server.received[0].message
    assert message["Reply-To"] == "borgerservice@kommune101.dk"
    assert message["From"].addresses[0].display_name == "Borgerservice Ørby"


def test_refused_recipient_fails_with_a_danish_reason(
    world: World, mail_server: MailServer, engine: Engine
) -> None:
    mail_server.refuse(RECIPIENT)
    sent = send_mail(world)
    assert sent["state"]["status"] == "failed"
    assert sent["state"]["reason"] == "Mailserveren afviste modtagerens e-mailadresse."
    assert recipient_of(engine, sent["id"]) is None
    assert mail_server.received == []


@pytest.fixture
def wrong_password(app: Any, settings: Settings, mail_server: MailServer) -> None:
    app.state.settings = settings.model_copy(update={"smtp_password": SecretStr("forkert")})


@pytest.mark.parametrize("mail_server", ["starttls-login", "tls-login"], indirect=True)
def test_wrong_login_fails_with_a_danish_reason(
    world: World, mail_server: MailServer, engine: Engine, wrong_password: None
) -> None:
    sent = send_mail(world)
    assert sent["state"]["status"] == "failed"
    assert "afviste serverens login" in sent["state"]["reason"]
    assert recipient_of(engine, sent["id"]) is None
    assert mail_server.received == []


@pytest.mark.parametrize("mail_server", ["starttls-login", "tls-login"], indirect=True)
def test_untrusted_certificate_is_refused(
    world: World, app: Any, settings: Settings, mail_server: MailServer
) -> None:
    app.state.settings = settings.model_copy(update={"smtp_ca_file": None})
    sent = send_mail(world)
    assert sent["state"]["status"] == "failed"
    assert "sikker forbindelse" in sent["state"]["reason"]
    assert mail_server.received == []


def test_unreachable_mail_server(
    world: World, app: Any, settings: Settings, mail_server: MailServer
) -> None:
    app.state.settings = settings.model_copy(update={"smtp_port": free_port()})
    sent = send_mail(world)
    assert sent["state"]["status"] == "failed"
    assert sent["state"]["reason"] == "Mailserveren kan ikke nås lige nu. Prøv igen senere."


def test_incomplete_smtp_settings_are_named(
    world: World, app: Any, settings: Settings, mail_server: MailServer
) -> None:
    app.state.settings = settings.model_copy(update={"smtp_host": None, "smtp_from": None})
    response = world.call(
        "POST",
        "/messages",
        role=Role.AGENT,
        json={"id": str(uuid.uuid4()), "channel": "email", "recipient": RECIPIENT, "body": "x"},
    )
    assert response.status_code == 503
    assert "VEJVISER_SMTP_HOST" in response.json()["detail"]
    assert "VEJVISER_SMTP_FROM" in response.json()["detail"]
