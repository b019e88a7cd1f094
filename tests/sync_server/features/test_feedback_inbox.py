"""The admin's feedback inbox, the agent's own feedback with answers, and the overview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from support.world import World, guide_body

from sync_server.protocol import Role


def send(world: World, item: dict[str, Any], role: Role = Role.AGENT, code: str = "101") -> None:
    response = world.call("POST", "/feedback", code=code, role=role, json=[item])
    assert response.status_code == 200, response.text


def test_inbox_statuses_answers_and_mine(
    world: World, make_feedback: Callable[..., dict[str, Any]]
) -> None:
    world.call("POST", "/guides", json=guide_body("melde-flytning", title="Melde flytning"))
    first, second = make_feedback(), make_feedback(kind="error", text="Linket virker ikke.")
    send(world, first)
    send(world, second)
    send(world, make_feedback(text="Fra lederen."), role=Role.MANAGER)
    inbox = world.call("GET", "/feedback?status=new").json()
    assert len(inbox) == 3 and {i["guide_title"] for i in inbox} == {"Melde flytning"}
    assert all(i["origin"] is None and i["answered_at"] is None for i in inbox)

    progress = {"status": "in_progress", "base_revision": 1}
    assert world.call("PUT", f"/feedback/{first['id']}", json=progress).status_code == 200
    answer = {"answer": "Rettet, tak.", "status": "resolved", "base_revision": 2}
    answered = world.call("PUT", f"/feedback/{first['id']}", json=answer).json()
    assert answered["status"] == "resolved" and answered["answered_at"] is not None
    legacy = {"answer": "Nej.", "status": "closed", "base_revision": 1}  # an old value
    assert world.call("PUT", f"/feedback/{second['id']}", json=legacy).json()["status"] == (
        "resolved"
    )
    reject = {"answer": "Det er korrekt.", "status": "rejected", "base_revision": 2}
    assert world.call("PUT", f"/feedback/{second['id']}", json=reject).status_code == 200

    mine = world.call("GET", "/feedback/mine", role=Role.AGENT).json()
    assert [(m["text"], m["status"], m["answer"]) for m in mine] == [
        (first["text"], "resolved", "Rettet, tak."),
        (second["text"], "rejected", "Det er korrekt."),
    ]
    assert [m["text"] for m in world.call("GET", "/feedback/mine", role=Role.MANAGER).json()] == [
        "Fra lederen."
    ]
    assert world.call("GET", "/feedback/mine", code="202", role=Role.AGENT).json() == []
    assert len(world.call("GET", "/feedback?status=rejected").json()) == 1
    assert world.call("GET", "/feedback?status=open").status_code == 422


def test_overview(world: World, make_feedback: Callable[..., dict[str, Any]]) -> None:
    old = (date.today() - timedelta(days=400)).isoformat()
    recent = (date.today() - timedelta(days=1)).isoformat()
    image = "ab" * 32
    steps = [{"title": "Log ind", "text": "Log ind.", "image": image, "image_date": old}]
    world.call("POST", "/guides", json=guide_body("gammel", title="Gammel", steps=steps))
    past = (date.today() - timedelta(days=1)).isoformat()
    world.call("POST", "/guides", json=guide_body("review", title="Review", review_by=past))
    world.call("POST", "/guides", json=guide_body("kladde", title="Kladde", status="draft"))
    fresh = [{"title": "Log ind", "text": "Log ind.", "image": image, "image_date": recent}]
    world.call("POST", "/guides", json=guide_body("link", title="Link", steps=fresh))
    moved = guide_body(
        "link",
        title="Link",
        steps=fresh,
        self_service_url="https://www.borger.dk/ny",
        base_revision=1,
    )
    assert world.call("PUT", "/guides/link", json=moved).status_code == 200
    send(world, make_feedback(guide_id="review"))
    send(world, make_feedback(guide_id="review"))

    body = world.call("GET", "/admin/overview").json()
    assert [d["guide_id"] for d in body["drafts"]] == ["kladde"]
    assert [d["guide_id"] for d in body["past_review"]] == ["review"]
    assert [d["guide_id"] for d in body["stale_screenshots"]] == ["gammel", "link"]
    assert [(f["guide_id"], f["count"]) for f in body["open_feedback"]] == [("review", 2)]
    assert body["open_feedback_count"] == 2
    # 400 days is not too old for a 500-day limit; a link changed after the screenshot is
    later = world.call("GET", "/admin/overview?screenshot_max_age_days=500").json()
    assert [(d["guide_id"], d["detail"][:6]) for d in later["stale_screenshots"]] == [
        ("link", "Linket")
    ]
    for role in (Role.AGENT, Role.MANAGER):
        assert world.call("GET", "/admin/overview", role=role).status_code == 403
