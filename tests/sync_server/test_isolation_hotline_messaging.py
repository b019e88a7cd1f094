"""Isolation of messages a shared hotline sends for a member (issue 17 point 2), for every
role of every tenant, on SQLite and PostgreSQL: a hotline sends only for members that admit
it now, a municipality only in its own name, and a refused request sends nothing, stores
nothing and leaves no message in any list."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from support.hotline import HOTLINE, seed_hotline
from support.world import World, seed_world

from sync_server.config import Settings
from sync_server.protocol import Role


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
    """101 and 202 (every role); hotline 990 (every role) admitted by 202 only."""
    tokens = seed_world(engine, settings, password_hash, ("101", "202"))
    tokens |= seed_hotline(engine, settings, password_hash, members=("202",))
    return World(client=client, tokens=tokens)


def _sms(member: str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "channel": "sms",
        "recipient": "20 12 34 56",
        "body": "Meld flytning på borger.dk",
        "member": member,
    }


def _messages(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM messages")).scalar() or 0)


@pytest.mark.parametrize("role", list(Role))
def test_nobody_sends_in_the_name_of_a_municipality_that_did_not_admit_it(
    hw: World, engine: Engine, outbox: Path, role: Role
) -> None:
    refusals = [
        (HOTLINE, "101", "not_admitted"),  # a municipality that never admitted the hotline
        (HOTLINE, "999", "not_admitted"),  # unknown: the same answer
        ("202", "101", "forbidden_tenant"),  # a municipality never sends for another
        ("202", HOTLINE, "forbidden_tenant"),  # nor for a hotline
        ("101", "202", "forbidden_tenant"),
    ]
    for caller, member, error in refusals:
        refused = hw.call("POST", "/messages", code=caller, role=role, json=_sms(member))
        assert refused.status_code == 403, (caller, member, refused.text)
        assert refused.json()["error"] == error
    assert _messages(engine) == 0
    assert not outbox.exists() or list(outbox.iterdir()) == []
    for code in ("101", "202", HOTLINE):
        assert hw.call("GET", "/messages", code=code, role=role).json() == []
    # the admitted member: allowed for every role of the hotline
    sent = hw.call("POST", "/messages", code=HOTLINE, role=role, json=_sms("202"))
    assert sent.status_code == 200 and sent.json()["status"] == "sent"
    assert hw.call("GET", "/messages", code="202", role=role).json() == []  # the hotline's
    assert len(hw.call("GET", "/messages", code=HOTLINE, role=role).json()) == 1
