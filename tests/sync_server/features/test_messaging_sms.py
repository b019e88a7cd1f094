"""SMS through a local GatewayAPI-style gateway: the request it gets, its errors in Danish,
and delivery reports through the webhook — repeated, late and out of order."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine, text
from support.live_server import free_port
from support.sms_gateway import SmsGateway
from support.world import World

from sync_server.config import Settings
from sync_server.db.engine import make_session_factory, transaction
from sync_server.features.messaging import repository
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


def test_unreachable_gateway(world: World, app: Any, settings: Settings) -> None:
    url = f"http://127.0.0.1:{free_port()}/rest/mtsms"
    app.state.settings = settings.model_copy(update={"sms_api_url": url})
    sent = send(world)
    assert sent["state"]["status"] == "failed"
    assert sent["state"]["reason"] == "SMS-udbyderen kan ikke nås lige nu. Prøv igen senere."


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
    world: World, gateway: SmsGateway, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    gateway.fail_next(422, {"message": "Invalid recipient 4520123456"})
    send(world)
    gateway.fail_next(500, {"message": "boom for 4520123456"})
    send(world)
    sent = send(world)
    report(world, gateway.report(gateway.messages[0], "DELIVERED"))
    assert sent["state"]["status"] == "sent"
    assert caplog.records  # something was logged (the failures)
    for needle in ("20123456", "20 12 34 56"):
        assert needle not in caplog.text
