"""SMS through a local GatewayAPI-style gateway: the request it gets, its errors in Danish,
answers lost after the request reached it (unconfirmed, never failed), and delivery reports
through the webhook — repeated, late and out of order."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from pydantic import SecretStr
from sqlalchemy import Engine, text, update
from support.live_server import free_port
from support.sms_gateway import SmsGateway
from support.world import World
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
)

from sync_server.config import Settings
from sync_server.db.engine import make_session_factory, transaction
from sync_server.db.models import MessageRow
from sync_server.features.messaging import repository
from sync_server.features.messaging.providers.gatewayapi import never_sent
from sync_server.protocol import MessageStatus, Role, utcnow

TOKEN = "gw-token-123"
SECRET = "webhook-hemmelighed"
PHONE = "+45 20 12 34 56"
MSISDN = 4520123456


@pytest.fixture
def gateway() -> Iterator[SmsGateway]:
    with SmsGateway(token=TOKEN) as gw:
        yield gw


@pytest.fixture
def settings(db_url: str, tmp_path: Path, gateway: SmsGateway) -> Settings:
    return Settings(
        database_url=db_url,
        data_dir=tmp_path / "data",
        sms_provider="gatewayapi",
        sms_api_url=gateway.url,
        sms_token=TOKEN,
        sms_webhook_secret=SECRET,
        sms_timeout=5,
    )


def send(world: World, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "guide_id": "melde-flytning",
        "channel": "sms",
        "recipient": PHONE,
        "body": "Meld flytning på borger.dk. Venlig hilsen Kommune 101",
    }
    body.update(overrides)
    response = world.call("POST", "/messages", role=Role.AGENT, json=body)
    assert response.status_code == 200, response.text
    return {**body, "state": response.json()}


def report(world: World, body: dict[str, Any], **kwargs: Any) -> Any:
    kwargs.setdefault("headers", {"X-Webhook-Secret": SECRET})
    return world.client.post("/api/v1/messaging/sms/status", json=body, **kwargs)


def row(engine: Engine, message_id: str) -> dict[str, Any]:
    with engine.connect() as conn:
        found = conn.execute(
            text("SELECT status, reason, recipient, provider_ref FROM messages WHERE uuid = :u"),
            {"u": message_id},
        ).mappings()
        return dict(found.one())


def state(world: World, message_id: str) -> dict[str, Any]:
    return dict(world.call("GET", f"/messages/{message_id}", role=Role.AGENT).json())


def test_gateway_gets_the_expected_request(world: World, gateway: SmsGateway) -> None:
    sent = send(world)
    [got] = gateway.messages
    assert got.body == {
        "sender": "Kommune101",
        "message": sent["body"],
        "recipients": [{"msisdn": MSISDN}],
        "userref": f"101-{sent['id']}",
    }
    assert got.authorization.startswith("Basic ")  # the token as basic-auth user name
    assert sent["state"]["status"] == "sent"


def test_ucs2_text_is_sent_as_ucs2(world: World, gateway: SmsGateway) -> None:
    send(world, body="Tak for i dag 🙂")
    assert gateway.messages[0].body["encoding"] == "UCS2"


def test_recipient_kept_until_the_delivery_report(
    world: World, gateway: SmsGateway, engine: Engine
) -> None:
    sent = send(world)
    [got] = gateway.messages
    stored = row(engine, sent["id"])
    assert stored["status"] == "sent"
    assert stored["recipient"] == "+4520123456"  # still waiting for the report
    assert stored["provider_ref"] == str(got.id)

    answer = report(world, gateway.report(got, "DELIVERED"))
    assert answer.status_code == 200
    assert answer.json() == {"updated": True}
    stored = row(engine, sent["id"])
    assert (stored["status"], stored["recipient"]) == ("delivered", None)
    assert state(world, sent["id"])["status"] == "delivered"


def test_reports_out_of_order_never_go_back(
    world: World, gateway: SmsGateway, engine: Engine
) -> None:
    sent = send(world)
    [got] = gateway.messages
    assert report(world, gateway.report(got, "BUFFERED")).json() == {"updated": False}
    assert report(world, gateway.report(got, "DELIVERED")).json() == {"updated": True}
    # Repeats and late reports are acknowledged (so the gateway stops retrying) and ignored.
    for late in ("DELIVERED", "ENROUTE", "UNDELIVERABLE", "EXPIRED"):
        answer = report(world, gateway.report(got, late))
        assert answer.status_code == 200
        assert answer.json() == {"updated": False}
    assert row(engine, sent["id"])["status"] == "delivered"
    assert state(world, sent["id"])["reason"] is None


def test_failed_report_with_a_danish_reason(
    world: World, gateway: SmsGateway, engine: Engine
) -> None:
    sent = send(world)
    got = gateway.messages[0]
    report(world, gateway.report(got, "UNDELIVERABLE", error="Unknown subscriber", code="0x1"))
    assert report(world, gateway.report(got, "DELIVERED")).json() == {"updated": False}
    stored = row(engine, sent["id"])
    assert stored["status"] == "failed"
    assert stored["recipient"] is None
    assert stored["reason"] == "Beskeden kunne ikke leveres til nummeret."
    expired = send(world)
    report(world, gateway.report(gateway.messages[1], "EXPIRED"))
    assert "slukket" in state(world, expired["id"])["reason"]


def test_report_found_by_gateway_id_without_userref(world: World, gateway: SmsGateway) -> None:
    sent = send(world)
    body = gateway.report(gateway.messages[0], "DELIVERED", userref=None)
    assert report(world, body).json() == {"updated": True}
    assert state(world, sent["id"])["status"] == "delivered"


def test_report_before_the_send_is_recorded(
    world: World, gateway: SmsGateway, engine: Engine
) -> None:
    """A fast gateway may report before the sending request has recorded "sent": the
    report finds the message by its reference, and the later "sent" does not undo it."""
    sent = send(world)
    got = gateway.messages[0]
    with engine.begin() as conn:  # back to the state between claim and record
        conn.execute(
            text(
                "UPDATE messages SET status='queued', recipient='+4520123456', "
                "provider_ref=NULL WHERE uuid=:u"
            ),
            {"u": sent["id"]},
        )
    assert report(world, gateway.report(got, "DELIVERED")).json() == {"updated": True}
    with transaction(make_session_factory(engine)) as session:
        row_id = session.execute(
            text("SELECT id FROM messages WHERE uuid=:u"), {"u": sent["id"]}
        ).scalar_one()
        now = utcnow()
        moved = repository.advance(session, row_id, "gatewayapi", MessageStatus.SENT, None, now)
    assert moved is False
    stored = row(engine, sent["id"])
    assert (stored["status"], stored["recipient"]) == ("delivered", None)
    assert stored["provider_ref"] == str(got.id)


def test_unknown_report_is_acknowledged(world: World) -> None:
    body = {"id": 42, "msisdn": MSISDN, "status": "DELIVERED", "userref": "101-nope"}
    answer = report(world, body)
    assert answer.status_code == 200
    assert answer.json() == {"updated": False}


def test_webhook_secret_in_header_or_query(world: World, gateway: SmsGateway) -> None:
    sent = send(world)
    body = gateway.report(gateway.messages[0], "DELIVERED")
    assert report(world, body, headers={}).status_code == 401
    wrong = report(world, body, headers={"X-Webhook-Secret": "forkert"})
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "webhook_secret"
    assert report(world, body, headers={}, params={"secret": "forkert"}).status_code == 401
    assert state(world, sent["id"])["status"] == "sent"
    ok = report(world, body, headers={}, params={"secret": SECRET})
    assert ok.status_code == 200 and ok.json() == {"updated": True}


def test_webhook_without_a_configured_secret_is_closed(
    world: World, app: Any, settings: Settings, gateway: SmsGateway
) -> None:
    app.state.settings = settings.model_copy(update={"sms_webhook_secret": None})
    send(world)
    answer = report(world, gateway.report(gateway.messages[0], "DELIVERED"))
    assert answer.status_code == 503
    assert answer.json()["error"] == "webhook_not_configured"


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (
            401,
            None,
            "SMS-udbyderen afviste serverens adgangsnøgle (token). Kontakt en administrator.",
        ),
        (
            422,
            {"code": "0x0222", "message": "Invalid recipient"},
            "SMS-udbyderen afviste beskeden: nummeret eller teksten er ugyldig.",
        ),
        (
            402,
            {"code": "0x0216", "message": "Insufficient credit"},
            "Der er ikke mere kredit hos SMS-udbyderen. Kontakt en administrator.",
        ),
        (
            500,
            {"message": "Internal error"},
            "SMS-udbyderen kan ikke nås lige nu. Prøv igen senere.",
        ),
        (503, None, "SMS-udbyderen kan ikke nås lige nu. Prøv igen senere."),
        (429, None, "SMS-udbyderen har travlt lige nu. Prøv igen om lidt."),
    ],
)
def test_gateway_errors_in_danish(
    world: World,
    gateway: SmsGateway,
    engine: Engine,
    status: int,
    body: dict[str, Any] | None,
    reason: str,
) -> None:
    gateway.fail_next(status, body)
    sent = send(world)
    assert sent["state"]["status"] == "failed"
    assert sent["state"]["reason"] == reason
    assert row(engine, sent["id"])["recipient"] is None  # failed is final


def test_wrong_token_is_refused_by_the_gateway(
    world: World, app: Any, settings: Settings, gateway: SmsGateway
) -> None:
    app.state.settings = settings.model_copy(update={"sms_token": SecretStr("forkert")})
    sent = send(world)
    assert sent["state"]["status"] == "failed"
    assert "adgangsnøgle" in sent["state"]["reason"]
    assert gateway.messages == []


def test_number_refused_by_the_gateway(world: World, gateway: SmsGateway) -> None:
    gateway.refuse_msisdn(MSISDN)
    sent = send(world)
    assert sent["state"]["reason"] == (
        "SMS-udbyderen afviste beskeden: nummeret eller teksten er ugyldig."
    )


def test_unreachable_gateway(world: World, app: Any, settings: Settings, engine: Engine) -> None:
    """Nothing listens (connection refused): surely not sent, so failed, "try later"."""
    url = f"http://127.0.0.1:{free_port()}/rest/mtsms"
    app.state.settings = settings.model_copy(update={"sms_api_url": url, "sms_timeout": 0.3})
    sent = send(world)
    assert sent["state"]["status"] == "failed"
    assert sent["state"]["reason"] == "SMS-udbyderen kan ikke nås lige nu. Prøv igen senere."
    assert row(engine, sent["id"])["recipient"] is None  # failed is final


UNCONFIRMED = (
    "Ikke bekræftet – SMS-udbyderen svarede ikke i tide, så beskeden er måske sendt. "
    "Vent på kvitteringen, før du sender igen."
)


@pytest.fixture
def impatient(app: Any, settings: Settings) -> Settings:
    """The server gives the gateway 0.3 s to answer."""
    quick = settings.model_copy(update={"sms_timeout": 0.3})
    app.state.settings = quick
    return quick


def test_late_answer_is_unconfirmed_then_settled_by_the_report(
    world: World, gateway: SmsGateway, engine: Engine, impatient: Settings
) -> None:
    """The gateway took the message but answered after the read timeout: it may well have
    sent it, so the message is "sent" with a warning, not failed (a resend would give the
    citizen a duplicate). The delivery report, found by the userref, settles it."""
    gateway.answer_late(3.0)
    sent = send(world)
    assert sent["state"]["status"] == "sent"
    assert sent["state"]["reason"] == UNCONFIRMED
    [got] = gateway.messages
    assert got.userref == f"101-{sent['id']}"
    stored = row(engine, sent["id"])
    assert stored["recipient"] == "+4520123456"  # waiting for the report, as any sent SMS
    assert stored["provider_ref"] is None  # the answer with the gateway's id was lost

    answer = report(world, gateway.report(got, "DELIVERED"))
    assert answer.json() == {"updated": True}
    stored = row(engine, sent["id"])
    assert (stored["status"], stored["reason"], stored["recipient"]) == ("delivered", None, None)
    assert stored["provider_ref"] == str(got.id)
    assert state(world, sent["id"])["status"] == "delivered"


@pytest.mark.parametrize("quirk", ["drop_next", "cut_next"])
def test_answer_lost_after_the_request_is_unconfirmed(
    world: World, gateway: SmsGateway, engine: Engine, impatient: Settings, quirk: str
) -> None:
    """The connection closed after the gateway read the request (no answer, or half of
    one): unconfirmed as well; a failed report settles it with its own reason."""
    getattr(gateway, quirk)()
    sent = send(world)
    assert (sent["state"]["status"], sent["state"]["reason"]) == ("sent", UNCONFIRMED)
    [got] = gateway.messages
    report(world, gateway.report(got, "UNDELIVERABLE"))
    stored = row(engine, sent["id"])
    assert (stored["status"], stored["recipient"]) == ("failed", None)
    assert stored["reason"] == "Beskeden kunne ikke leveres til nummeret."


def test_unconfirmed_retry_does_not_send_again(
    world: World, gateway: SmsGateway, impatient: Settings
) -> None:
    gateway.answer_late(1.0)
    sent = send(world)
    again = send(world, id=sent["id"])
    assert again["state"] == sent["state"]
    assert again["state"]["reason"] == UNCONFIRMED
    assert gateway.requests == 1
    assert len(gateway.messages) == 1


def test_report_on_its_way_confirms_an_unconfirmed_message(
    world: World, gateway: SmsGateway, engine: Engine, impatient: Settings
) -> None:
    """A report that the message is on its way shows the gateway has it: the warning goes,
    "sent" and the recipient stay until the final report."""
    gateway.drop_next()
    sent = send(world)
    got = gateway.messages[0]
    assert report(world, gateway.report(got, "ENROUTE")).json() == {"updated": True}
    assert report(world, gateway.report(got, "BUFFERED")).json() == {"updated": False}
    stored = row(engine, sent["id"])
    assert (stored["status"], stored["reason"]) == ("sent", None)
    assert stored["recipient"] == "+4520123456"
    assert report(world, gateway.report(got, "DELIVERED")).json() == {"updated": True}
    assert row(engine, sent["id"])["recipient"] is None


def test_unconfirmed_without_a_report_loses_its_recipient_after_retention(
    world: World, gateway: SmsGateway, engine: Engine, impatient: Settings
) -> None:
    """No report ever comes: like any sent SMS the recipient is erased after the retention
    period (48 h); the status and its warning stay."""
    gateway.drop_next()
    sent = send(world)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE messages SET updated_at = :t WHERE uuid = :u"),
            {"t": utcnow() - timedelta(hours=49), "u": sent["id"]},
        )
    send(world)  # any later send does the housekeeping
    stored = row(engine, sent["id"])
    assert (stored["status"], stored["reason"], stored["recipient"]) == (
        "sent",
        UNCONFIRMED,
        None,
    )


def _no_connection(reason: Exception, timeout: bool = False) -> requests.RequestException:
    """What requests raises when no connection could be made (as its adapter builds it)."""
    wrapped = MaxRetryError(None, "/rest/mtsms", reason)  # type: ignore[arg-type]
    return requests.ConnectTimeout(wrapped) if timeout else requests.ConnectionError(wrapped)


@pytest.mark.parametrize(
    ("exc", "sent_for_sure_not"),
    [
        (_no_connection(ConnectTimeoutError(None, "timed out"), timeout=True), True),
        (_no_connection(NewConnectionError(None, "refused")), True),  # type: ignore[arg-type]
        (_no_connection(NameResolutionError("gw", None, OSError())), True),  # type: ignore[arg-type]
        (requests.exceptions.SSLError("handshake"), True),
        (requests.exceptions.InvalidURL("x"), True),
        (requests.ReadTimeout("read timed out"), False),
        (requests.exceptions.ChunkedEncodingError("cut"), False),
        (requests.ConnectionError(ProtocolError("Connection aborted.", OSError())), False),
    ],
)
def test_which_errors_mean_never_sent(
    exc: requests.RequestException, sent_for_sure_not: bool
) -> None:
    assert never_sent(exc) is sent_for_sure_not


def test_retry_sends_once(world: World, gateway: SmsGateway) -> None:
    sent = send(world)
    again = send(world, id=sent["id"])
    assert again["state"] == sent["state"]
    assert len(gateway.messages) == 1
    assert gateway.requests == 1


def test_missing_token_is_a_configuration_error(world: World, app: Any, settings: Settings) -> None:
    app.state.settings = settings.model_copy(update={"sms_token": None})
    response = world.call(
        "POST",
        "/messages",
        role=Role.AGENT,
        json={"id": str(uuid.uuid4()), "channel": "sms", "recipient": PHONE, "body": "x"},
    )
    assert response.status_code == 503
    assert "VEJVISER_SMS_TOKEN" in response.json()["detail"]


def test_sender_from_the_templates(world: World, gateway: SmsGateway) -> None:
    templates = world.call("GET", "/messaging/templates").json()
    assert (
        world.call(
            "PUT", "/messaging/templates", json={**templates, "sms_sender": "Borgerserv"}
        ).status_code
        == 200
    )
    send(world)
    assert gateway.messages[0].body["sender"] == "Borgerserv"


def test_recipient_never_reaches_the_log(
    world: World,
    app: Any,
    settings: Settings,
    gateway: SmsGateway,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    gateway.fail_next(422, {"message": "Invalid recipient 4520123456"})
    send(world)
    gateway.fail_next(500, {"message": "boom for 4520123456"})
    send(world)
    app.state.settings = settings.model_copy(update={"sms_timeout": 0.3})
    gateway.drop_next()
    assert send(world)["state"]["reason"]  # unconfirmed
    gateway.answer_late(1.0)
    send(world)
    sent = send(world)
    report(world, gateway.report(gateway.messages[0], "DELIVERED"))
    assert sent["state"]["status"] == "sent"
    assert caplog.records  # something was logged (the failures)
    for needle in ("20123456", "20 12 34 56"):
        assert needle not in caplog.text


def test_a_message_cut_off_mid_send_is_unconfirmed_never_offered_again(
    world: World, gateway: SmsGateway, engine: Engine
) -> None:
    """The server stopped after claiming a message (its request may have reached the
    gateway): the sweep makes it "sent" but unconfirmed, settled by the delivery report,
    never "failed — send again"."""
    sent = send(world)
    old = utcnow() - timedelta(minutes=20)
    with transaction(make_session_factory(engine)) as session:  # as the crash left it
        session.execute(
            update(MessageRow)
            .where(MessageRow.uuid == sent["id"])
            .values(status="queued", reason=None, recipient="+4520123456", created_at=old)
        )
    send(world)  # any later send sweeps
    stored = row(engine, sent["id"])
    assert stored["status"] == "sent"
    assert stored["reason"].startswith("Ikke bekræftet")
    assert stored["recipient"] == "+4520123456"  # kept for the delivery report
    retry = world.call(
        "POST", "/messages", role=Role.AGENT, json={k: v for k, v in sent.items() if k != "state"}
    )
    assert retry.json()["status"] == "sent"
    assert retry.json()["reason"].startswith("Ikke bekræftet")
    assert len(gateway.messages) == 2  # the retry sent nothing
    assert report(world, gateway.report(gateway.messages[0], "DELIVERED")).json() == {
        "updated": True
    }
    assert (row(engine, sent["id"])["status"], row(engine, sent["id"])["recipient"]) == (
        "delivered",
        None,
    )
