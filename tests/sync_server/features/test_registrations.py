"""Contact registrations: idempotent batch ingest, corrections by version, deletion, validation."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, func, select
from support.world import World

from sync_server.db.models import AccountRow, MunicipalityRow, RegistrationRow
from sync_server.protocol import CPR_MESSAGE, Role
from sync_server.protocol.validation import CONTACT_MESSAGE

Make = Callable[..., dict[str, Any]]


def push(
    world: World, items: list[dict[str, Any]], code: str = "101", role: Role = Role.AGENT
) -> httpx.Response:
    return world.call("POST", "/registrations", code=code, role=role, json={"items": items})


def stored(engine: Engine, code: str = "101") -> dict[str, Any]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(RegistrationRow)
            .join(MunicipalityRow, MunicipalityRow.id == RegistrationRow.municipality_id)
            .where(MunicipalityRow.code == code)
        ).all()
    return {row.uuid: row for row in rows}


def count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(RegistrationRow)) or 0)


def test_a_batch_sent_three_times_is_stored_once(
    world: World, engine: Engine, make_registration: Make
) -> None:
    batch = [make_registration(), make_registration(channel="counter"), make_registration()]
    answers = []
    for _ in range(3):
        response = push(world, batch)
        assert response.status_code == 200, response.text
        answers.append(response.content)
    assert answers[0] == answers[1] == answers[2]
    assert response.json() == {"accepted": [item["id"] for item in batch]}
    assert count(engine) == 3
    rows = stored(engine)
    assert set(rows) == {item["id"] for item in batch}
    row = rows[batch[1]["id"]]
    assert row.channel == "counter"
    assert row.version == 1
    assert row.deleted is False
    assert row.guide_ids == ["melde-flytning"]
    assert row.active_seconds == 300


def test_every_role_may_push(world: World, engine: Engine, make_registration: Make) -> None:
    for role in Role:
        assert push(world, [make_registration()], role=role).status_code == 200
    assert count(engine) == 3


def test_staff_is_a_pseudonym(world: World, engine: Engine, make_registration: Make) -> None:
    item = make_registration()
    push(world, [item])
    with engine.connect() as conn:
        pseudonym = conn.scalar(
            select(AccountRow.pseudonym).where(AccountRow.display_name == "agent 101")
        )
    row = stored(engine)[item["id"]]
    assert row.staff == pseudonym
    assert "agent" not in row.staff


def test_a_higher_version_replaces(world: World, engine: Engine, make_registration: Make) -> None:
    item = make_registration()
    push(world, [item])
    correction = {**item, "version": 2, "outcome": "referred", "referral_target": "Skat"}
    assert push(world, [correction]).status_code == 200
    row = stored(engine)[item["id"]]
    assert (row.version, row.outcome, row.referral_target) == (2, "referred", "Skat")
    assert count(engine) == 1


@pytest.mark.parametrize("late_version", [1, 2], ids=["lower", "equal"])
def test_lower_or_equal_version_is_ignored(
    world: World, engine: Engine, make_registration: Make, late_version: int
) -> None:
    item = make_registration()
    push(world, [{**item, "version": 2, "channel": "chat"}])
    late = {**item, "version": late_version, "channel": "video", "note": "for sent"}
    response = push(world, [late])
    assert response.status_code == 200
    assert response.json() == {"accepted": [item["id"]]}
    row = stored(engine)[item["id"]]
    assert (row.version, row.channel, row.note) == (2, "chat", None)


def test_highest_version_in_one_batch_wins(
    world: World, engine: Engine, make_registration: Make
) -> None:
    item = make_registration()
    batch = [
        {**item, "version": 3, "channel": "chat"},
        {**item, "version": 1},
        {**item, "version": 2, "channel": "video"},
    ]
    assert push(world, batch).status_code == 200
    row = stored(engine)[item["id"]]
    assert (row.version, row.channel) == (3, "chat")


def test_deleted_flag(world: World, engine: Engine, make_registration: Make) -> None:
    item = make_registration()
    push(world, [item])
    push(world, [{**item, "version": 2, "deleted": True}])
    assert stored(engine)[item["id"]].deleted is True
    push(world, [item])  # the old version arriving late does not undo the deletion
    assert stored(engine)[item["id"]].deleted is True
    push(world, [{**item, "version": 3, "deleted": False}])
    assert stored(engine)[item["id"]].deleted is False


def test_same_id_in_two_municipalities(
    world: World, engine: Engine, make_registration: Make
) -> None:
    item = make_registration()
    push(world, [{**item, "version": 5, "channel": "chat"}])
    push(world, [{**item, "version": 1, "channel": "video"}], code="202")
    assert stored(engine, "101")[item["id"]].channel == "chat"
    assert stored(engine, "202")[item["id"]].channel == "video"


@pytest.mark.parametrize(
    "overrides",
    [
        {"ended_at": "2026-03-02T08:59:59+00:00"},
        {"active_seconds": 3600},
        {"referral_target": "Skat"},
        {"started_at": "2026-03-02T09:00:00"},
        {"channel": "brevdue"},
        {"outcome": "måske"},
        {"version": 0},
        {"active_seconds": -1},
        {"guide_ids": ["med mellemrum"]},
        {"location": ""},
        {"id": "ikke-et-uuid"},
        {"personnummer": "x"},
    ],
    ids=[
        "ended-before-started",
        "active-longer-than-contact",
        "referral-without-referred",
        "naive-time",
        "channel",
        "outcome",
        "version",
        "negative-active",
        "guide-id",
        "empty-location",
        "id",
        "extra-field",
    ],
)
def test_invalid_registration_refuses_the_whole_batch(
    world: World, engine: Engine, make_registration: Make, overrides: dict[str, Any]
) -> None:
    response = push(world, [make_registration(), make_registration(**overrides)])
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "validation_error"
    assert count(engine) == 0


def test_manual_registrations_may_have_more_active_time(
    world: World, make_registration: Make
) -> None:
    item = make_registration(active_seconds=3600, manual=True)
    assert push(world, [item]).status_code == 200


def test_ended_before_started_message(world: World, make_registration: Make) -> None:
    response = push(world, [make_registration(ended_at="2026-03-02T08:00:00+00:00")])
    assert response.status_code == 422
    assert any("før starttidspunktet" in d["msg"] for d in response.json()["detail"])


CPR = "Borgeren (0101801234) ringede"


@pytest.mark.parametrize(
    "overrides",
    [
        {"note": CPR},
        {"location": CPR},
        {"area": CPR},
        {"outcome": "referred", "referral_target": CPR},
        {"stuck_solution": CPR},
    ],
    ids=["note", "location", "area", "referral_target", "stuck_solution"],
)
def test_cpr_is_refused(
    world: World, engine: Engine, make_registration: Make, overrides: dict[str, Any]
) -> None:
    response = push(world, [make_registration(**overrides)])
    assert response.status_code == 422
    assert any(d["msg"] == CPR_MESSAGE for d in response.json()["detail"])
    assert count(engine) == 0


def test_contact_details_in_the_note_are_refused(
    world: World, engine: Engine, make_registration: Make
) -> None:
    for note in ("Ring tilbage på 22 34 56 78", "svar til borger@example.dk"):
        response = push(world, [make_registration(note=note)])
        assert response.status_code == 422
        assert any(d["msg"] == CONTACT_MESSAGE for d in response.json()["detail"])
    assert count(engine) == 0
    assert push(world, [make_registration(note="Sag 2026-1234")]).status_code == 200
    assert count(engine) == 1


def test_batch_size_is_bounded(world: World, engine: Engine, make_registration: Make) -> None:
    assert push(world, [make_registration() for _ in range(1000)]).status_code == 200
    assert count(engine) == 1000
    assert push(world, [make_registration() for _ in range(1001)]).status_code == 422
    assert count(engine) == 1000


def test_empty_batch(world: World) -> None:
    response = push(world, [])
    assert response.status_code == 200
    assert response.json() == {"accepted": []}


def test_the_same_batch_sent_concurrently_is_stored_once(
    world: World, engine: Engine, make_registration: Make
) -> None:
    batch = [make_registration() for _ in range(200)]
    barrier = threading.Barrier(6)
    statuses: list[int] = []

    def send() -> None:
        barrier.wait()
        statuses.append(push(world, batch).status_code)

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 6
    assert count(engine) == 200


def test_a_colleague_cannot_overwrite_a_registration(
    world: World, engine: Engine, make_registration: Make
) -> None:
    """A higher version for another staff member's uuid is refused; the original stays."""
    original = make_registration(note="Mit eget")
    assert push(world, [original]).status_code == 200
    hijack = {**original, "version": 5, "note": "Overskrevet", "deleted": True}
    refused = push(world, [hijack], role=Role.ADMIN)
    assert refused.status_code == 409
    assert refused.json()["error"] == "registration_not_yours"
    row = stored(engine)[original["id"]]
    assert (row.version, row.note, row.deleted) == (1, "Mit eget", False)
    # the owner may still correct it
    assert push(world, [{**original, "version": 2, "note": "Rettet"}]).status_code == 200
    assert stored(engine)[original["id"]].note == "Rettet"
