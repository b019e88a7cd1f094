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
    assert usage.recent(cache) == ["mitid", "pas", "melde-flytning"]
    assert usage.recent(cache, limit=1) == ["mitid"]


def test_recent_skips_guides_no_longer_cached(cache: Cache) -> None:
    usage.record_use(cache, "pas")
    usage.record_use(cache, "vielse")
    cached.apply_batch(cache, batch(2, tombstones=[Tombstone(kind=EntityKind.GUIDE, id="pas")]))
    assert usage.recent(cache) == ["vielse"]


def test_favourites(cache: Cache) -> None:
    assert usage.favourites(cache) == []
    usage.set_favourite(cache, "vielse", True)
    usage.set_favourite(cache, "pas", True)
    usage.set_favourite(cache, "pas", True)  # twice is once
    assert usage.favourites(cache) == ["pas", "vielse"]  # by title: "Ansøge om pas", "Blive gift"
    assert usage.is_favourite(cache, "pas")
    usage.set_favourite(cache, "pas", False)
    assert not usage.is_favourite(cache, "pas")
    assert usage.favourites(cache) == ["vielse"]


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
