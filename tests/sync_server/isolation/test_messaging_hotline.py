"""Isolation of messages a shared hotline sends for a member (issue 17 point 2), for every
role of every tenant, on SQLite and PostgreSQL: a hotline sends only for members that admit
it now (202, not 101), a municipality only in its own name, and a refused request sends
nothing, stores nothing and leaves no message in any list."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from support.hotline import HOTLINE
from support.world import World

from sync_server.config import Settings
from sync_server.protocol import Role

CODES = ("101", "202", HOTLINE)


def _sms(member: str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "channel": "sms",
        "recipient": "20 12 34 56",
        "body": "Meld flytning på borger.dk",
        "member": member,
    }


def _stored(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM messages")).scalar() or 0)


def _sent(outbox: Path) -> list[Path]:
    return sorted(outbox.iterdir()) if outbox.exists() else []


@pytest.mark.parametrize("role", list(Role))
def test_nobody_sends_in_the_name_of_a_municipality_that_did_not_admit_it(
    world: World, engine: Engine, settings: Settings, role: Role
) -> None:
    outbox = settings.resolved_outbox_dir()
    stored = _stored(engine)
    lists = {code: world.call("GET", "/messages", code=code, role=role).json() for code in CODES}
    refusals = [
        (HOTLINE, "101", "not_admitted"),  # a municipality that never admitted the hotline
        (HOTLINE, "999", "not_admitted"),  # unknown: the same answer
        ("202", "101", "forbidden_tenant"),  # a municipality never sends for another
        ("202", HOTLINE, "forbidden_tenant"),  # nor for a hotline
        ("101", "202", "forbidden_tenant"),
    ]
    for caller, member, error in refusals:
        refused = world.call("POST", "/messages", code=caller, role=role, json=_sms(member))
        assert refused.status_code == 403, (caller, member, refused.text)
        assert refused.json()["error"] == error
    assert _stored(engine) == stored
    assert _sent(outbox) == []
    for code in CODES:
        assert world.call("GET", "/messages", code=code, role=role).json() == lists[code]
    # the admitted member: allowed for every role of the hotline, listed as the hotline's
    sent = world.call("POST", "/messages", code=HOTLINE, role=role, json=_sms("202"))
    assert sent.status_code == 200 and sent.json()["status"] == "sent"
    assert _stored(engine) == stored + 1 and len(_sent(outbox)) == 1
    assert world.call("GET", "/messages", code="202", role=role).json() == lists["202"]
    mine = world.call("GET", "/messages", code=HOTLINE, role=role).json()
    assert [m["id"] for m in mine] == [sent.json()["id"]] + [m["id"] for m in lists[HOTLINE]]
