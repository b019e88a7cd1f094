"""The library list indexed on the desktop: searched with the support part's Danish search
(synonyms, unfinished words, compound words) and filtered by area and municipality."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.services.admin import AdminService
from desktop.services.library import LibraryFilter, LibraryService, entry_key
from desktop.store import open_cache
from desktop.store.blobs import BlobStore
from sync_server.protocol import Guide, LibraryGuide


def _entry(
    code: str, name: str, guide_id: str, title: str, area: str, **more: object
) -> LibraryGuide:
    guide = Guide.model_validate(
        {
            "id": guide_id,
            "municipality": code,
            "revision": 1,
            "updated_at": datetime(2026, 11, 1, tzinfo=UTC),
            "title": title,
            "area": area,
            "status": "published",
            **more,
        }
    )
    return LibraryGuide(guide=guide, municipality_name=name, used_by=2)


ENTRIES = [
    _entry(
        "202",
        "Kommune To",
        "boligstoette",
        "Boligstøtte – ansøgning",
        "Bolig",
        synonyms=["boligsikring"],
    ),
    _entry("303", "Kommune Tre", "boligstoette", "Søg boligstøtte", "Bolig"),
    _entry(
        "303",
        "Kommune Tre",
        "nyt-pas",
        "Bestil nyt pas",
        "Pas og kørekort",
        guidance=["Borgeren bestiller tid i borgerservice."],
    ),
]


@pytest.fixture
def service(tmp_path: Path) -> Iterator[LibraryService]:
    cache = open_cache(tmp_path / "cache.sqlite3")
    service = LibraryService(AdminService(cache, BlobStore(cache, tmp_path / "blobs")))
    service.load(ENTRIES)
    yield service
    cache.close()


def test_the_same_id_in_two_municipalities_is_two_entries(service: LibraryService) -> None:
    assert sorted(service.entries) == ["202/boligstoette", "303/boligstoette", "303/nyt-pas"]
    assert service.municipalities() == [("202", "Kommune To"), ("303", "Kommune Tre")]
    assert service.areas() == ["Bolig", "Pas og kørekort"]


def test_search_uses_the_danish_engine_and_the_filters(service: LibraryService) -> None:
    # a synonym, an unfinished word: the guide with that synonym first (then the weaker
    # match on the compound's first part, as the support part ranks them)
    assert next(entry_key(e) for e in service.search(LibraryFilter("boligsikr"))) == (
        "202/boligstoette"
    )
    found = [entry_key(e) for e in service.search(LibraryFilter("boligstøtte"))]
    assert sorted(found) == ["202/boligstoette", "303/boligstoette"]
    assert [entry_key(e) for e in service.search(LibraryFilter("pas"))] == ["303/nyt-pas"]
    only = LibraryFilter("boligstøtte", municipality="303")
    assert [entry_key(e) for e in service.search(only)] == ["303/boligstoette"]
    by_area = LibraryFilter(area="Pas og kørekort")
    assert [entry_key(e) for e in service.search(by_area)] == ["303/nyt-pas"]
    # without a query: by title
    assert [e.guide.title for e in service.search(LibraryFilter())] == [
        "Bestil nyt pas",
        "Boligstøtte – ansøgning",
        "Søg boligstøtte",
    ]
