"""A municipality's own guides over HTTP: revisions, conflicts, tombstones, history, CPR guard."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, select
from support.world import World, guide_body

from sync_server.db.models import ContentRow
from sync_server.protocol import CPR_MESSAGE, Role

CPR = "010180-1234"


def create(world: World, **overrides: Any) -> dict[str, Any]:
    response = world.call("POST", "/guides", json=guide_body(**overrides))
    assert response.status_code == 201, response.text
    return dict(response.json())


def _as_sent(got: Any, sent: Any) -> Any:
    """``got`` with only the keys ``sent`` has (optional fields answered with defaults)."""
    if isinstance(sent, dict):
        return {key: _as_sent(got[key], value) for key, value in sent.items()}
    if isinstance(sent, list):
        return [_as_sent(g, s) for g, s in zip(got, sent, strict=True)]
    return got


def test_create_read_list(world: World) -> None:
    created = create(world)
    assert created["id"] == "melde-flytning"
    assert created["revision"] == 1
    assert created["municipality"] == "101"
    assert created["copied_from"] is None
    assert created["status"] == "published"
    for key, value in guide_body().items():
        if key in ("steps", "referral"):
            assert _as_sent(created[key], value) == value, key
        else:
            assert created[key] == value, key

    for role in Role:
        got = world.call("GET", "/guides/melde-flytning", role=role)
        assert got.status_code == 200
        assert got.json() == created
        listed = world.call("GET", "/guides", role=role)
        assert listed.json() == [created]


def test_create_without_id_generates_one(world: World) -> None:
    body = guide_body(title="Sundhedskort – bestil nyt")
    del body["id"]
    response = world.call("POST", "/guides", json=body)
    assert response.status_code == 201
    guide_id = response.json()["id"]
    assert guide_id.startswith("sundhedskort-bestil-nyt-")
    assert world.call("GET", f"/guides/{guide_id}").status_code == 200


def test_create_twice_is_409(world: World) -> None:
    first = create(world)
    again = world.call("POST", "/guides", json=guide_body(title="Andet"))
    assert again.status_code == 409
    body = again.json()
    assert body["error"] == "already_exists"
    assert body["detail"]["current"] == first
    assert world.call("GET", "/guides/melde-flytning").json() == first


def test_list_filters(world: World) -> None:
    create(world, guide_id="a", title="A", area="Flytning")
    create(world, guide_id="b", title="B", area="Sundhed", status="draft")
    listed = world.call("GET", "/guides").json()
    assert [g["id"] for g in listed] == ["a", "b"]
    assert [g["id"] for g in world.call("GET", "/guides?status=draft").json()] == ["b"]
    assert [g["id"] for g in world.call("GET", "/guides?status=published").json()] == ["a"]
    assert [g["id"] for g in world.call("GET", "/guides?area=Sundhed").json()] == ["b"]
    assert world.call("GET", "/guides?status=nonsense").status_code == 422


def test_update_with_base_revision(world: World) -> None:
    create(world)
    response = world.call(
        "PUT",
        "/guides/melde-flytning",
        json=guide_body(title="Melde flytning (ny)", base_revision=1),
    )
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["revision"] == 2
    assert updated["title"] == "Melde flytning (ny)"
    assert world.call("GET", "/guides/melde-flytning").json() == updated


def test_update_without_base_revision_is_refused(world: World) -> None:
    create(world)
    response = world.call("PUT", "/guides/melde-flytning", json=guide_body(title="X"))
    assert response.status_code == 422
    assert response.json()["error"] == "base_revision_missing"


def test_update_of_missing_guide_is_404(world: World) -> None:
    response = world.call(
        "PUT", "/guides/findes-ikke", json=guide_body("findes-ikke", base_revision=1)
    )
    assert response.status_code == 404


def test_stale_base_revision_is_409_with_the_current_guide(world: World) -> None:
    create(world)
    first = world.call(
        "PUT", "/guides/melde-flytning", json=guide_body(title="Første", base_revision=1)
    )
    assert first.status_code == 200
    current = first.json()
    stale = world.call(
        "PUT", "/guides/melde-flytning", json=guide_body(title="Anden", base_revision=1)
    )
    assert stale.status_code == 409
    body = stale.json()
    assert body["error"] == "stale_revision"
    assert body["detail"]["current_revision"] == 2
    assert body["detail"]["current"] == current
    assert "version 2" in body["detail"]["message"]
    # a revision from the future is just as stale
    future = world.call("PUT", "/guides/melde-flytning", json=guide_body(base_revision=7))
    assert future.status_code == 409
    assert world.call("GET", "/guides/melde-flytning").json() == current


def test_delete_leaves_a_tombstone(world: World, engine: Engine) -> None:
    create(world)
    stale = world.call("DELETE", "/guides/melde-flytning?base_revision=5")
    assert stale.status_code == 409
    assert world.call("DELETE", "/guides/melde-flytning?base_revision=1").status_code == 204
    assert world.call("GET", "/guides/melde-flytning").status_code == 404
    assert world.call("GET", "/guides").json() == []
    assert world.call("DELETE", "/guides/melde-flytning?base_revision=2").status_code == 404
    with engine.connect() as conn:
        row = conn.execute(select(ContentRow).where(ContentRow.key == "melde-flytning")).one()
    assert row.deleted_at is not None
    assert row.revision == 2
    pulled = world.call("GET", "/sync/pull", role=Role.AGENT).json()
    assert {"kind": "guide", "id": "melde-flytning", "municipality": "101"} in pulled["tombstones"]
    assert pulled["guides"] == []


def test_recreate_after_delete_continues_the_revisions(world: World) -> None:
    create(world)
    assert world.call("DELETE", "/guides/melde-flytning?base_revision=1").status_code == 204
    again = create(world, title="Genskabt")
    assert again["revision"] == 3
    history = world.call("GET", "/guides/melde-flytning/revisions").json()
    assert [h["revision"] for h in history] == [1, 3]


def test_revision_history_lists_every_version(world: World) -> None:
    create(world)
    titles = ["Melde flytning", "Version to", "Version tre", "Version fire"]
    for revision, title in enumerate(titles[1:], start=1):
        response = world.call(
            "PUT", "/guides/melde-flytning", json=guide_body(title=title, base_revision=revision)
        )
        assert response.status_code == 200
    for role in Role:
        history = world.call("GET", "/guides/melde-flytning/revisions", role=role)
        assert history.status_code == 200
        entries = history.json()
        assert [e["revision"] for e in entries] == [1, 2, 3, 4]
        assert [e["content"]["title"] for e in entries] == titles
        assert {e["author"] for e in entries} == {"admin"}
    assert world.call("GET", "/guides/findes-ikke/revisions").status_code == 404


def test_body_id_on_update_must_match_the_address(world: World) -> None:
    create(world)
    create(world, guide_id="andet")
    response = world.call(
        "PUT", "/guides/melde-flytning", json=guide_body("andet", base_revision=1, title="X")
    )
    assert response.status_code == 422
    assert response.json()["error"] == "key_mismatch"
    assert world.call("GET", "/guides/andet").json()["title"] == "Melde flytning"
    assert world.call("GET", "/guides/melde-flytning").json()["revision"] == 1


@pytest.mark.parametrize(
    "body",
    [
        guide_body(title=""),
        guide_body(area=" "),
        guide_body(self_service_url="ftp://x"),
        guide_body(steps=[{"title": "Uden tekst"}]),
        guide_body(status="archived"),
        guide_body(unknown_field=1),
        guide_body(guide_id="med mellemrum"),
        guide_body(guide_id="x" * 101),
    ],
    ids=[
        "empty-title",
        "blank-area",
        "bad-url",
        "step-no-text",
        "bad-status",
        "extra",
        "id",
        "len",
    ],
)
def test_invalid_guides_are_422(world: World, body: dict[str, Any]) -> None:
    response = world.call("POST", "/guides", json=body)
    assert response.status_code == 422
    assert response.json()["error"] == "validation_error"
    assert world.call("GET", "/guides").json() == []


def test_synonyms_are_deduplicated_case_insensitively(world: World) -> None:
    created = create(world, synonyms=["Flytte", "flytte", "FLYTTE", "adresse"])
    assert created["synonyms"] == ["Flytte", "adresse"]


# -- CPR guard in every free-text field -----------------------------------------------------

Setter = Callable[[dict[str, Any]], None]


def _set(path: str) -> Setter:
    """A setter that puts a CPR number into the guide body at ``path`` (a.b[0].c)."""

    def setter(body: dict[str, Any]) -> None:
        parts: list[str | int] = []
        for token in path.replace("]", "").split("."):
            name, *indices = token.split("[")
            parts.append(name)
            parts.extend(int(i) for i in indices)
        target: Any = body
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = f"Borgerens nummer er {CPR}, se sagen."

    return setter


GUIDE_TEXT_FIELDS = [
    "title",
    "area",
    "synonyms[0]",
    "guidance[0]",
    "steps[0].title",
    "steps[0].text",
    "steps[0].fields[0].label",
    "steps[0].fields[0].note",
    "referral[0].name",
    "referral[0].phone",
    "referral[0].email",
    "referral[0].hours",
    "referral[0].address",
    "referral[0].note",
    "sources[0]",
]


def _full_body(**overrides: Any) -> dict[str, Any]:
    body = guide_body(**overrides)
    body["referral"][0].update(
        phone="70 20 20 20",
        email="borgerservice@kommune.dk",
        hours="Man-fre 9-15",
        address="Torv 1",
    )
    body["sources"] = ["borger.dk"]
    return body


@pytest.mark.parametrize("field", GUIDE_TEXT_FIELDS)
def test_cpr_is_refused_in_every_guide_text_field(world: World, field: str) -> None:
    assert world.call("POST", "/guides", json=_full_body()).status_code == 201

    body = copy.deepcopy(_full_body(guide_id="ny"))
    _set(field)(body)
    response = world.call("POST", "/guides", json=body)
    assert response.status_code == 422, field
    error = response.json()
    assert error["error"] == "validation_error"
    assert any(d["type"] == "cpr_number" and d["msg"] == CPR_MESSAGE for d in error["detail"])
    assert world.call("GET", "/guides/ny").status_code == 404

    update = copy.deepcopy(_full_body(base_revision=1))
    _set(field)(update)
    response = world.call("PUT", "/guides/melde-flytning", json=update)
    assert response.status_code == 422, field
    assert world.call("GET", "/guides/melde-flytning").json()["revision"] == 1


@pytest.mark.parametrize(
    "text",
    ["0101801234", "010180 1234", "010180-1234", "Ring om 2902001234 i dag", "01.01.80-1234"],
)
def test_cpr_variants_in_guidance_are_refused(world: World, text: str) -> None:
    response = world.call("POST", "/guides", json=guide_body(guidance=[text]))
    assert response.status_code == 422


@pytest.mark.parametrize(
    "text", ["Ring 70 20 20 20", "Konto 1234-5678901234", "Frist 320180-1234 er ikke en dato"]
)
def test_harmless_numbers_are_accepted(world: World, text: str) -> None:
    response = world.call("POST", "/guides", json=guide_body(guidance=[text]))
    assert response.status_code == 201, response.text


def test_a_nul_character_is_refused_not_a_server_error(world: World) -> None:
    response = world.call("POST", "/guides", json=guide_body(title="Melde\x00flytning"))
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "invalid_character"
    # in an address or a query (PostgreSQL cannot compare with it): never a 5xx
    for path in ("/guides/a%00b", "/guides?area=a%00b", "/library?q=a%00b", "/faq/a%00b"):
        assert world.call("GET", path).status_code in (200, 404, 422), path


@pytest.mark.parametrize("revision", [2**31, 2**63])
def test_revisions_beyond_32_bits_are_refused(world: World, revision: int) -> None:
    create(world)
    body = guide_body(base_revision=revision)
    assert world.call("PUT", "/guides/melde-flytning", json=body).status_code == 422


def test_a_delete_must_name_the_version_it_deletes(world: World) -> None:
    """A deletion decided on an older version never removes a newer edit unseen."""
    created = world.call("POST", "/guides", json=guide_body("slet-mig"))
    assert created.status_code == 201
    edit = guide_body("slet-mig", title="Rettet", base_revision=1)
    assert world.call("PUT", "/guides/slet-mig", json=edit).status_code == 200
    blind = world.call("DELETE", "/guides/slet-mig")
    assert blind.status_code == 422
    assert blind.json()["error"] == "base_revision_missing"
    stale = world.call("DELETE", "/guides/slet-mig", params={"base_revision": 1})
    assert stale.status_code == 409
    assert world.call("GET", "/guides/slet-mig").json()["title"] == "Rettet"
    ok = world.call("DELETE", "/guides/slet-mig", params={"base_revision": 2})
    assert ok.status_code == 204
