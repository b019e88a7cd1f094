"""Messages to citizens over HTTP with the file provider: idempotency, privacy, limits,
validation, visibility, provider choice. SMTP and SMS gateway have their own test files."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text, update
from support.world import World

from sync_server.config import Settings
from sync_server.db.engine import make_session_factory, transaction
from sync_server.db.models import MessageRow
from sync_server.protocol import Role, utcnow

PHONE = "20 12 34 56"
E164 = "+4520123456"
SMS_BODY = "Meld flytning på borger.dk senest 5 dage efter, du er flyttet.\nVenlig hilsen Kommune"


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    return tmp_path / "outbox"


@pytest.fixture
def settings(db_url: str, tmp_path: Path, outbox: Path) -> Settings:
    return Settings(
        database_url=db_url,
        data_dir=tmp_path / "data",
        mail_provider="file",
        sms_provider="file",
        message_outbox_dir=outbox,
        message_rate_per_hour=5,
    )


def sms(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "guide_id": "melde-flytning",
        "channel": "sms",
        "recipient": PHONE,
        "body": SMS_BODY,
    }
    body.update(overrides)
    return body


def mail(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "guide_id": "melde-flytning",
        "channel": "email",
        "recipient": "borger@example.dk",
        "subject": "Vejledning: Melde flytning",
        "body": "Hej\n\n- Meld flytning på https://www.borger.dk/flytning\n\nVenlig hilsen",
    }
    body.update(overrides)
    return body


def send(world: World, body: dict[str, Any], code: str = "101", role: Role = Role.AGENT) -> Any:
    return world.call("POST", "/messages", code=code, role=role, json=body)


def stored(engine: Engine, message_id: str) -> dict[str, Any]:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT * FROM messages WHERE uuid = :u"), {"u": message_id}
        ).mappings()
        found = [dict(r) for r in row]
    assert len(found) == 1
    return found[0]


def files(outbox: Path) -> list[Path]:
    return sorted(outbox.iterdir()) if outbox.exists() else []


def test_sms_is_written_to_the_outbox_with_its_part_count(
    world: World, outbox: Path, engine: Engine
) -> None:
    long_text = "Husk at melde flytning. " * 10  # 240 GSM characters: 2 parts
    body = sms(body=long_text)
    response = send(world, body)
    assert response.status_code == 200, response.text
    state = response.json()
    assert state["id"] == body["id"]
    assert state["status"] == "sent"  # the file provider has nothing more to report
    assert state["channel"] == "sms"
    assert state["guide_id"] == "melde-flytning"
    assert "recipient" not in state

    [path] = files(outbox)
    assert path.suffix == ".json"
    record = json.loads(path.read_text("utf-8"))
    assert record["to"] == E164
    assert record["message"] == long_text
    assert record["encoding"] == "GSM-7"
    assert record["characters"] == 240
    assert record["parts"] == 2
    assert record["sender"] == "Kommune101"  # derived from "Kommune 101"
    assert stored(engine, body["id"])["sms_parts"] == 2


def test_ucs2_sms_part_count(world: World, outbox: Path) -> None:
    send(world, sms(body="Tak for snakken 🙂 " + "a" * 61))  # 80 UTF-16 units → 2 parts
    record = json.loads(files(outbox)[0].read_text("utf-8"))
    assert (record["encoding"], record["characters"], record["parts"]) == ("UCS-2", 80, 2)


def test_mail_is_written_as_eml(world: World, outbox: Path) -> None:
    import email
    from email import policy

    response = send(world, mail(subject="Flytning – æøå"))
    assert response.json()["status"] == "sent"
    [path] = files(outbox)
    assert path.suffix == ".eml"
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["Subject"] == "Flytning – æøå"
    assert message["To"] == "borger@example.dk"
    assert "Kommune 101" in message["From"]
    assert message.get_body(("html",)) is not None


def test_retry_with_same_id_sends_once_and_returns_the_same_state(
    world: World, outbox: Path
) -> None:
    body = sms()
    first = send(world, body)
    again = send(world, body)
    changed = send(world, {**body, "body": "Noget helt andet"})
    assert first.status_code == again.status_code == changed.status_code == 200
    assert first.json() == again.json() == changed.json()
    assert len(files(outbox)) == 1


def test_recipient_is_erased_at_the_final_status(world: World, engine: Engine) -> None:
    sms_body, mail_body = sms(), mail()
    send(world, sms_body)
    send(world, mail_body)
    for body, channel in ((sms_body, "sms"), (mail_body, "email")):
        row = stored(engine, body["id"])
        assert row["recipient"] is None
        assert row["status"] == "sent"
        assert row["channel"] == channel
        assert row["provider"] == "file"
        assert row["guide_key"] == "melde-flytning"
        assert row["staff"]  # the account's pseudonym
    with engine.connect() as conn:
        everything = conn.execute(text("SELECT * FROM messages")).all()
    dump = repr(everything)
    assert E164 not in dump and "borger@example.dk" not in dump and "20123456" not in dump


@pytest.mark.parametrize(
    ("channel", "recipient", "message"),
    [
        ("sms", "1234", "»1234« er ikke et gyldigt telefonnummer."),
        ("sms", "hej", "»hej« er ikke et gyldigt telefonnummer."),
        ("sms", "   ", "Skriv et telefonnummer."),
        ("email", "borger@", "»borger@« er ikke en gyldig e-mailadresse."),
        ("email", "borger example.dk", "»borger example.dk« er ikke en gyldig e-mailadresse."),
    ],
)
def test_invalid_recipients_are_refused_in_danish(
    world: World, outbox: Path, engine: Engine, channel: str, recipient: str, message: str
) -> None:
    body = sms(recipient=recipient) if channel == "sms" else mail(recipient=recipient)
    response = send(world, body)
    assert response.status_code == 422
    assert response.json()["error"] == "validation_error"
    assert response.json()["detail"][0]["msg"] == message
    assert files(outbox) == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM messages")).scalar() == 0


def test_phone_numbers_are_normalised(world: World, outbox: Path) -> None:
    for number in ("+45 20 12 34 56", "0045 20123456", "20-12-34-56"):
        send(world, sms(recipient=number))
    assert {json.loads(p.read_text("utf-8"))["to"] for p in files(outbox)} == {E164}


def test_too_long_sms_is_refused(world: World, outbox: Path) -> None:
    response = send(world, sms(body="a" * (153 * 10 + 1)))
    assert response.status_code == 422
    assert response.json()["error"] == "sms_too_long"
    assert "11 dele (højst 10)" in response.json()["detail"]
    assert files(outbox) == []


def test_rate_limit_per_account(world: World, outbox: Path) -> None:
    for _ in range(5):
        assert send(world, sms()).status_code == 200
    refused = send(world, sms())
    assert refused.status_code == 429
    assert refused.json()["error"] == "message_rate_limited"
    assert "5 beskeder den seneste time" in refused.json()["detail"]
    assert len(files(outbox)) == 5
    # Another account (and another municipality) has its own budget.
    assert send(world, sms(), role=Role.ADMIN).status_code == 200
    assert send(world, sms(), code="202").status_code == 200


def test_rate_limit_does_not_block_a_retry(world: World) -> None:
    first = sms()
    assert send(world, first).status_code == 200
    for _ in range(4):
        send(world, sms())
    assert send(world, first).status_code == 200  # known id: answered, not counted


def test_rate_limit_window_is_one_hour(world: World, engine: Engine) -> None:
    for _ in range(5):
        send(world, sms())
    with transaction(make_session_factory(engine)) as session:
        session.execute(update(MessageRow).values(created_at=utcnow() - timedelta(minutes=61)))
    assert send(world, sms()).status_code == 200


def test_state_and_list_never_show_the_recipient(world: World) -> None:
    a, b = sms(), mail(guide_id="pas")
    send(world, a)
    send(world, b)
    got = world.call("GET", f"/messages/{a['id']}", role=Role.AGENT)
    assert got.status_code == 200
    assert set(got.json()) == {
        "id", "guide_id", "channel", "status", "reason", "created_at", "updated_at"
    }  # fmt: skip
    listed = world.call("GET", "/messages", role=Role.AGENT).json()
    assert [m["id"] for m in listed] == [b["id"], a["id"]]  # newest first
    assert PHONE not in json.dumps(listed) and "borger@" not in json.dumps(listed)
    only_pas = world.call("GET", "/messages", role=Role.AGENT, params={"guide_id": "pas"})
    assert [m["id"] for m in only_pas.json()] == [b["id"]]
    future = (utcnow() + timedelta(minutes=5)).isoformat()
    assert world.call("GET", "/messages", role=Role.AGENT, params={"since": future}).json() == []
    naive = (utcnow() - timedelta(minutes=5)).replace(tzinfo=None).isoformat()
    recent = world.call("GET", "/messages", role=Role.AGENT, params={"since": naive})
    assert recent.status_code == 200 and len(recent.json()) == 2


def test_messages_are_scoped(world: World) -> None:
    body = sms()
    send(world, body)
    # Another account of the same municipality does not list it …
    assert world.call("GET", "/messages", role=Role.ADMIN).json() == []
    # … and another municipality cannot see it at all.
    other = world.call("GET", f"/messages/{body['id']}", code="202", role=Role.AGENT)
    assert other.status_code == 404
    assert other.json()["error"] == "message_not_found"
    # The same id in another municipality is another message.
    assert send(world, body, code="202").status_code == 200


def test_unknown_message_is_404(world: World) -> None:
    response = world.call("GET", f"/messages/{uuid.uuid4()}", role=Role.AGENT)
    assert response.status_code == 404


def test_sending_needs_a_login(world: World) -> None:
    response = world.client.post("/api/v1/messages", json=sms())
    assert response.status_code == 401


def test_stale_queued_message_is_unconfirmed_and_loses_its_recipient(
    world: World, engine: Engine
) -> None:
    """A message left "queued" by a server that stopped while sending may have gone out:
    "sent", unconfirmed (never "failed — send again"); for a provider without delivery
    reports that is final, so the recipient goes."""
    now = utcnow()
    with engine.begin() as conn:
        municipality_id = conn.execute(text("SELECT id FROM municipalities WHERE code='101'"))
        conn.execute(
            MessageRow.__table__.insert().values(
                municipality_id=municipality_id.scalar(),
                uuid="00000000-0000-4000-8000-000000000001",
                staff="x",
                channel="sms",
                provider="file",
                status="queued",
                recipient=E164,
                created_at=now - timedelta(hours=1),
                updated_at=now - timedelta(hours=1),
            )
        )
    send(world, sms())  # any later send does the housekeeping
    row = stored(engine, "00000000-0000-4000-8000-000000000001")
    assert (row["status"], row["recipient"]) == ("sent", None)
    assert row["reason"].startswith("Ikke bekræftet")
    assert "afbrudt" in row["reason"]


@pytest.mark.parametrize("channel", ["sms", "email"])
def test_without_a_provider_sending_is_refused(
    world: World, app: Any, tmp_path: Path, channel: str
) -> None:
    app.state.settings = Settings(
        database_url=app.state.settings.database_url, data_dir=tmp_path / "d"
    )
    response = send(world, sms() if channel == "sms" else mail())
    assert response.status_code == 503
    assert response.json()["error"] == f"{'sms' if channel == 'sms' else 'mail'}_not_configured"
    assert "Kontakt en administrator" in response.json()["detail"]


def test_demo_municipality_uses_the_file_provider_by_default(
    world: World, app: Any, engine: Engine, settings: Settings, password_hash: str, tmp_path: Path
) -> None:
    from support.world import seed_world

    app.state.settings = Settings(
        database_url=settings.database_url, data_dir=tmp_path / "demo-data"
    )
    tokens = seed_world(engine, settings, password_hash, codes=("999",))
    world.tokens.update(tokens)
    response = send(world, sms(), code="999")
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "sent"
    assert len(files(tmp_path / "demo-data" / "outbox")) == 1
    assert send(world, sms()).status_code == 503  # 101 is not the demo municipality


def test_demo_municipality_is_the_seeded_one() -> None:
    from sync_server.features.messaging.providers import DEMO_MUNICIPALITY
    from sync_server.seed import DEMO_CODE

    assert DEMO_MUNICIPALITY == DEMO_CODE


def test_demo_flag_uses_the_file_provider(world: World, app: Any, tmp_path: Path) -> None:
    app.state.settings = Settings(
        database_url=app.state.settings.database_url, data_dir=tmp_path / "d", demo=True
    )
    assert send(world, mail()).json()["status"] == "sent"
    assert len(files(tmp_path / "d" / "outbox")) == 1


def test_concurrent_retries_send_once(world: World, outbox: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    body = sms()
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda _: send(world, body), range(6)))
    assert [a.status_code for a in answers] == [200] * 6
    assert {a.json()["id"] for a in answers} == {body["id"]}
    assert len(files(outbox)) == 1
    assert world.call("GET", f"/messages/{body['id']}", role=Role.AGENT).json()["status"] == "sent"


def test_a_message_is_readable_only_by_its_sender(world: World) -> None:
    """The list is per sender; so is one message, and so is its id."""
    body = sms()
    assert send(world, body).status_code == 200
    mine = world.call("GET", f"/messages/{body['id']}", role=Role.AGENT)
    assert mine.status_code == 200
    colleague = world.call("GET", f"/messages/{body['id']}", role=Role.ADMIN)
    assert colleague.status_code == 404
    assert colleague.json()["error"] == "message_not_found"
    # sending with a colleague's message id neither sends nor shows that message
    reused = send(world, {**body, "body": "Noget andet"}, role=Role.ADMIN)
    assert reused.status_code == 409
    assert reused.json()["error"] == "message_id_taken"
