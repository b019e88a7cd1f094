"""Sync pull: cursor batches, exactly-once delivery, tombstones, per-municipality sequences."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from support.world import World, guide_body

from sync_server.features.municipalities.service import reset_sync
from sync_server.protocol import Role

KEYS = {"guides": "id", "areas": "name", "faq": "id", "contacts": "id", "synonyms": "term"}
KIND = {
    "guides": "guide",
    "areas": "area",
    "faq": "faq",
    "contacts": "contact",
    "synonyms": "synonym",
}


def pull(
    world: World,
    since: int = 0,
    limit: int | None = None,
    code: str = "101",
    history: str | None = None,
) -> dict:
    params: dict[str, int | str] = {"since": since}
    if limit is not None:
        params["limit"] = limit
    if history is not None:
        params["history"] = history
    response = world.call("GET", "/sync/pull", code=code, role=Role.AGENT, params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def changes(batch: dict[str, Any]) -> list[tuple[str, str, int | None]]:
    """(kind, key, revision) of every change in a batch; tombstones have no revision."""
    out: list[tuple[str, str, int | None]] = []
    for section, key in KEYS.items():
        out += [(KIND[section], item[key], item["revision"]) for item in batch[section]]
    out += [(t["kind"], t["id"], None) for t in batch["tombstones"]]
    return out


def pull_all(
    world: World, since: int = 0, limit: int | None = None, code: str = "101"
) -> tuple[list[dict[str, Any]], int]:
    batches = []
    while True:
        batch = pull(world, since, limit, code)
        batches.append(batch)
        assert batch["cursor"] >= since
        since = batch["cursor"]
        if not batch["has_more"]:
            return batches, since


class Replica:
    """What a client holds after applying batches (the state the server should match)."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], dict[str, Any]] = {}
        self.seen: list[tuple[str, str, int | None]] = []

    def apply(self, batch: dict[str, Any]) -> None:
        for section, key in KEYS.items():
            for item in batch[section]:
                self.items[(KIND[section], item[key])] = item
        for tomb in batch["tombstones"]:
            self.items.pop((tomb["kind"], tomb["id"]), None)
        self.seen += changes(batch)


def server_state(world: World, code: str = "101") -> dict[tuple[str, str], dict[str, Any]]:
    state = {}
    paths = {"guides": "/guides", "areas": "/areas", "faq": "/faq"}
    paths |= {"contacts": "/contacts", "synonyms": "/synonyms"}
    for section, path in paths.items():
        for item in world.call("GET", path, code=code).json():
            state[(KIND[section], item[KEYS[section]])] = item
    return state


def fill(world: World, code: str = "101", guides: int = 7) -> None:
    for i in range(guides):
        body = guide_body(f"g{i}", title=f"Vejledning {i}", area=f"Område {i % 3}")
        assert world.call("POST", "/guides", code=code, json=body).status_code == 201
    assert world.call(
        "PUT", "/faq/f1", code=code, json={"id": "f1", "question": "Q", "answer": ["A"]}
    ).is_success
    assert world.call(
        "PUT", "/contacts/c1", code=code, json={"id": "c1", "name": "Skat"}
    ).is_success
    assert world.call(
        "PUT", "/synonyms/MitID", code=code, json={"term": "MitID", "words": ["NemID"]}
    ).is_success


def test_empty_municipality(world: World) -> None:
    batch = pull(world)
    assert len(batch.pop("history")) == 32
    assert batch == {
        "cursor": 0,
        "has_more": False,
        "reset": False,
        "areas": [],
        "guides": [],
        "faq": [],
        "contacts": [],
        "synonyms": [],
        "tombstones": [],
        "blobs": [],
        "learned_terms": [],  # the last batch carries the learned search terms (none yet)
        "public_base_url": "",
    }


@pytest.mark.parametrize("limit", [1, 3, 4, 500])
def test_batches_deliver_every_change_exactly_once(world: World, limit: int) -> None:
    fill(world)
    batches, cursor = pull_all(world, limit=limit)
    replica = Replica()
    for batch in batches:
        assert len(changes(batch)) <= limit
        replica.apply(batch)
    assert all(b["has_more"] for b in batches[:-1])
    assert len(replica.seen) == len(set(replica.seen))
    assert replica.items == server_state(world)
    # 7 guides, 3 areas created for them, 1 faq, 1 contact, 1 synonym group
    assert len(replica.seen) == 13
    # nothing new: an empty batch that keeps the cursor
    again = pull(world, cursor, limit)
    assert changes(again) == [] and again["cursor"] == cursor and not again["has_more"]


def test_resume_from_the_cursor_with_writes_in_between(world: World) -> None:
    fill(world)
    replica = Replica()
    first = pull(world, 0, 5)
    replica.apply(first)
    cursor = first["cursor"]
    # writes while the client is half way: an update of something already pulled,
    # a new guide and a deletion
    g0 = world.call("GET", "/guides/g0").json()
    updated = world.call(
        "PUT", "/guides/g0", json=guide_body("g0", title="Ny", base_revision=g0["revision"])
    )
    assert updated.status_code == 200
    assert world.call("POST", "/guides", json=guide_body("ny")).status_code == 201
    assert world.call("DELETE", "/contacts/c1", params={"base_revision": 1}).status_code == 204
    assert pull(world, 0, 5) != first  # the update moved g0 out of the first batch
    # the client goes on from its stored cursor
    batches, _ = pull_all(world, cursor, 5)
    for batch in batches:
        replica.apply(batch)
    assert len(replica.seen) == len(set(replica.seen))
    assert replica.items == server_state(world)
    assert ("guide", "g0", 2) in replica.seen
    assert ("contact", "c1", None) in replica.seen


def test_repeating_a_pull_gives_the_same_batch(world: World) -> None:
    fill(world)
    assert pull(world, 0, 4) == pull(world, 0, 4)
    middle = pull(world, 0, 4)["cursor"]
    assert pull(world, middle, 4) == pull(world, middle, 4)


def test_an_update_moves_the_item_to_the_end(world: World) -> None:
    fill(world)
    g0 = world.call("GET", "/guides/g0").json()
    world.call(
        "PUT", "/guides/g0", json=guide_body("g0", title="Flyttet", base_revision=g0["revision"])
    )
    batch = pull(world)
    guide_ids = [g["id"] for g in batch["guides"]]
    assert guide_ids[-1] == "g0"
    assert guide_ids.count("g0") == 1
    assert batch["guides"][-1]["title"] == "Flyttet"
    # and only the update comes after the previous cursor
    last = pull_all(world, limit=100)[1]
    g0 = world.call("GET", "/guides/g0").json()
    world.call(
        "PUT", "/guides/g0", json=guide_body("g0", title="Igen", base_revision=g0["revision"])
    )
    after = pull(world, last)
    assert changes(after) == [("guide", "g0", 3)]


@pytest.mark.parametrize(
    ("path", "kind", "key"),
    [
        ("/guides/g1", "guide", "g1"),
        ("/areas/Område 1", "area", "Område 1"),
        ("/faq/f1", "faq", "f1"),
        ("/contacts/c1", "contact", "c1"),
        ("/synonyms/MitID", "synonym", "MitID"),
    ],
)
def test_deletions_arrive_as_tombstones(world: World, path: str, kind: str, key: str) -> None:
    fill(world)
    _, cursor = pull_all(world)
    current = world.call("GET", path).json()["revision"]
    assert world.call("DELETE", path, params={"base_revision": current}).status_code == 204
    batch = pull(world, cursor)
    assert batch["tombstones"] == [{"kind": kind, "id": key, "municipality": "101"}]
    assert changes(batch) == [(kind, key, None)]
    # a client starting from scratch gets the tombstone too (and never the deleted item)
    full = pull_all(world)[0]
    assert all((kind, key) not in {(c[0], c[1]) for c in changes(b) if c[2]} for b in full)
    assert any({"kind": kind, "id": key, "municipality": "101"} in b["tombstones"] for b in full)


def test_other_municipalities_content_never_appears(world: World) -> None:
    fill(world, "202", guides=4)
    assert changes(pull(world)) == []
    fill(world, "101", guides=2)
    deleted = world.call("DELETE", "/guides/g0", code="202", params={"base_revision": 1})
    assert deleted.status_code == 204
    batches, _ = pull_all(world, limit=2)
    seen = [c for b in batches for c in changes(b)]
    assert {c[1] for c in seen if c[0] == "guide"} == {"g0", "g1"}
    for batch in batches:
        assert all(g["municipality"] == "101" for g in batch["guides"])
        assert batch["tombstones"] == []
    # per-municipality sequences: 202's changes do not consume 101's cursor numbers
    assert pull(world)["cursor"] == len(seen)


def test_referenced_screenshots_are_listed(world: World) -> None:
    digest = hashlib.sha256(b"billede").hexdigest()
    steps = [
        {"title": "Et", "text": "Se billedet.", "image": digest},
        {"title": "To", "text": "Et filnavn.", "image": "trin2.png"},
    ]
    world.call("POST", "/guides", json=guide_body("med-billede", steps=steps))
    assert pull(world)["blobs"] == [digest]


def test_limit_bounds_and_default(world: World, settings: Any) -> None:
    assert world.call("GET", "/sync/pull?limit=0").status_code == 422
    assert world.call("GET", "/sync/pull?limit=5001").status_code == 422
    assert world.call("GET", "/sync/pull?since=-1").status_code == 422
    fill(world, guides=2)
    assert settings.sync_batch_size == 500
    assert not pull(world)["has_more"]


def test_pull_needs_a_token(world: World) -> None:
    assert world.client.get("/api/v1/sync/pull").status_code == 401


def test_history_is_stable_and_per_municipality(world: World) -> None:
    fill(world)
    first = pull(world, limit=3)
    assert first["history"] and first["reset"] is False
    later = pull(world, first["cursor"], history=first["history"])
    assert later["history"] == first["history"] and later["reset"] is False
    assert pull(world, code="202")["history"] != first["history"]


def test_a_cursor_ahead_of_the_server_starts_a_full_pull(world: World) -> None:
    """E.g. the database was restored from an older backup: the desktop's cursor was never
    issued by this server. It gets everything again, flagged ``reset``."""
    fill(world)
    batches, cursor = pull_all(world)
    history = batches[0]["history"]
    ahead = pull(world, cursor + 50, limit=4, history=history)
    assert ahead["reset"] is True and ahead["has_more"] is True
    first = pull(world, 0, limit=4)
    assert changes(ahead) == changes(first) and ahead["cursor"] == first["cursor"]
    # The desktop continues from there as usual: no more resets.
    rest, end = pull_all(world, ahead["cursor"])
    assert not any(b["reset"] for b in rest) and end == cursor
    replica = Replica()
    for batch in [ahead, *rest]:
        replica.apply(batch)
    assert replica.items == server_state(world)


def test_another_history_starts_a_full_pull(world: World, engine: Engine) -> None:
    """After ``vejviser-server reset-sync`` (or a new server at the same address) the
    cursor counts in another history, even when it is not ahead."""
    fill(world)
    batches, cursor = pull_all(world)
    old, other = batches[0]["history"], pull(world, code="202")["history"]
    with Session(engine) as session, session.begin():
        assert reset_sync(session, "101") == ["101"]
    batch = pull(world, 2, history=old)
    assert batch["reset"] is True and batch["history"] != old
    assert len(changes(batch)) == 13 and batch["cursor"] == cursor
    assert pull(world, cursor, history=batch["history"])["reset"] is False
    # Without a history (a desktop from before histories) only a cursor ahead resets.
    assert pull(world, 2)["reset"] is False
    # A first pull is never a reset; 202 kept its history.
    assert pull(world, 0, history="x" * 32)["reset"] is False
    assert pull(world, code="202")["history"] == other  # only 101 was reset


def test_every_item_carries_its_municipality_and_protocol_4_lacks_it(world: World) -> None:
    """Protocol 5 stamps each item (and tombstone) with its municipality; a protocol-4
    desktop, which refuses unknown fields, gets the same pull without them."""
    fill(world, guides=2)
    world.call("DELETE", "/guides/g0", params={"base_revision": 1})
    batch = pull(world)
    for section in ("areas", "faq", "contacts", "synonyms", "guides", "tombstones"):
        assert batch[section] and all(i["municipality"] == "101" for i in batch[section])
    old = {**world.headers("101", Role.AGENT), "X-Vejviser-Protocol": "4"}
    legacy = world.client.get("/api/v1/sync/pull", headers=old).json()
    for section in ("areas", "faq", "contacts", "synonyms", "tombstones"):
        assert legacy[section] and all("municipality" not in i for i in legacy[section])
    # guides named their municipality since protocol 1
    assert all(g["municipality"] == "101" for g in legacy["guides"])
    me = world.client.get("/api/v1/auth/me", headers=old).json()
    assert "tenant_kind" not in me and me["municipality"]["code"] == "101"
    assert world.call("GET", "/auth/me").json()["tenant_kind"] == "municipality"
