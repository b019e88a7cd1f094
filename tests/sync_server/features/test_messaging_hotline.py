"""Messages a shared hotline sends for a member (issue 17 point 2), on SQLite and
PostgreSQL with the file provider: they go out under the member's templates and sender
name; a member that has not admitted the hotline, or has dismissed it, is refused, and a
municipality can send only in its own name."""

from __future__ import annotations

import email
import json
import uuid
from email import policy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from support.hotline import HOTLINE, seed_hotline
from support.world import World, seed_world

from sync_server.config import Settings
from sync_server.db.engine import make_session_factory, transaction
from sync_server.features.hotline.service import dismiss
from sync_server.protocol import Role

MEMBERS = ("101", "102", "103")


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
    )


@pytest.fixture
def hw(client: Any, engine: Engine, settings: Settings, password_hash: str) -> World:
    """101, 102, 103 and the hotline 990 admitted by 101 and 102; 101 has its own sender."""
    tokens = seed_world(engine, settings, password_hash, MEMBERS)
    tokens |= seed_hotline(engine, settings, password_hash, members=("101", "102"))
    world = World(client=client, tokens=tokens)
    current = world.call("GET", "/messaging/templates", code="101").json()
    current |= {"sender_name": "Borgerservice 101", "sms_sender": "Borger101"}
    saved = world.call("PUT", "/messaging/templates", code="101", json=current)
    assert saved.status_code == 200, saved.text
    return world


def _body(channel: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "guide_id": "melde-flytning",
        "channel": channel,
        "recipient": "20 12 34 56" if channel == "sms" else "borger@example.dk",
        "body": "Meld flytning på https://www.borger.dk/flytning",
    }
    if channel == "email":
        body["subject"] = ""  # the default subject names the sender's municipality
    return body | overrides


def _send(world: World, body: dict[str, Any], code: str = HOTLINE) -> Any:
    return world.call("POST", "/messages", code=code, role=Role.AGENT, json=body)


def _files(outbox: Path) -> list[Path]:
    return sorted(outbox.iterdir()) if outbox.exists() else []


def test_a_hotline_sends_for_a_member_under_its_templates_and_sender(
    hw: World, outbox: Path
) -> None:
    sent = _send(hw, _body("sms", member="101"))
    assert sent.status_code == 200, sent.text and sent.json()["status"] == "sent"
    [sms] = _files(outbox)
    assert json.loads(sms.read_text("utf-8"))["sender"] == "Borger101"
    sms.unlink()

    assert _send(hw, _body("email", member="101")).json()["status"] == "sent"
    [eml] = _files(outbox)
    mail = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert "Borgerservice 101" in mail["From"]
    assert mail["Subject"] == "Vejledning fra Kommune 101"
    html = mail.get_body(("html",))
    assert html is not None and "Borgerservice 101" in html.get_content()
    eml.unlink()

    # 102 keeps its default sender (its name); without a member: the hotline's own
    _send(hw, _body("email", member="102"))
    _send(hw, _body("email"))
    senders = {
        str(email.message_from_bytes(p.read_bytes(), policy=policy.default)["From"])
        for p in _files(outbox)
    }
    assert any("Kommune 102" in s for s in senders)
    assert any(f"Fælles hotline {HOTLINE}" in s for s in senders)
    # the message is the hotline agent's own, as every other
    mine = hw.call("GET", "/messages", code=HOTLINE, role=Role.AGENT).json()
    assert len(mine) == 4


def test_a_member_that_has_not_admitted_the_hotline_is_refused(
    hw: World, outbox: Path, engine: Engine
) -> None:
    for code in ("103", "999"):  # not admitted, unknown: the same answer
        refused = _send(hw, _body("sms", member=code))
        assert refused.status_code == 403, refused.text
        assert refused.json()["error"] == "not_admitted"
        assert refused.json()["detail"] == f"Kommunen {code} har ikke givet hotlinen adgang."
    with transaction(make_session_factory(engine)) as session:
        dismiss(session, HOTLINE, "102")
    assert _send(hw, _body("email", member="102")).json()["error"] == "not_admitted"
    assert _files(outbox) == []
    assert hw.call("GET", "/messages", code=HOTLINE, role=Role.AGENT).json() == []


def test_a_municipality_sends_only_in_its_own_name(hw: World, outbox: Path) -> None:
    refused = _send(hw, _body("sms", member="102"), code="101")
    assert refused.status_code == 403 and refused.json()["error"] == "forbidden_tenant"
    assert "eget navn" in refused.json()["detail"]
    assert _files(outbox) == []
    own = _send(hw, _body("sms", member="101"), code="101")  # its own code: allowed
    assert own.json()["status"] == "sent"
    assert json.loads(_files(outbox)[0].read_text("utf-8"))["sender"] == "Borger101"


def test_a_malformed_member_is_refused_in_danish(hw: World) -> None:
    refused = _send(hw, _body("sms", member="1x1"))
    assert refused.status_code == 422
    assert "Kommunekoden" in refused.text
