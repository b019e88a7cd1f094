"""The search index over the cache: persisted, reloaded or rebuilt; usage raises guides."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from support.desktop_models import all_guides, batch, wire_guide
from support.guides_da import FAQ, GUIDES, SYNONYMS, guide, many_guides

from desktop.services.lookup import LookupService
from desktop.store import Cache, open_cache
from desktop.store import content as cached
from sync_server.protocol import (
    EntityKind,
    FaqEntry,
    Guide,
    GuideStatus,
    SynonymGroup,
    Tombstone,
)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    cache = open_cache(tmp_path / "cache.sqlite3")
    cached.apply_batch(
        cache,
        batch(
            40,
            guides=all_guides(),
            faq=[FaqEntry.model_validate(f) for f in FAQ],
            synonyms=[SynonymGroup(term=t, words=w) for t, w in SYNONYMS],
        ),
    )
    yield cache
    cache.close()


def _ids(lookup: LookupService, query: str) -> list[str]:
    return [hit.id for hit in lookup.search(query, 10)]


def _sneak_in(cache: Cache) -> None:
    """A guide in the cache the index cannot know of (the cursor does not move)."""
    body = wire_guide(
        guide(
            "hundeskat",
            "Betale hundeafgift",
            "Økonomi",
            ["hundeskat"],
            ["Hundeafgift findes ikke længere i Danmark."],
            [("Læs", "Der er intet at betale.")],
        )
    )
    with cache.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO guides (id, revision, title, area, status, data, updated_at) "
                "VALUES (:id, 1, :t, :a, 'published', :d, :u)"
            ),
            {
                "id": body.id,
                "t": body.title,
                "a": body.area,
                "d": body.model_dump_json(),
                "u": body.updated_at.isoformat(),
            },
        )


def test_first_load_builds_and_saves_the_index(cache: Cache, tmp_path: Path) -> None:
    path = tmp_path / "cache.index"
    lookup = LookupService(cache, path)
    lookup.load()
    assert path.exists()
    assert _ids(lookup, "flytte")[0] == "melde-flytning"
    assert _ids(lookup, "cookies") == ["browser-cookies"]  # FAQ entries too
    assert _ids(lookup, "nøglekort")[0] == "mitid"  # and the synonym list


def test_the_saved_index_is_loaded_when_the_cursor_matches(cache: Cache, tmp_path: Path) -> None:
    path = tmp_path / "cache.index"
    LookupService(cache, path).load()
    _sneak_in(cache)
    stamp = path.stat().st_mtime_ns
    lookup = LookupService(cache, path)
    lookup.load()
    assert path.stat().st_mtime_ns == stamp  # read, not written again
    assert "hundeskat" not in _ids(lookup, "hundeafgift")  # the saved index was used
    assert _ids(lookup, "flytte")[0] == "melde-flytning"


def test_the_index_catches_up_when_the_cursor_differs(cache: Cache, tmp_path: Path) -> None:
    path = tmp_path / "cache.index"
    LookupService(cache, path).load()
    _sneak_in(cache)
    cached.apply_batch(cache, batch(41))  # e.g. a sync whose index was never saved
    lookup = LookupService(cache, path)
    lookup.load()
    assert _ids(lookup, "hundeafgift")[:1] == ["hundeskat"]
    reloaded = LookupService(cache, path)  # saved for the new cursor
    reloaded.load()
    assert _ids(reloaded, "hundeafgift")[:1] == ["hundeskat"]


def _no_rebuild(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_self: LookupService) -> None:
        raise AssertionError("the whole index was rebuilt")

    monkeypatch.setattr(LookupService, "_build", refuse)


def test_an_index_behind_the_cache_is_brought_up_to_date_without_a_rebuild(
    cache: Cache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync applied batches to the cache, then the app died before the index followed."""
    path = tmp_path / "cache.index"
    LookupService(cache, path).load()
    by_id = {g["id"]: g for g in GUIDES}
    renamed = wire_guide(by_id["koerekort"], revision=2, title="Forny førerbevis")
    drafted = wire_guide(by_id["sundhedskort"], revision=2, status=GuideStatus.DRAFT)
    new = wire_guide(
        guide(
            "navneaendring",
            "Ændre navn",
            "Familie",
            ["navneskift"],
            ["Navneændring søges hos Familieretshuset."],
            [("Ansøg", "Udfyld ansøgningen.")],
        )
    )
    answer = ["Ryd browserens cookies og cache, og genstart browseren."]
    faq = FaqEntry.model_validate({**FAQ[1], "answer": answer, "revision": 2})
    cached.apply_batch(
        cache,
        batch(
            41,
            guides=[renamed, drafted, new],
            faq=[faq],
            synonyms=[SynonymGroup(term="pas", words=["rejsedokument"])],
            tombstones=[
                Tombstone(kind=EntityKind.GUIDE, id="vielse"),
                Tombstone(kind=EntityKind.FAQ, id="mitid-app-virker-ikke"),
            ],
        ),
    )
    _no_rebuild(monkeypatch)
    lookup = LookupService(cache, path)
    lookup.load()
    assert _ids(lookup, "førerbevis")[:1] == ["koerekort"]
    assert "sundhedskort" not in _ids(lookup, "sundhedskort")
    assert _ids(lookup, "navneskift")[:1] == ["navneaendring"]
    assert "vielse" not in _ids(lookup, "borgerlig vielse")
    assert _ids(lookup, "genstart browseren")[:1] == ["browser-cookies"]
    assert "mitid-app-virker-ikke" not in _ids(lookup, "mitid appen virker ikke")
    assert _ids(lookup, "rejsedokument")[:1] == ["pas"]  # the new synonym group
    assert lookup.saved_cursor() == 41
    again = LookupService(cache, path)  # saved up to date: loaded as it is
    again.load()
    assert _ids(again, "navneskift")[:1] == ["navneaendring"]


def test_an_index_file_of_the_old_format_is_rebuilt(cache: Cache, tmp_path: Path) -> None:
    path = tmp_path / "cache.index"
    LookupService(cache, path).load()
    data = path.read_bytes()
    path.write_bytes(b"VVIDX001" + data[8:16] + data[24:])  # the first format's header
    lookup = LookupService(cache, path)
    lookup.load()
    assert _ids(lookup, "flytte")[0] == "melde-flytning"
    assert lookup.saved_cursor() == 40


def test_a_damaged_manifest_means_a_rebuild(cache: Cache, tmp_path: Path) -> None:
    path = tmp_path / "cache.index"
    LookupService(cache, path).load()
    data = path.read_bytes()
    assert data.count(b'{"guide":') == 1
    path.write_bytes(data.rsplit(b'{"guide":', 1)[0] + b"{not json")
    _sneak_in(cache)
    cached.apply_batch(cache, batch(41))
    lookup = LookupService(cache, path)
    lookup.load()
    assert _ids(lookup, "hundeafgift")[:1] == ["hundeskat"]
    assert lookup.saved_cursor() == 41


@pytest.mark.parametrize("damage", [b"", b"VVIDX002", b"rubbish" * 100, "truncate"])
def test_a_damaged_index_file_is_rebuilt(cache: Cache, tmp_path: Path, damage: bytes | str) -> None:
    path = tmp_path / "cache.index"
    LookupService(cache, path).load()
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    else:
        assert isinstance(damage, bytes)
        path.write_bytes(damage)
    lookup = LookupService(cache, path)
    lookup.load()
    assert _ids(lookup, "flytte")[0] == "melde-flytning"


def test_apply_follows_a_sync(cache: Cache, tmp_path: Path) -> None:
    lookup = LookupService(cache, tmp_path / "cache.index")
    lookup.load()
    new = wire_guide(
        guide(
            "navneaendring",
            "Ændre navn",
            "Familie",
            ["navneskift"],
            ["Navneændring søges hos Familieretshuset."],
            [("Ansøg", "Udfyld ansøgningen.")],
        )
    )
    draft = wire_guide(GUIDES[3], revision=2, status=GuideStatus.DRAFT)  # "pas" withdrawn
    changes = cached.apply_batch(
        cache,
        batch(
            41,
            guides=[new, draft],
            tombstones=[
                Tombstone(kind=EntityKind.FAQ, id="browser-cookies"),
                Tombstone(kind=EntityKind.SYNONYM, id="MitID"),
            ],
        ),
    )
    lookup.apply(changes)
    assert _ids(lookup, "navneskift")[:1] == ["navneaendring"]
    assert "pas" not in _ids(lookup, "pas")
    assert _ids(lookup, "cookies") == []
    assert "mitid" not in _ids(lookup, "nøglekort")
    # The saved index now belongs to the new cursor.
    again = LookupService(cache, tmp_path / "cache.index")
    again.load()
    assert _ids(again, "navneskift")[:1] == ["navneaendring"]


def test_record_use_raises_a_guide_among_near_equal_hits(cache: Cache, tmp_path: Path) -> None:
    twins = [
        guide(
            f"tilskud-{thing}",
            f"Søge tilskud til {thing}",
            "Sundhed",
            [],
            [f"Tilskud til {thing} søges hos kommunen."],
            [("Ansøg", "Udfyld ansøgningen om tilskud.")],
        )
        for thing in ("briller", "tandpleje")
    ]
    cached.apply_batch(cache, batch(41, guides=[wire_guide(t) for t in twins]))
    lookup = LookupService(cache, tmp_path / "cache.index")
    lookup.load()
    hits = lookup.search("tilskud", 2)
    assert {h.id for h in hits} == {"tilskud-briller", "tilskud-tandpleje"}
    assert abs(hits[0].score - hits[1].score) <= 0.1 * hits[0].score  # near-equal
    second = hits[1].id
    for _ in range(3):
        lookup.record_use(second)
    assert _ids(lookup, "tilskud")[0] == second
    # Usage is local data in the cache: a restart keeps the order.
    again = LookupService(cache, tmp_path / "cache.index")
    again.load()
    assert _ids(again, "tilskud")[0] == second
    assert [g.id for g in again.recent()] == [second]


def test_browsing_recent_and_favourites(cache: Cache, tmp_path: Path) -> None:
    lookup = LookupService(cache, tmp_path / "cache.index")
    lookup.load()
    assert lookup.guide_count() == len(GUIDES)
    assert [g.id for g in lookup.guides_in_area("Pas og kørekort")] == ["pas", "koerekort"]
    lookup.set_favourite("vielse", True)
    assert lookup.is_favourite("vielse")
    assert [g.id for g in lookup.favourites()] == ["vielse"]
    lookup.record_use("pas")
    assert [g.title for g in lookup.recent()] == ["Ansøge om pas"]
    faq = lookup.faq("browser-cookies")
    assert faq is not None and faq.category == "Browser"
    assert lookup.guide("findes-ikke") is None


def test_searching_during_a_big_sync_is_not_blocked_for_its_length(tmp_path: Path) -> None:
    """The sync worker applies many changes while the agent keeps typing."""
    cache = open_cache(tmp_path / "big.sqlite3")
    try:
        guides = [Guide.model_validate(body) for body in many_guides(2000)]
        cached.apply_batch(cache, batch(1, guides=guides))
        lookup = LookupService(cache, tmp_path / "big.index")
        lookup.load()
        edited = [
            g.model_copy(update={"revision": g.revision + 1, "title": g.title + " ændret"})
            for g in guides[:1000]
        ]
        changes = cached.apply_batch(cache, batch(2, guides=edited))
        done = threading.Event()
        took: list[float] = []

        def sync() -> None:
            started = time.perf_counter()
            lookup.apply(changes)
            took.append(time.perf_counter() - started)
            done.set()

        worker = threading.Thread(target=sync)
        worker.start()
        waits = []
        while not done.is_set():
            started = time.perf_counter()
            lookup.search("flytning", 10)
            waits.append(time.perf_counter() - started)
        worker.join()
        assert len(waits) > 10
        assert max(waits) < took[0] / 2, (max(waits), took[0])
        assert lookup.search("ændret", 1)
    finally:
        cache.close()
