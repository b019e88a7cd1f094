"""Issue 13: copies follow their origin (updates, take all or parts, dismiss, detach),
local-only guides are never shared, and suggestions travel back and forth."""

from __future__ import annotations

from typing import Any

import pytest
from support.world import World, guide_body

from sync_server.protocol import Role

ORIGIN = "101"  # municipality A
COPIER = "202"  # municipality B


def ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def origin_version(world: World, base: int, **changes: Any) -> dict[str, Any]:
    body = guide_body("pas", base_revision=base, **changes)
    return dict(ok(world.call("PUT", "/guides/pas", code=ORIGIN, json=body)))


@pytest.fixture
def copied(world: World) -> World:
    """A publishes ``pas``; B copies it."""
    ok(world.call("POST", "/guides", code=ORIGIN, json=guide_body("pas", title="Pas")), 201)
    copy = ok(world.call("POST", f"/library/{ORIGIN}/pas/copy", code=COPIER), 201)
    assert copy["copied_from"] == {"municipality": ORIGIN, "guide_id": "pas", "revision": 1}
    assert copy["status"] == "draft"
    return world


def updates(world: World) -> list[dict[str, Any]]:
    return list(ok(world.call("GET", "/library/updates", code=COPIER)))


def test_the_checkers_flow(copied: World) -> None:
    world = copied
    assert updates(world) == []
    # B sets its own phone number and publishes its copy
    local = guide_body(
        "pas",
        title="Pas",
        referral=[{"name": "Borgerservice", "phone": "+45 70 10 20 30"}],
        base_revision=1,
    )
    ok(world.call("PUT", "/guides/pas", code=COPIER, json=local))
    # A publishes two new versions (and a draft in between, which is no update)
    origin_version(world, 1, title="Pas", guidance=["Ny tekst fra A."])
    origin_version(world, 2, title="Pas", guidance=["Ny tekst fra A, igen."], status="draft")
    origin_version(world, 3, title="Pas", guidance=["Nyeste tekst fra A."])
    listed = updates(world)
    assert listed == [
        {
            "guide_id": "pas",
            "title": "Pas",
            "origin_municipality": ORIGIN,
            "origin_municipality_name": "Kommune 101",
            "origin_guide_id": "pas",
            "copied_revision": 1,
            "origin_revision": 4,
        }
    ]
    detail = ok(world.call("GET", "/library/updates/pas", code=COPIER))
    assert detail["base"]["guidance"] != detail["origin"]["guidance"]
    assert detail["local"]["referral"][0]["phone"] == "+45 70 10 20 30"
    overview = ok(world.call("GET", "/admin/overview", code=COPIER))
    assert overview["library_updates"][0]["detail"] == "Ny version fra Kommune 101"

    taken = ok(world.call("POST", "/library/updates/pas/take", code=COPIER))
    draft = taken["pending_draft"]
    assert draft["content"]["guidance"] == ["Nyeste tekst fra A."]
    assert draft["content"]["referral"][0]["phone"] == "+45 70 10 20 30"
    assert draft["copied_from"]["revision"] == 4
    assert taken["guidance"] == guide_body()["guidance"]  # published copy unchanged for now
    assert updates(world) == []
    # B publishes the draft; A changes nothing of B's
    published = ok(
        world.call(
            "PUT",
            "/guides/pas",
            code=COPIER,
            json={**draft["content"], "status": "published", "base_revision": taken["revision"]},
        )
    )
    assert published["copied_from"]["revision"] == 4
    assert published["referral"][0]["phone"] == "+45 70 10 20 30"
    assert ok(world.call("GET", f"/library/{COPIER}/pas", code=ORIGIN))["guide"]["id"] == "pas"


def test_take_chosen_parts_and_dismiss(copied: World) -> None:
    world = copied
    origin_version(world, 1, title="Pas til voksne", guidance=["Første.", "Anden (ny)."])
    taken = ok(
        world.call("POST", "/library/updates/pas/take", code=COPIER, json={"parts": ["guidance/1"]})
    )
    # a never published copy: the draft itself is the new version
    assert taken["title"] == "Pas"  # the title was not taken
    assert taken["guidance"] == [guide_body()["guidance"][0], "Anden (ny)."]
    assert taken["status"] == "draft" and taken["copied_from"]["revision"] == 2
    assert updates(world) == []

    origin_version(world, 2, title="Pas til voksne 3")
    assert [u["origin_revision"] for u in updates(world)] == [3]
    dismissed = ok(world.call("POST", "/library/updates/pas/dismiss", code=COPIER))
    assert dismissed["origin_revision"] == 3
    assert updates(world) == []
    origin_version(world, 3, title="Pas til voksne 4")
    assert [u["origin_revision"] for u in updates(world)] == [4]  # the next one is offered
    missing = world.call("POST", "/library/updates/findes-ikke/take", code=COPIER)
    assert missing.status_code == 404


def test_detach_for_good(copied: World) -> None:
    world = copied
    ok(world.call("POST", "/library/updates/pas/detach", code=COPIER))
    origin_version(world, 1, title="Ny")
    assert updates(world) == []
    again = world.call("POST", "/library/updates/pas/detach", code=COPIER)
    assert again.status_code == 404
    # still a copy: copying again is refused, pointing at it
    twice = world.call("POST", f"/library/{ORIGIN}/pas/copy", code=COPIER, json={"id": "pas2"})
    assert twice.status_code == 409 and twice.json()["error"] == "already_exists"
    assert twice.json()["detail"]["current"]["id"] == "pas"
    assert "»" in twice.json()["detail"]["message"]


def test_used_by_and_local_only(copied: World) -> None:
    world = copied
    listed = ok(world.call("GET", "/library", code=COPIER))
    assert [(g["guide"]["id"], g["used_by"]) for g in listed] == [("pas", 1)]
    # A marks it local-only: B no longer sees it, nor updates of it
    origin_version(world, 1, local_only=True)
    assert ok(world.call("GET", "/library", code=COPIER)) == []
    assert world.call("GET", f"/library/{ORIGIN}/pas", code=COPIER).status_code == 404
    assert updates(world) == []
    assert world.call("POST", f"/library/{ORIGIN}/pas/copy", code=COPIER).status_code == 404


def test_a_suggestion_travels_there_and_back(copied: World) -> None:
    world = copied
    body = {"guide_id": "pas", "text": "Fristen er nu 5 dage.", "include_version": True}
    sent = ok(world.call("POST", "/library/suggestions", code=COPIER, json=body), 201)
    assert sent["to_municipality"] == ORIGIN and sent["status"] == "new"
    inbox = ok(world.call("GET", "/feedback", code=ORIGIN))
    assert len(inbox) == 1
    item = inbox[0]
    assert item["kind"] == "suggestion" and item["guide_id"] == "pas"
    assert item["origin"] == {
        "municipality": COPIER,
        "municipality_name": "Kommune 202",
        "guide_id": "pas",
        "hotline": False,  # another municipality's suggestion, not a hotline's feedback
    }
    assert item["suggested_version"]["title"] == "Pas"
    assert item["guide_title"] == "Pas"
    answer = {"answer": "Tak, rettet.", "status": "resolved", "base_revision": 1}
    ok(world.call("PUT", f"/feedback/{item['id']}", code=ORIGIN, json=answer))
    back = ok(world.call("GET", "/library/suggestions", code=COPIER))
    assert [(s["status"], s["answer"]) for s in back] == [("resolved", "Tak, rettet.")]
    assert back[0]["answered_at"] is not None
    # the copier's own inbox and the origin's sent list stay empty
    assert ok(world.call("GET", "/feedback", code=COPIER)) == []
    assert ok(world.call("GET", "/library/suggestions", code=ORIGIN)) == []
    # a guide that is no copy, and CPR numbers, are refused
    ok(world.call("POST", "/guides", code=COPIER, json=guide_body("egen")), 201)
    refused = world.call(
        "POST", "/library/suggestions", code=COPIER, json={"guide_id": "egen", "text": "x"}
    )
    assert refused.status_code == 404
    cpr = {"guide_id": "pas", "text": "Borgeren 010203-1234 klagede"}
    assert world.call("POST", "/library/suggestions", code=COPIER, json=cpr).status_code == 422


@pytest.mark.parametrize("role", [Role.AGENT, Role.MANAGER])
def test_only_admins_follow(copied: World, role: Role) -> None:
    for method, path in (
        ("GET", "/library/updates"),
        ("GET", "/library/updates/pas"),
        ("POST", "/library/updates/pas/take"),
        ("POST", "/library/updates/pas/dismiss"),
        ("POST", "/library/updates/pas/detach"),
        ("GET", "/library/suggestions"),
    ):
        assert copied.call(method, path, code=COPIER, role=role).status_code == 403


def test_the_origin_can_never_be_written_through_the_library(copied: World) -> None:
    world = copied
    before = ok(world.call("GET", "/guides/pas", code=ORIGIN))
    origin_version(world, 1, title="A2")
    for path in ("take", "dismiss", "detach"):
        world.call("POST", f"/library/updates/pas/{path}", code=COPIER)
    after = ok(world.call("GET", "/guides/pas", code=ORIGIN))
    assert after["revision"] == before["revision"] + 1 and after["title"] == "A2"
    assert after["municipality"] == ORIGIN
    history = ok(world.call("GET", "/guides/pas/revisions", code=ORIGIN))
    assert {h["author"] for h in history} == {"admin"} and len(history) == 2
