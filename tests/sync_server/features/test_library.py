"""The shared library: other municipalities' published guides are readable, never writable."""

from __future__ import annotations

from typing import Any

import pytest
from support.world import World, guide_body

from sync_server.protocol import Role


def publish(world: World, code: str, guide_id: str, **overrides: Any) -> dict[str, Any]:
    response = world.call("POST", "/guides", code=code, json=guide_body(guide_id, **overrides))
    assert response.status_code == 201, response.text
    return dict(response.json())


@pytest.fixture
def library(world: World) -> World:
    publish(world, "202", "bopael", title="Bopælsattest", area="Flytning")
    publish(
        world, "202", "cafe", title="Café-tilladelse", area="Erhverv", synonyms=["udeservering"]
    )
    publish(world, "202", "kladde", title="Bopæl – kladde", area="Flytning", status="draft")
    publish(world, "101", "egen", title="Bopæl i egen kommune", area="Flytning")
    return world


def ids(response: Any) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.text
    return [(item["guide"]["municipality"], item["guide"]["id"]) for item in response.json()]


@pytest.mark.parametrize("role", list(Role))
def test_published_guides_of_others_are_listed_drafts_and_own_are_not(
    library: World, role: Role
) -> None:
    found = ids(library.call("GET", "/library", role=role))
    assert sorted(found) == [("202", "bopael"), ("202", "cafe")]
    first = library.call("GET", "/library", role=role).json()[0]
    assert first["municipality_name"] == "Kommune 202"
    # 202 sees 101's published guide, not its own
    assert ids(library.call("GET", "/library", code="202", role=role)) == [("101", "egen")]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bopæl", ["bopael"]),
        ("BOPAEL", ["bopael"]),
        ("bopaelsattest", ["bopael"]),
        ("cafe", ["cafe"]),
        ("CAFÉ", ["cafe"]),
        ("udeservering", ["cafe"]),
        ("tilladelse café", ["cafe"]),
        ("erhverv", ["cafe"]),
        ("kladde", []),
        ("100%", []),
        ("_", []),
    ],
)
def test_search_folds_case_and_diacritics(library: World, query: str, expected: list[str]) -> None:
    response = library.call("GET", "/library", params={"q": query})
    assert [guide_id for _, guide_id in ids(response)] == expected


def test_filters_by_municipality_and_area(library: World) -> None:
    publish(library, "202", "sundhedskort", title="Sundhedskort", area="Sundhed")
    assert [g for _, g in ids(library.call("GET", "/library?area=Sundhed"))] == ["sundhedskort"]
    assert [g for _, g in ids(library.call("GET", "/library?area=Flytning"))] == ["bopael"]
    assert len(ids(library.call("GET", "/library?municipality=202"))) == 3
    assert ids(library.call("GET", "/library?municipality=101")) == []
    assert ids(library.call("GET", "/library?municipality=303")) == []
    assert library.call("GET", "/library?municipality=abc").status_code == 422
    both = library.call("GET", "/library", params={"q": "bopæl", "area": "Erhverv"})
    assert ids(both) == []


def test_paging(library: World) -> None:
    page1 = ids(library.call("GET", "/library?limit=1"))
    page2 = ids(library.call("GET", "/library?limit=1&offset=1"))
    page3 = ids(library.call("GET", "/library?limit=1&offset=2"))
    assert page1 == [("202", "bopael")]
    assert page2 == [("202", "cafe")]
    assert page3 == []
    assert library.call("GET", "/library?limit=0").status_code == 422


def test_read_a_published_guide(library: World) -> None:
    own = library.call("GET", "/guides/bopael", code="202").json()
    response = library.call("GET", "/library/202/bopael", role=Role.AGENT)
    assert response.status_code == 200
    assert response.json() == {"guide": own, "municipality_name": "Kommune 202", "used_by": 0}


@pytest.mark.parametrize(
    "path", ["/library/202/kladde", "/library/202/findes-ikke", "/library/101/egen", "/library/x/y"]
)
def test_drafts_own_and_missing_are_not_readable(library: World, path: str) -> None:
    response = library.call("GET", path)
    assert response.status_code == 404


def test_local_only_or_deleted_guides_disappear(library: World) -> None:
    draft = library.call(
        "PUT",
        "/guides/bopael",
        code="202",
        json=guide_body("bopael", title="Kladde", status="draft", base_revision=1),
    )
    assert draft.status_code == 200
    # a draft of a published guide waits beside it: the library keeps the published one
    listed = library.call("GET", "/library/202/bopael").json()["guide"]
    assert listed["title"] == "Bopælsattest" and listed["pending_draft"] is None
    response = library.call(
        "PUT",
        "/guides/bopael",
        code="202",
        json=guide_body("bopael", local_only=True, base_revision=2),
    )
    assert response.status_code == 200
    current = library.call("GET", "/guides/cafe", code="202").json()["revision"]
    deleted = library.call("DELETE", "/guides/cafe", code="202", params={"base_revision": current})
    assert deleted.status_code == 204
    assert ids(library.call("GET", "/library")) == []
    assert library.call("GET", "/library/202/bopael").status_code == 404
    assert library.call("GET", "/library/202/cafe").status_code == 404


def test_copy_keeps_provenance_and_creates_a_draft(library: World) -> None:
    library.call(
        "PUT",
        "/guides/bopael",
        code="202",
        json=guide_body("bopael", title="Bopælsattest", area="Flytning", base_revision=1),
    )
    original = library.call("GET", "/guides/bopael", code="202").json()
    assert original["revision"] == 2

    response = library.call("POST", "/library/202/bopael/copy")
    assert response.status_code == 201, response.text
    copy = response.json()
    assert copy["copied_from"] == {"municipality": "202", "guide_id": "bopael", "revision": 2}
    assert copy["municipality"] == "101"
    assert copy["id"] == "bopael"
    assert copy["status"] == "draft"
    assert copy["revision"] == 1
    assert copy["title"] == original["title"]
    assert copy["steps"] == original["steps"]
    assert copy["referral"] == original["referral"]

    own = library.call("GET", "/guides?status=draft").json()
    assert [g["id"] for g in own] == ["bopael"]
    assert library.call("GET", "/guides?status=draft", role=Role.AGENT).json() == []
    assert library.call("GET", "/guides/bopael").json() == copy
    # the original is untouched
    assert library.call("GET", "/guides/bopael", code="202").json() == original

    # editing the copy keeps its provenance
    edited = library.call(
        "PUT", "/guides/bopael", json=guide_body("bopael", title="Vores udgave", base_revision=1)
    )
    assert edited.status_code == 200
    assert edited.json()["copied_from"] == copy["copied_from"]
    assert library.call("GET", "/guides/bopael", code="202").json() == original


def test_copy_under_another_id_and_twice(library: World) -> None:
    first = library.call("POST", "/library/202/cafe/copy", json={"id": "vores-cafe"})
    assert first.status_code == 201
    assert first.json()["id"] == "vores-cafe"
    assert first.json()["copied_from"]["guide_id"] == "cafe"
    again = library.call("POST", "/library/202/cafe/copy", json={"id": "vores-cafe"})
    assert again.status_code == 409
    assert again.json()["error"] == "already_exists"
    assert again.json()["detail"]["current"] == first.json()
    bad = library.call("POST", "/library/202/cafe/copy", json={"id": "med mellemrum"})
    assert bad.status_code == 422


@pytest.mark.parametrize("path", ["/library/202/kladde/copy", "/library/101/egen/copy"])
def test_drafts_and_own_guides_cannot_be_copied(library: World, path: str) -> None:
    assert library.call("POST", path).status_code == 404
    assert [g["id"] for g in library.call("GET", "/guides").json()] == ["egen"]


@pytest.mark.parametrize("role", [Role.AGENT, Role.MANAGER])
def test_only_admins_copy(library: World, role: Role) -> None:
    response = library.call("POST", "/library/202/cafe/copy", role=role)
    assert response.status_code == 403
    assert response.json()["error"] == "forbidden_role"


def test_the_original_is_never_writable_by_another_municipality(library: World) -> None:
    original = library.call("GET", "/guides/egen").json()
    put = library.call(
        "PUT", "/guides/egen", code="202", json=guide_body("egen", title="Kapret", base_revision=1)
    )
    assert put.status_code == 404
    assert library.call("DELETE", "/guides/egen?base_revision=1", code="202").status_code == 404
    assert library.call("GET", "/guides/egen/revisions", code="202").status_code == 404
    assert library.call("GET", "/guides/egen", code="202").status_code == 404

    # after copying, 202 writes its own copy, never the original
    assert library.call("POST", "/library/101/egen/copy", code="202").status_code == 201
    put = library.call(
        "PUT", "/guides/egen", code="202", json=guide_body("egen", title="Kopi", base_revision=1)
    )
    assert put.status_code == 200
    assert put.json()["municipality"] == "202"
    assert library.call("DELETE", "/guides/egen?base_revision=2", code="202").status_code == 204

    assert library.call("GET", "/guides/egen").json() == original
    history = library.call("GET", "/guides/egen/revisions").json()
    assert [h["revision"] for h in history] == [1]
    assert ids(library.call("GET", "/library", code="202")) == [("101", "egen")]
