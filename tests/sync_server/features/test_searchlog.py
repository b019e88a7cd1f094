"""The anonymous search log and learned search terms, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import Engine, func, select
from support.world import World, guide_body

from sync_server.db.models import SearchLogRow
from sync_server.protocol import MAX_LEARNED_PER_GUIDE, Role, utcnow

STAFF = (Role.AGENT, Role.MANAGER, Role.ADMIN)  # three accounts, three pseudonyms


def event(words: list[str], guide_id: str | None = None, **kw: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "day": kw.pop("day", utcnow().date().isoformat()),
        "words": words,
        "found": kw.pop("found", guide_id is not None),
        "guide_id": guide_id,
        **kw,
    }


def push(
    world: World, items: list[dict[str, Any]], role: Role = Role.AGENT, code: str = "101"
) -> httpx.Response:
    return world.call("POST", "/search/log", code=code, role=role, json={"items": items})


def learned(world: World, code: str = "101", role: Role = Role.AGENT) -> list[dict[str, Any]]:
    response = world.call("GET", "/sync/pull?limit=5000", code=code, role=role)
    assert response.status_code == 200, response.text
    terms: list[dict[str, Any]] = response.json()["learned_terms"]
    return terms


def rows(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(SearchLogRow)) or 0)


def test_three_staff_members_teach_a_guide_a_term_two_do_not(world: World) -> None:
    assert world.call("POST", "/guides", json=guide_body()).status_code == 201
    for role in STAFF[:2]:
        assert push(world, [event(["ny", "bopæl"], "melde-flytning")], role).status_code == 200
    # the same person again and again does not count twice
    for _ in range(3):
        assert push(world, [event(["ny", "bopæl"], "melde-flytning")]).status_code == 200
    assert learned(world) == []
    assert push(world, [event(["Ny", "bopæl"], "melde-flytning")], Role.ADMIN).status_code == 200
    assert learned(world) == [{"guide_id": "melde-flytning", "term": "ny bopæl"}]
    assert learned(world, "202") == []  # another municipality learns nothing from 101


def test_pairs_older_than_ninety_days_do_not_count(world: World) -> None:
    old = (utcnow().date() - timedelta(days=91)).isoformat()
    push(world, [event(["ny", "bopæl"], "melde-flytning", day=old)], Role.ADMIN)
    for role in STAFF[:2]:
        push(world, [event(["ny", "bopæl"], "melde-flytning")], role)
    assert learned(world) == []


def test_a_guide_holds_at_most_ten_learned_terms(world: World) -> None:
    words = [f"ord{chr(97 + n)}" for n in range(MAX_LEARNED_PER_GUIDE + 3)]
    for role in STAFF:
        push(world, [event([w], "melde-flytning") for w in words], role)
    terms = learned(world)
    assert len(terms) == MAX_LEARNED_PER_GUIDE


def test_rejected_terms_never_come_back_adopted_ones_become_synonyms(world: World) -> None:
    assert world.call("POST", "/guides", json=guide_body()).status_code == 201
    for role in STAFF:
        push(
            world,
            [event(["ny", "bopæl"], "melde-flytning"), event(["skift"], "melde-flytning")],
            role,
        )
    assert len(learned(world)) == 2
    decision = {"guide_id": "melde-flytning", "term": "ny bopæl"}
    denied = world.call("POST", "/search/learned/reject", role=Role.AGENT, json=decision)
    assert denied.status_code == 403
    assert world.call("POST", "/search/learned/reject", json=decision).status_code == 204
    for role in STAFF:  # taught again: stays rejected
        push(world, [event(["ny", "bopæl"], "melde-flytning")], role)
    assert learned(world) == [{"guide_id": "melde-flytning", "term": "skift"}]
    adopt = {"guide_id": "melde-flytning", "term": "skift"}
    assert world.call("POST", "/search/learned/adopt", json=adopt).status_code == 204
    assert learned(world) == []
    guide = world.call("GET", "/guides/melde-flytning").json()
    assert guide["synonyms"] == ["flytte", "adresseændring", "skift"]
    review = world.call("GET", "/search/review").json()
    assert review["learned"] == []


def test_review_lists_searches_without_an_answer(world: World) -> None:
    for role in STAFF:
        push(world, [event(["hundeskat"]), event(["pas"], found=True)], role)
    push(world, [event(["hundeskat"])])
    review = world.call("GET", "/search/review?days=30").json()
    assert review["unanswered"][0] == {"term": "hundeskat", "found": False, "count": 4, "staff": 3}
    assert review["unanswered"][1]["term"] == "pas" and review["unanswered"][1]["found"] is True
    assert world.call("GET", "/search/review", role=Role.MANAGER).status_code == 403


def test_words_with_digits_cpr_or_contact_details_are_refused(world: World, engine: Engine) -> None:
    for words in (["010190-1234"], ["ring", "12345678"], ["a@b.dk"], ["flytning2026"], ["x" * 41]):
        response = push(world, [event(words)])
        assert response.status_code == 422, (words, response.text)
    assert rows(engine) == 0


def test_a_batch_sent_twice_is_stored_once(world: World, engine: Engine) -> None:
    batch = [event(["hundeskat"]), event(["pas"], found=True)]
    first, second = push(world, batch), push(world, batch)
    assert first.json() == second.json() == {"accepted": [e["id"] for e in batch]}
    assert rows(engine) == 2
    with engine.connect() as conn:
        staff = set(conn.scalars(select(SearchLogRow.staff)))
    assert len(staff) == 1 and all(len(s) <= 40 for s in staff)  # the pseudonym, no name


def test_older_desktops_do_not_receive_learned_terms(world: World) -> None:
    headers = {**world.headers("101", Role.AGENT), "X-Vejviser-Protocol": "2"}
    body = world.client.get("/api/v1/sync/pull", headers=headers).json()
    assert "learned_terms" not in body
    assert learned(world) == []


def test_the_report_counts_the_searches_that_found_nothing(world: World) -> None:
    push(world, [event(["hundeskat"], day="2026-04-02"), event(["kat"], day="2026-04-30")])
    push(world, [event(["pas"], found=True, day="2026-04-03"), event(["x"], day="2026-05-01")])
    push(world, [event(["hundeskat"], day="2026-04-02")], code="202")
    params = {"from": "2026-04-01", "to": "2026-04-30"}
    body = world.call("GET", "/reports/figures", role=Role.MANAGER, params=params).json()
    assert body["search_misses"] == 2


def test_an_admin_adds_a_search_without_an_answer_to_a_guide(world: World) -> None:
    assert world.call("POST", "/guides", json=guide_body()).status_code == 201
    push(world, [event(["ny", "adresse"]), event(["hundeskat"]), event(["pas"], found=True)])
    adoption = {"query": "ny adresse", "guide_id": "melde-flytning"}
    denied = world.call("POST", "/search/misses/adopt", role=Role.AGENT, json=adoption)
    assert denied.status_code == 403
    assert world.call("POST", "/search/misses/adopt", json=adoption).status_code == 204
    guide = world.call("GET", "/guides/melde-flytning").json()
    assert guide["synonyms"] == ["flytte", "adresseændring", "ny adresse"]
    assert guide["revision"] == 2
    terms = [u["term"] for u in world.call("GET", "/search/review").json()["unanswered"]]
    assert terms == ["hundeskat", "pas"]
    # added twice: the guide keeps one synonym, no new revision
    assert world.call("POST", "/search/misses/adopt", json=adoption).status_code == 204
    assert world.call("GET", "/guides/melde-flytning").json()["revision"] == 2
    # the other municipality still sees its own misses of the same words
    push(world, [event(["ny", "adresse"])], code="202")
    other = world.call("GET", "/search/review", code="202").json()["unanswered"]
    assert [u["term"] for u in other] == ["ny adresse"]


def test_adding_a_miss_is_refused_with_a_draft_pending_cpr_or_an_unknown_guide(
    world: World,
) -> None:
    assert world.call("POST", "/guides", json=guide_body()).status_code == 201
    body = guide_body(base_revision=1, title="Kladde", status="draft")
    assert world.call("PUT", "/guides/melde-flytning", json=body).status_code == 200
    adoption = {"query": "ny adresse", "guide_id": "melde-flytning"}
    refused = world.call("POST", "/search/misses/adopt", json=adoption)
    assert refused.status_code == 409 and refused.json()["error"] == "guide_has_draft"
    cpr = {"query": "flytning 010190-1234", "guide_id": "melde-flytning"}
    assert world.call("POST", "/search/misses/adopt", json=cpr).status_code == 422
    unknown = {"query": "ny adresse", "guide_id": "findes-ikke"}
    assert world.call("POST", "/search/misses/adopt", json=unknown).status_code == 404
    assert world.call("GET", "/guides/melde-flytning").json()["synonyms"] == [
        "flytte",
        "adresseændring",
    ]
