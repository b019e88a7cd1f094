"""Service areas: create, order, hide and rename (the guides move with the name)."""

from __future__ import annotations

from support.world import World, guide_body

from sync_server.protocol import Role


def test_rename_moves_the_guides(world: World) -> None:
    world.call("POST", "/guides", json=guide_body("pas", title="Pas", area="Pas og kørekort"))
    draft = guide_body("flyt", title="Flyt", area="Pas og kørekort", status="draft")
    world.call("POST", "/guides", json=draft)
    world.call("POST", "/guides", json=guide_body("kort", title="Kort", area="Andet"))
    pending = guide_body(
        "kort", title="Kort 2", area="Pas og kørekort", status="draft", base_revision=1
    )
    assert world.call("PUT", "/guides/kort", json=pending).status_code == 200
    area = world.call("GET", "/areas/Pas og kørekort").json()
    hidden = {**area, "sort_order": 3, "hidden": True}
    put = world.call(
        "PUT", "/areas/Pas og kørekort", json=hidden, params={"base_revision": area["revision"]}
    )
    assert put.status_code == 200 and put.json()["hidden"] is True

    stale = world.call(
        "POST", "/areas/Pas og kørekort/rename", json={"name": "Pas", "base_revision": 1}
    )
    assert stale.status_code == 409
    renamed = world.call(
        "POST",
        "/areas/Pas og kørekort/rename",
        json={"name": "Pas", "base_revision": put.json()["revision"]},
    )
    assert renamed.status_code == 200, renamed.text
    assert renamed.json() == {**hidden, "name": "Pas", "revision": 1}
    names = [a["name"] for a in world.call("GET", "/areas").json()]
    assert "Pas" in names and "Pas og kørekort" not in names
    assert world.call("GET", "/guides/pas", role=Role.AGENT).json()["area"] == "Pas"
    assert world.call("GET", "/guides/flyt").json()["area"] == "Pas"
    kort = world.call("GET", "/guides/kort").json()
    assert kort["area"] == "Andet" and kort["pending_draft"]["content"]["area"] == "Pas"
    taken = world.call("POST", "/areas/Andet/rename", json={"name": "Pas", "base_revision": 1})
    assert taken.status_code == 409 and taken.json()["error"] == "already_exists"
    assert world.call("GET", "/guides/kort").json()["area"] == "Andet"  # nothing half-done


def test_directory_items_keep_their_history(world: World) -> None:
    contact = {"id": "skat", "name": "Skattestyrelsen"}
    assert world.call("PUT", "/contacts/skat", json=contact).status_code == 200
    changed = {**contact, "hours": "Hverdage 9-15"}
    assert (
        world.call("PUT", "/contacts/skat", json=changed, params={"base_revision": 1}).status_code
        == 200
    )
    stale = world.call("PUT", "/contacts/skat", json=contact, params={"base_revision": 1})
    assert stale.status_code == 409
    history = world.call("GET", "/contacts/skat/revisions", role=Role.AGENT).json()
    assert [(h["revision"], h["item"].get("hours"), h["author"]) for h in history] == [
        (1, None, "admin"),
        (2, "Hverdage 9-15", "admin"),
    ]
    assert world.call("GET", "/contacts/skat/revisions", code="202").status_code == 404
