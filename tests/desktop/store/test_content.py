"""Applying pull batches: cursor and rows in one transaction, tombstones, reading back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from support.desktop_models import all_guides, batch, wire_guide
from support.guides_da import AREAS, FAQ, GUIDES, SYNONYMS

from desktop.store import Cache, open_cache
from desktop.store import content as cached
from desktop.store.content import AppliedChanges
from sync_server.protocol import (
    Contact,
    EntityKind,
    FaqEntry,
    GuideStatus,
    ServiceArea,
    SynonymGroup,
    Tombstone,
)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    cache = open_cache(tmp_path / "cache.sqlite3")
    yield cache
    cache.close()


def _full_batch(cursor: int = 30) -> object:
    return batch(
        cursor,
        guides=all_guides(),
        areas=[ServiceArea.model_validate(a) for a in AREAS],
        faq=[FaqEntry.model_validate(f) for f in FAQ],
        synonyms=[SynonymGroup(term=t, words=w) for t, w in SYNONYMS],
        contacts=[Contact(id="borgerservice", name="Borgerservice", phone="70 11 22 33")],
    )


def test_a_batch_is_stored_with_its_cursor(cache: Cache) -> None:
    assert cached.cursor(cache) == 0
    changes = cached.apply_batch(cache, _full_batch(30))  # type: ignore[arg-type]
    assert cached.cursor(cache) == 30
    assert cached.guide_count(cache) == len(GUIDES)
    assert {a.name for a in cached.areas(cache)} == {a["name"] for a in AREAS}
    assert [a.name for a in cached.areas(cache)] == [a["name"] for a in AREAS]  # sort order
    assert {f.id for f in cached.faq_entries(cache)} == {f["id"] for f in FAQ}
    assert {s.term for s in cached.synonyms(cache)} == {t for t, _ in SYNONYMS}
    assert [c.id for c in cached.contacts(cache)] == ["borgerservice"]
    guide = cached.get_guide(cache, "melde-flytning")
    assert guide is not None and guide.title == "Melde flytning"
    assert guide.steps[0].text == "Log ind med MitID på borger.dk."
    assert [g.id for g in cached.guides(cache, area="Sundhed")] == ["sundhedskort", "skifte-laege"]
    assert len(changes.guides) == len(GUIDES) and changes.synonyms_changed
    assert not changes.deleted


def test_a_newer_version_replaces_the_cached_one(cache: Cache) -> None:
    cached.apply_batch(cache, batch(1, guides=[wire_guide()]))
    newer = wire_guide(revision=2, title="Melde flytning (ny frist)")
    cached.apply_batch(cache, batch(2, guides=[newer]))
    stored = cached.get_guide(cache, "melde-flytning")
    assert stored is not None and stored.revision == 2
    assert stored.title == "Melde flytning (ny frist)"
    assert cached.guide_count(cache) == 1


def test_drafts_are_cached_but_not_listed(cache: Cache) -> None:
    draft = wire_guide(GUIDES[1], status=GuideStatus.DRAFT)
    cached.apply_batch(cache, batch(1, guides=[wire_guide(), draft]))
    assert cached.guide_count(cache) == 2
    assert [g.id for g in cached.guides(cache)] == ["melde-flytning"]
    assert {g.id for g in cached.guides(cache, published_only=False)} == {
        "melde-flytning",
        "skifte-laege",
    }
    assert [g.id for g in cached.iter_guides(cache)] == ["melde-flytning"]


@pytest.mark.parametrize(
    ("kind", "key", "count"),
    [
        (EntityKind.GUIDE, "melde-flytning", lambda c: cached.guide_count(c)),
        (EntityKind.FAQ, "browser-cookies", lambda c: len(cached.faq_entries(c))),
        (EntityKind.AREA, "Vielse", lambda c: len(cached.areas(c))),
        (EntityKind.SYNONYM, "MitID", lambda c: len(cached.synonyms(c))),
        (EntityKind.CONTACT, "borgerservice", lambda c: len(cached.contacts(c))),
    ],
)
def test_tombstones_delete(cache: Cache, kind: EntityKind, key: str, count: object) -> None:
    cached.apply_batch(cache, _full_batch(30))  # type: ignore[arg-type]
    before = count(cache)  # type: ignore[operator]
    changes = cached.apply_batch(cache, batch(31, tombstones=[Tombstone(kind=kind, id=key)]))
    assert count(cache) == before - 1  # type: ignore[operator]
    assert changes.deleted == [(kind, key)]
    assert changes.synonyms_changed is (kind is EntityKind.SYNONYM)
    assert cached.cursor(cache) == 31
    if kind is EntityKind.GUIDE:
        assert cached.get_guide(cache, key) is None


def test_a_tombstone_for_something_never_cached_is_harmless(cache: Cache) -> None:
    cached.apply_batch(cache, batch(5, tombstones=[Tombstone(kind=EntityKind.GUIDE, id="x")]))
    assert cached.cursor(cache) == 5


def test_a_crash_inside_the_batch_keeps_the_old_cursor_and_no_partial_rows(cache: Cache) -> None:
    cached.apply_batch(cache, batch(10, guides=[wire_guide()]))
    # The database fails half-way through the next batch (as a full disk would): the guides
    # are written first, then storing a synonym group fails.
    with cache.transaction() as conn:
        conn.execute(
            text(
                "CREATE TRIGGER fail_synonyms BEFORE INSERT ON synonyms "
                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
            )
        )
    second = batch(
        20,
        guides=[wire_guide(GUIDES[3]), wire_guide(GUIDES[4]), wire_guide(revision=2, title="Ny")],
        synonyms=[SynonymGroup(term="MitID", words=["NemID"])],
        tombstones=[Tombstone(kind=EntityKind.FAQ, id="none")],
    )
    with pytest.raises(IntegrityError, match="disk full"):
        cached.apply_batch(cache, second)
    assert cached.cursor(cache) == 10
    assert cached.guide_count(cache) == 1
    stored = cached.get_guide(cache, "melde-flytning")
    assert stored is not None and stored.revision == 1
    # Fetched again after the problem is gone, the batch applies completely.
    with cache.transaction() as conn:
        conn.execute(text("DROP TRIGGER fail_synonyms"))
    cached.apply_batch(cache, second)
    assert cached.cursor(cache) == 20
    assert cached.guide_count(cache) == 3


def test_changes_of_several_batches_follow_the_order_of_events() -> None:
    """A guide deleted in one batch and created again in a later batch (an admin undid a
    deletion while the client was syncing) is live; the reverse is deleted."""
    guide = wire_guide()
    other = wire_guide(GUIDES[1])
    total = AppliedChanges()
    total.extend(AppliedChanges(deleted=[(EntityKind.GUIDE, guide.id)]))
    total.extend(AppliedChanges(guides=[guide, other]))
    total.extend(AppliedChanges(deleted=[(EntityKind.GUIDE, other.id)]))
    assert [g.id for g in total.guides] == [guide.id]
    assert total.deleted == [(EntityKind.GUIDE, other.id)]


def test_empty_changes() -> None:
    assert AppliedChanges().empty
    assert not AppliedChanges(synonyms_changed=True).empty


def test_guide_areas_are_read_for_the_asked_guides_only(cache: Cache) -> None:
    cached.apply_batch(cache, _full_batch(30))  # type: ignore[arg-type]
    areas = cached.guide_areas(cache, ["sundhedskort", "melde-flytning", "gone", "sundhedskort"])
    assert areas == {"sundhedskort": "Sundhed", "melde-flytning": "Flytning"}
    assert cached.guide_areas(cache, []) == {}
    many = [f"x{n}" for n in range(1200)] + ["skifte-laege"]  # more than one chunk
    assert cached.guide_areas(cache, many) == {"skifte-laege": "Sundhed"}
