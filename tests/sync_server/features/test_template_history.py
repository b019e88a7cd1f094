"""Message templates keep their history (who and when); a stale save gets 409."""

from __future__ import annotations

from support.world import World

from sync_server.protocol import Role


def test_every_saved_version_is_kept(world: World) -> None:
    assert world.call("GET", "/messaging/templates/revisions").json() == []
    current = world.call("GET", "/messaging/templates").json()
    first = world.call(
        "PUT", "/messaging/templates", json={**current, "signature": "Venlig hilsen A"}
    ).json()
    second = world.call(
        "PUT", "/messaging/templates", json={**first, "signature": "Venlig hilsen B"}
    ).json()
    assert second["revision"] == 2
    stale = world.call("PUT", "/messaging/templates", json={**first, "signature": "C"})
    assert stale.status_code == 409 and stale.json()["detail"]["current_revision"] == 2
    history = world.call("GET", "/messaging/templates/revisions").json()
    assert [(h["revision"], h["templates"]["signature"], h["author"]) for h in history] == [
        (1, "Venlig hilsen A", "admin"),
        (2, "Venlig hilsen B", "admin"),
    ]
    assert world.call("GET", "/messaging/templates/revisions", code="202").json() == []
    for role in (Role.AGENT, Role.MANAGER):
        assert world.call("GET", "/messaging/templates/revisions", role=role).status_code == 403
