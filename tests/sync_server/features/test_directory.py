"""Service areas, referral contacts, technical FAQ and synonym groups: CRUD with revisions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, select
from support.world import World

from sync_server.db.models import ContentRow
from sync_server.protocol import CPR_MESSAGE, Role


@dataclass(frozen=True)
class Kind:
    path: str
    entity: str
    key_field: str
    body: dict[str, Any]
    change: dict[str, Any]

    @property
    def key(self) -> str:
        return str(self.body[self.key_field])

    def url(self, key: str | None = None) -> str:
        return f"{self.path}/{quote(key or self.key, safe='')}"


KINDS = [
    Kind(
        "/areas",
        "area",
        "name",
        {"name": "Flytning og adresse", "description": "Flytning, adresse og folkeregister."},
        {"description": "Ny beskrivelse", "sort_order": 3},
    ),
    Kind(
        "/contacts",
        "contact",
        "id",
        {
            "id": "udbetaling-danmark",
            "name": "Udbetaling Danmark",
            "phone": "70 12 80 61",
            "email": "post@atp.dk",
            "url": "https://www.borger.dk/",
            "hours": "Man-fre 9-15",
            "address": "Kongens Vænge 8, 3400 Hillerød",
            "note": "Pension og boligstøtte.",
        },
        {"hours": "Man-tors 9-15"},
    ),
    Kind(
        "/faq",
        "faq",
        "id",
        {
            "id": "mitid-app-virker-ikke",
            "question": "MitID-appen virker ikke",
            "answer": ["Opdater appen.", "Genstart telefonen."],
            "category": "MitID",
            "synonyms": ["NemID"],
            "self_service_url": "https://www.mitid.dk/",
            "sources": ["mitid.dk"],
            "last_checked": "2026-02-01",
        },
        {"answer": ["Ring til MitID-support."]},
    ),
    Kind(
        "/synonyms",
        "synonym",
        "term",
        {"term": "MitID", "words": ["NemID", "nøglekort"]},
        {"words": ["NemID"]},
    ),
]
IDS = [k.entity for k in KINDS]


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_create_read_update_delete(world: World, kind: Kind, engine: Engine) -> None:
    created = world.call("PUT", kind.url(), json=kind.body)
    assert created.status_code == 200, created.text
    item = created.json()
    assert item["revision"] == 1
    for key, value in kind.body.items():
        assert item[key] == value

    for role in Role:
        assert world.call("GET", kind.url(), role=role).json() == item
        assert world.call("GET", kind.path, role=role).json() == [item]

    again = world.call("PUT", kind.url(), json=kind.body)
    assert again.status_code == 409
    assert again.json()["error"] == "already_exists"
    assert again.json()["detail"]["current"] == item

    changed = {**kind.body, **kind.change}
    updated = world.call("PUT", kind.url(), params={"base_revision": 1}, json=changed)
    assert updated.status_code == 200, updated.text
    assert updated.json()["revision"] == 2
    for key, value in kind.change.items():
        assert updated.json()[key] == value

    stale = world.call("PUT", kind.url(), params={"base_revision": 1}, json=kind.body)
    assert stale.status_code == 409
    assert stale.json()["error"] == "stale_revision"
    assert stale.json()["detail"]["current"] == updated.json()
    assert stale.json()["detail"]["current_revision"] == 2

    stale_delete = world.call("DELETE", kind.url(), params={"base_revision": 1})
    assert stale_delete.status_code == 409
    assert world.call("GET", kind.url()).json() == updated.json()

    deleted = world.call("DELETE", kind.url(), params={"base_revision": 2})
    assert deleted.status_code == 204
    assert world.call("GET", kind.url()).status_code == 404
    assert world.call("GET", kind.path).json() == []
    assert world.call("DELETE", kind.url(), params={"base_revision": 3}).status_code == 404
    # an edit based on a version from before the deletion does not bring it back
    revived = world.call("PUT", kind.url(), params={"base_revision": 2}, json=kind.body)
    assert revived.status_code == 409
    assert revived.json()["detail"]["current"] is None
    assert world.call("GET", kind.url()).status_code == 404

    with engine.connect() as conn:
        row = conn.execute(select(ContentRow).where(ContentRow.kind == kind.entity)).one()
    assert row.deleted_at is not None
    pulled = world.call("GET", "/sync/pull", role=Role.AGENT).json()
    assert pulled["tombstones"] == [{"kind": kind.entity, "id": kind.key, "municipality": "101"}]

    # created again after deletion: a fresh item continuing the revision count
    recreated = world.call("PUT", kind.url(), json=kind.body)
    assert recreated.status_code == 200
    assert recreated.json()["revision"] == 4


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_update_of_missing_item_is_404(world: World, kind: Kind) -> None:
    response = world.call("PUT", kind.url(), params={"base_revision": 1}, json=kind.body)
    assert response.status_code == 404
    assert world.call("GET", kind.path).json() == []


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_key_in_address_must_match_the_body(world: World, kind: Kind) -> None:
    response = world.call("PUT", kind.url("noget-andet"), json=kind.body)
    assert response.status_code == 422
    assert response.json()["error"] == "key_mismatch"
    assert world.call("GET", kind.path).json() == []


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
@pytest.mark.parametrize("role", [Role.AGENT, Role.MANAGER])
def test_only_admins_write(world: World, kind: Kind, role: Role) -> None:
    response = world.call("PUT", kind.url(), role=role, json=kind.body)
    assert response.status_code == 403
    assert response.json()["error"] == "forbidden_role"
    assert world.call("PUT", kind.url(), json=kind.body).status_code == 200
    response = world.call("DELETE", kind.url(), role=role, params={"base_revision": 1})
    assert response.status_code == 403
    assert world.call("GET", kind.url()).json()["revision"] == 1


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_items_are_per_municipality(world: World, kind: Kind) -> None:
    assert world.call("PUT", kind.url(), json=kind.body).status_code == 200
    assert world.call("GET", kind.path, code="202").json() == []
    assert world.call("GET", kind.url(), code="202").status_code == 404
    assert (
        world.call("DELETE", kind.url(), code="202", params={"base_revision": 1}).status_code == 404
    )
    # 202 may have its own item under the same key
    assert world.call("PUT", kind.url(), code="202", json=kind.body).status_code == 200
    assert (
        world.call("DELETE", kind.url(), code="202", params={"base_revision": 1}).status_code == 204
    )
    assert world.call("GET", kind.url()).json()["revision"] == 1


def test_lists_are_sorted_by_title(world: World) -> None:
    for name in ("Sundhed", "Flytning", "Æblehaver", "Borgerservice"):
        assert world.call("PUT", f"/areas/{name}", json={"name": name}).status_code == 200
    names = [a["name"] for a in world.call("GET", "/areas").json()]
    assert names[:3] == ["Borgerservice", "Flytning", "Sundhed"]
    assert set(names) == {"Sundhed", "Flytning", "Æblehaver", "Borgerservice"}


CPR = "Ring til 0101801234 i morgen"
CPR_CASES = [
    ("/areas", {"name": "Sundhed", "description": CPR}, "Sundhed"),
    ("/areas", {"name": CPR}, CPR),
    *[
        (
            "/contacts",
            {"id": "c", "name": "Kontakt", field: CPR},
            "c",
        )
        for field in ("phone", "email", "hours", "address", "note")
    ],
    ("/contacts", {"id": "c", "name": CPR}, "c"),
    ("/faq", {"id": "f", "question": CPR, "answer": ["Svar"]}, "f"),
    ("/faq", {"id": "f", "question": "Spørgsmål", "answer": ["Svar", CPR]}, "f"),
    ("/faq", {"id": "f", "question": "Spørgsmål", "answer": ["Svar"], "category": CPR}, "f"),
    ("/faq", {"id": "f", "question": "Spørgsmål", "answer": ["Svar"], "synonyms": [CPR]}, "f"),
    ("/faq", {"id": "f", "question": "Spørgsmål", "answer": ["Svar"], "sources": [CPR]}, "f"),
    ("/synonyms", {"term": "MitID", "words": ["NemID", CPR]}, "MitID"),
    ("/synonyms", {"term": CPR, "words": ["NemID"]}, CPR),
]


@pytest.mark.parametrize(("path", "body", "key"), CPR_CASES)
def test_cpr_is_refused_in_directory_text(
    world: World, path: str, body: dict[str, Any], key: str
) -> None:
    response = world.call("PUT", f"{path}/{quote(key, safe='')}", json=body)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert any(d["type"] == "cpr_number" and d["msg"] == CPR_MESSAGE for d in detail)
    assert world.call("GET", path).json() == []


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/areas/x", {"name": "x", "extra": 1}),
        ("/faq/f", {"id": "f", "question": "Q", "answer": []}),
        ("/synonyms/t", {"term": "t", "words": []}),
        ("/contacts/c", {"id": "c", "name": "C", "url": "javascript:alert(1)"}),
    ],
)
def test_invalid_items_are_422(world: World, path: str, body: dict[str, Any]) -> None:
    response = world.call("PUT", path, json=body)
    assert response.status_code == 422
    assert response.json()["error"] == "validation_error"


def test_long_synonym_term_is_refused_cleanly(world: World) -> None:
    term = "t" * 201
    response = world.call("PUT", f"/synonyms/{term}", json={"term": term, "words": ["a"]})
    assert response.status_code == 422, response.text
    assert world.call("PUT", f"/synonyms/{term[:200]}", json={"term": term[:200], "words": ["a"]})
    assert world.call("GET", f"/synonyms/{term[:200]}").json()["term"] == term[:200]


def test_an_area_states_its_authority_and_a_pull_returns_it(world: World) -> None:
    """Protocol 6: an admin sets the authority an area's contacts concern; staff pull it;
    a protocol-5 desktop never sees it; cleared, it is gone again."""
    body = {"name": "Byggeri", "authority": "skattestyrelsen"}
    put = world.call("PUT", "/areas/Byggeri", json=body)
    assert put.status_code == 200, put.text
    assert put.json()["authority"] == "skattestyrelsen"
    assert world.call("GET", "/areas/Byggeri").json()["authority"] == "skattestyrelsen"
    pulled = world.call("GET", "/sync/pull", role=Role.AGENT).json()["areas"]
    assert {a["name"]: a["authority"] for a in pulled} == {"Byggeri": "skattestyrelsen"}
    old = {**world.headers("101", Role.AGENT), "X-Vejviser-Protocol": "5"}
    areas = world.client.get("/api/v1/sync/pull", headers=old).json()["areas"]
    assert [a["name"] for a in areas] == ["Byggeri"] and "authority" not in areas[0]
    assert world.call("GET", "/sync/pull", code="202").json()["areas"] == []  # 101's own
    bad = world.call("PUT", "/areas/Byggeri", json={**body, "authority": "politiet"})
    assert bad.status_code == 422
    cleared = world.call(
        "PUT", "/areas/Byggeri", json={"name": "Byggeri"}, params={"base_revision": 1}
    )
    assert cleared.status_code == 200 and cleared.json()["authority"] is None
    pulled = world.call("GET", "/sync/pull", role=Role.AGENT).json()["areas"]
    assert pulled[0]["authority"] is None and pulled[0]["revision"] == 2


@pytest.mark.parametrize("version", [5, 3])
def test_an_older_admin_desktop_reads_and_edits_areas_without_losing_newer_fields(
    world: World, version: int
) -> None:
    """The admin routes answer an older desktop without the fields it does not know (it
    would refuse them), and its edit keeps what is stored in those fields."""
    body = {"name": "Byggeri", "kle": "02.00", "authority": "skattestyrelsen"}
    assert world.call("PUT", "/areas/Byggeri", json=body).status_code == 200
    old = {**world.headers("101", Role.ADMIN), "X-Vejviser-Protocol": str(version)}
    unknown = {"authority"} | ({"kle", "municipality"} if version < 4 else set())
    listed = world.client.get("/api/v1/areas", headers=old).json()
    one = world.client.get("/api/v1/areas/Byggeri", headers=old).json()
    assert listed == [one] and unknown.isdisjoint(one)
    edit = {k: v for k, v in one.items() if k != "revision"} | {"description": "Nyt hus"}
    saved = world.client.put(
        "/api/v1/areas/Byggeri", headers=old, json=edit, params={"base_revision": 1}
    )
    assert saved.status_code == 200, saved.text
    assert unknown.isdisjoint(saved.json())
    now = world.call("GET", "/areas/Byggeri").json()
    assert (now["description"], now["kle"], now["authority"]) == (
        "Nyt hus",
        "02.00",
        "skattestyrelsen",
    )
    history = world.client.get("/api/v1/areas/Byggeri/revisions", headers=old).json()
    assert [h["revision"] for h in history] == [1, 2]
    assert all(unknown.isdisjoint(h["item"]) for h in history)
