"""Drafts, publishing, history and restore: staff never receive a draft through any route."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine
from support.world import World, guide_body

from sync_server.db.engine import make_session_factory, transaction
from sync_server.features.exchange.service import import_file
from sync_server.features.municipalities.service import find_municipality
from sync_server.protocol import FORMAT, Role

STAFF = [Role.AGENT, Role.MANAGER]


def put(world: World, guide_id: str, base: int, **overrides: Any) -> Any:
    response = world.call(
        "PUT", f"/guides/{guide_id}", json=guide_body(guide_id, base_revision=base, **overrides)
    )
    assert response.status_code == 200, response.text
    return response.json()


def pulled(world: World, role: Role, since: int = 0) -> dict[str, Any]:
    response = world.call("GET", f"/sync/pull?since={since}", role=role)
    assert response.status_code == 200, response.text
    return dict(response.json())


@pytest.mark.parametrize("role", STAFF)
def test_a_new_draft_reaches_no_staff_route(world: World, role: Role) -> None:
    body = guide_body("kladde", title="Hemmelig kladde", status="draft")
    assert world.call("POST", "/guides", json=body).status_code == 201
    assert world.call("GET", "/guides", role=role).json() == []
    assert world.call("GET", "/guides?status=draft", role=role).json() == []
    assert world.call("GET", "/guides/kladde", role=role).status_code == 404
    assert world.call("GET", "/guides/kladde/revisions", role=role).status_code == 404
    batch = pulled(world, role)
    assert batch["guides"] == [] and batch["tombstones"] == []
    assert "Hemmelig" not in str(batch)
    # the admin sees it everywhere
    assert [g["id"] for g in world.call("GET", "/guides").json()] == ["kladde"]
    assert [g["id"] for g in pulled(world, Role.ADMIN)["guides"]] == ["kladde"]


def test_a_draft_of_a_published_guide_waits_beside_it(world: World) -> None:
    created = world.call("POST", "/guides", json=guide_body("pas", title="Pas")).json()
    assert created["published_revision"] == 1 and created["pending_draft"] is None
    cursor = pulled(world, Role.AGENT)["cursor"]

    draft = put(world, "pas", 1, title="Pas (ny tekst)", status="draft", owner="Team Pas")
    assert draft["revision"] == 2
    assert draft["title"] == "Pas" and draft["status"] == "published"
    assert draft["published_revision"] == 1
    assert draft["pending_draft"]["content"]["title"] == "Pas (ny tekst)"
    assert draft["pending_draft"]["content"]["owner"] == "Team Pas"
    assert draft["pending_draft"]["revision"] == 2
    assert draft["pending_draft"]["author"] == "admin"

    for role in STAFF:
        seen = world.call("GET", "/guides/pas", role=role).json()
        assert seen["title"] == "Pas" and seen["revision"] == 1
        assert seen["pending_draft"] is None
        assert [g["title"] for g in world.call("GET", "/guides", role=role).json()] == ["Pas"]
        history = world.call("GET", "/guides/pas/revisions", role=role).json()
        assert [h["revision"] for h in history] == [1]
        batch = pulled(world, role, cursor)
        assert [g["title"] for g in batch["guides"]] == ["Pas"]
        assert "ny tekst" not in str(batch)
    history = world.call("GET", "/guides/pas/revisions").json()
    assert [(h["revision"], h["content"]["status"]) for h in history] == [
        (1, "published"),
        (2, "draft"),
    ]

    # another draft save, then publishing it
    again = put(world, "pas", 2, title="Pas (ny tekst 2)", status="draft")
    assert again["pending_draft"]["content"]["title"] == "Pas (ny tekst 2)"
    published = put(world, "pas", 3, title="Pas (ny tekst 2)")
    assert published["pending_draft"] is None
    assert published["published_revision"] == 4 and published["revision"] == 4
    agent = world.call("GET", "/guides/pas", role=Role.AGENT).json()
    assert agent["title"] == "Pas (ny tekst 2)" and agent["revision"] == 4


def test_a_stale_save_is_refused_with_the_current_version(world: World) -> None:
    world.call("POST", "/guides", json=guide_body("pas", title="Pas"))
    put(world, "pas", 1, title="Kladde A", status="draft")
    stale = world.call(
        "PUT", "/guides/pas", json=guide_body("pas", title="Kladde B", base_revision=1)
    )
    assert stale.status_code == 409
    body = stale.json()
    assert body["error"] == "stale_revision"
    assert body["detail"]["current_revision"] == 2
    assert body["detail"]["current"]["pending_draft"]["content"]["title"] == "Kladde A"
    assert world.call("GET", "/guides/pas").json()["pending_draft"]["content"]["title"] == (
        "Kladde A"
    )


def test_discarding_a_draft_keeps_the_published_version(world: World) -> None:
    world.call("POST", "/guides", json=guide_body("pas", title="Pas"))
    put(world, "pas", 1, title="Kladde", status="draft")
    stale = world.call("DELETE", "/guides/pas/draft", params={"base_revision": 1})
    assert stale.status_code == 409
    gone = world.call("DELETE", "/guides/pas/draft", params={"base_revision": 2})
    assert gone.status_code == 200, gone.text
    assert gone.json()["pending_draft"] is None and gone.json()["title"] == "Pas"
    assert gone.json()["revision"] == 3
    none = world.call("DELETE", "/guides/pas/draft", params={"base_revision": 3})
    assert none.status_code == 404 and none.json()["error"] == "no_draft"


def test_restore_makes_a_new_revision(world: World) -> None:
    world.call("POST", "/guides", json=guide_body("pas", title="Første"))
    put(world, "pas", 1, title="Anden")
    put(world, "pas", 2, title="Tredje")
    restored = world.call("POST", "/guides/pas/restore", json={"revision": 1, "base_revision": 3})
    assert restored.status_code == 200, restored.text
    assert restored.json()["title"] == "Første" and restored.json()["revision"] == 4
    history = world.call("GET", "/guides/pas/revisions").json()
    assert [h["content"]["title"] for h in history] == ["Første", "Anden", "Tredje", "Første"]
    assert history[-1]["restored_from"] == 1
    assert world.call("GET", "/guides/pas", role=Role.AGENT).json()["title"] == "Første"
    # as a draft beside the published version
    drafted = world.call("POST", "/guides/pas/restore", json={"revision": 2, "status": "draft"})
    assert drafted.json()["title"] == "Første"
    assert drafted.json()["pending_draft"]["content"]["title"] == "Anden"
    stale = world.call("POST", "/guides/pas/restore", json={"revision": 2, "base_revision": 3})
    assert stale.status_code == 409
    missing = world.call("POST", "/guides/pas/restore", json={"revision": 99})
    assert missing.status_code == 404
    for role in STAFF:
        refused = world.call("POST", "/guides/pas/restore", json={"revision": 1}, role=role)
        assert refused.status_code == 403


def test_new_fields_are_optional_and_kept(world: World) -> None:
    step = {
        "title": "Log ind",
        "text": "Log ind med MitID.",
        "image_date": "2026-01-05",
        "fields": [
            {
                "label": "CPR-felt",
                "note": "Skriv dit nummer.",
                "position": {"n": 1, "x": 0.1, "y": 0.2},
            },
            {
                "label": "Næste",
                "note": "Tryk her.",
                "position": {"n": 2, "x": 0.5, "y": 0.5, "w": 0.25, "h": 0.1},
            },
        ],
    }
    body = guide_body(
        "pas", steps=[step], owner="Borgerservice", review_by="2027-01-01", kle="05.04.02"
    )
    created = world.call("POST", "/guides", json=body)
    assert created.status_code == 201, created.text
    got = world.call("GET", "/guides/pas", role=Role.AGENT).json()
    assert got["steps"][0]["fields"][1]["position"] == {
        "n": 2,
        "x": 0.5,
        "y": 0.5,
        "w": 0.25,
        "h": 0.1,
    }
    assert got["steps"][0]["image_date"] == "2026-01-05"
    assert (got["owner"], got["review_by"], got["kle"], got["local_only"]) == (
        "Borgerservice",
        "2027-01-01",
        "05.04.02",
        False,
    )
    outside = {
        **step,
        "fields": [
            {"label": "x", "note": "y", "position": {"n": 1, "x": 0.9, "y": 0, "w": 0.5, "h": 0.1}}
        ],
    }
    refused = world.call("POST", "/guides", json=guide_body("b", steps=[outside]))
    assert refused.status_code == 422
    minimal = {"title": "Kort", "area": "Pas"}
    assert world.call("POST", "/guides", json=minimal).status_code == 201


def test_an_older_desktop_gets_a_pull_without_the_new_fields(world: World) -> None:
    world.call("POST", "/guides", json=guide_body("pas", owner="Team", kle="05"))
    headers = {**world.headers("101", Role.AGENT), "User-Agent": "Vejviser-desktop/0.1"}
    old = world.client.get("/api/v1/sync/pull", headers=headers).json()
    guide = old["guides"][0]
    assert "owner" not in guide and "pending_draft" not in guide and "kle" not in guide
    assert "position" not in guide["steps"][0]["fields"][0]
    assert guide["title"] == "Melde flytning" and guide["revision"] == 1
    new = world.client.get(
        "/api/v1/sync/pull", headers={**headers, "X-Vejviser-Protocol": "2"}
    ).json()
    assert new["guides"][0]["owner"] == "Team"


def test_staff_never_learn_a_drafts_id(world: World, engine: Engine) -> None:
    cursor = pulled(world, Role.AGENT)["cursor"]
    body = guide_body("fyring-af-anna", title="Hemmelig", status="draft")
    assert world.call("POST", "/guides", json=body).status_code == 201
    batch = pulled(world, Role.AGENT, cursor)
    assert batch["guides"] == [] and batch["tombstones"] == []
    assert "fyring" not in str(batch)
    # a published guide turned into a draft by an import is taken away from staff
    world.call("POST", "/guides", json=guide_body("pas", title="Pas"))
    cursor = pulled(world, Role.AGENT, cursor)["cursor"]
    with transaction(make_session_factory(engine)) as session:
        municipality = find_municipality(session, "101")
        assert municipality is not None
        raw = {"format": FORMAT, "guides": [guide_body("pas", title="Pas", status="draft")]}
        import_file(session, municipality, raw)
    batch = pulled(world, Role.AGENT, cursor)
    assert batch["guides"] == []
    assert batch["tombstones"] == [{"kind": "guide", "id": "pas", "municipality": "101"}]
