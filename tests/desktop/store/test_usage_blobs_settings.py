"""Local use (recent, counts, favourites), per-profile settings and the screenshot store."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.desktop_models import all_guides, batch
from support.live_server import PNG_1X1

from desktop.store import Cache, open_cache, settings, usage
from desktop.store import content as cached
from desktop.store.blobs import BlobStore
from desktop.store.scope import claim_home
from sync_server.protocol import EntityKind, Tombstone


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    cache = open_cache(tmp_path / "cache.sqlite3")
    cached.apply_batch(cache, batch(1, guides=all_guides()))
    yield cache
    cache.close()


def test_use_counts_and_recent(cache: Cache) -> None:
    for guide_id in ["pas", "melde-flytning", "pas", "mitid"]:
        usage.record_use(cache, guide_id)
        time.sleep(0.002)  # distinct timestamps
    assert usage.counts(cache) == {"pas": 2, "melde-flytning": 1, "mitid": 1}
    assert usage.recent(cache) == [("mitid", "101"), ("pas", "101"), ("melde-flytning", "101")]
    assert usage.recent(cache, limit=1) == [("mitid", "101")]


def test_recent_skips_guides_no_longer_cached(cache: Cache) -> None:
    usage.record_use(cache, "pas")
    usage.record_use(cache, "vielse")
    cached.apply_batch(cache, batch(2, tombstones=[Tombstone(kind=EntityKind.GUIDE, id="pas")]))
    assert usage.recent(cache) == [("vielse", "101")]


def test_favourites(cache: Cache) -> None:
    assert usage.favourites(cache) == []
    usage.set_favourite(cache, "vielse", True)
    usage.set_favourite(cache, "pas", True)
    usage.set_favourite(cache, "pas", True)  # twice is once
    # by title: "Ansøge om pas", "Blive gift"
    assert usage.favourites(cache) == [("pas", "101"), ("vielse", "101")]
    assert usage.is_favourite(cache, "pas")
    usage.set_favourite(cache, "pas", False)
    assert not usage.is_favourite(cache, "pas")
    assert usage.favourites(cache) == [("vielse", "101")]


def _hotline_cache(cache: Cache) -> None:
    """The cache of hotline 990 holding 101's guides and 102's (the same ids)."""
    claim_home(cache, "990")
    cached.apply_batch(cache, batch(1, guides=all_guides()), "101")
    guides = [g.model_copy(update={"municipality": "102"}) for g in all_guides()]
    cached.apply_batch(cache, batch(1, guides=guides), "102")


def test_favourites_and_use_are_kept_per_municipality(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "hotline.sqlite3")
    try:
        _hotline_cache(cache)
        usage.set_favourite(cache, "melde-flytning", True, "101")
        assert usage.is_favourite(cache, "melde-flytning", "101")
        assert not usage.is_favourite(cache, "melde-flytning", "102")
        assert not usage.is_favourite(cache, "melde-flytning")  # the hotline's own: none
        assert usage.favourites(cache, ["102", "990"]) == []
        assert usage.favourites(cache, ["101", "990"]) == [("melde-flytning", "101")]
        assert usage.favourites(cache) == []  # without a caller: the hotline's own only

        usage.record_use(cache, "pas", "102")
        usage.record_use(cache, "pas", "102")
        time.sleep(0.002)
        usage.record_use(cache, "pas", "101")
        assert usage.counts(cache) == {"pas@102": 2, "pas@101": 1}  # the index's keys
        assert usage.recent(cache, scope=["102", "990"]) == [("pas", "102")]
        assert usage.recent(cache, scope=["101", "990"]) == [("pas", "101")]
        usage.set_favourite(cache, "melde-flytning", False, "102")  # not 101's
        assert usage.is_favourite(cache, "melde-flytning", "101")
    finally:
        cache.close()


def test_settings_round_trip(cache: Cache, tmp_path: Path) -> None:
    assert settings.load(cache) == {}
    settings.save(cache, {"arbejdssted": "Borgerservice Nord", "skrift": 1.25, "kanal": None})
    settings.save(cache, {"skrift": 1.5})
    cache.close()
    again = open_cache(tmp_path / "cache.sqlite3")
    try:
        assert settings.load(again) == {
            "arbejdssted": "Borgerservice Nord",
            "skrift": 1.5,
            "kanal": None,
        }
    finally:
        again.close()


def test_blob_store_verifies_sha256(cache: Cache, tmp_path: Path) -> None:
    store = BlobStore(cache, tmp_path / "blobs")
    sha = hashlib.sha256(PNG_1X1).hexdigest()
    assert store.missing([sha, sha]) == [sha]
    with pytest.raises(ValueError, match="sha256"):
        store.put(sha, PNG_1X1 + b"tampered")
    assert not store.has(sha)
    assert not any(p.is_file() for p in (tmp_path / "blobs").rglob("*"))
    path = store.put(sha, PNG_1X1)
    assert path.read_bytes() == PNG_1X1
    assert store.has(sha) and store.missing([sha]) == []
    store.put(sha, PNG_1X1)  # again: harmless
    with cache.read() as conn:
        rows = conn.exec_driver_sql("SELECT sha256, size FROM blobs").all()
    assert [tuple(r) for r in rows] == [(sha, len(PNG_1X1))]
    assert not list((tmp_path / "blobs").rglob("*.part"))
