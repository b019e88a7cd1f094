"""Finding guides: the search index over the cache, browsing, recent and favourites."""

from __future__ import annotations

import json
import logging
import os
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sync_server.protocol import EntityKind, FaqEntry, Guide, ServiceArea

from ..search import SearchHit, SearchIndex, doc_from_faq, doc_from_guide
from ..store import Cache, learned, usage
from ..store import content as cached
from ..store.content import AppliedChanges
from .search_log import SearchLog

log = logging.getLogger("vejviser.lookup")
#: The index file: magic, cache cursor, length of the index; the index; its manifest (JSON:
#: the revision of every document it holds and the synonyms' digest).
_HEADER = struct.Struct("<8sQQ")
_MAGIC = b"VVIDX002"


@dataclass(frozen=True)
class _Saved:
    cursor: int
    index: bytes
    manifest: bytes


class LookupService:
    """Thread-safe: the sync worker updates the index while the UI searches."""

    def __init__(self, cache: Cache, index_path: Path) -> None:
        self.cache = cache
        self.index_path = index_path
        self._lock = threading.Lock()
        self._index = SearchIndex()
        self._dirty = False
        self._use_listeners: list[Callable[[str], None]] = []
        self.search_log = SearchLog(cache)

    # -- observers -------------------------------------------------------------------
    def add_use_listener(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(guide_id)`` after each :meth:`record_use` (a guide was opened),
        e.g. so the running contact collects the guides used."""
        self._use_listeners.append(listener)

    def remove_use_listener(self, listener: Callable[[str], None]) -> None:
        if listener in self._use_listeners:
            self._use_listeners.remove(listener)

    # -- index lifecycle -------------------------------------------------------------
    def load(self) -> None:
        """Load the persisted index. When the cache has moved on since it was saved (a sync
        cut off before the index followed it), bring it up to date from what changed;
        build it afresh only when no usable index exists."""
        cursor = cached.cursor(self.cache)
        saved = self._read_saved()
        index = None
        if saved is not None:
            try:
                index = SearchIndex.loads(saved.index)
            except Exception:  # a damaged or old index is rebuilt, never fatal
                log.warning("search index unreadable; rebuilding")
        if index is None:
            self._index = self._build()
            self.save()
        elif saved is not None and saved.cursor != cursor:
            try:
                self._catch_up(index, saved.manifest)
            except Exception:
                log.warning("search index could not be brought up to date; rebuilding")
                index = self._build()
            self._index = index
            self.save()
        else:
            self._index = index
        self._index.set_usage(usage.counts(self.cache))

    def saved_cursor(self) -> int | None:
        """The cache cursor the saved index file belongs to (None: no usable file)."""
        saved = self._read_saved()
        return saved.cursor if saved is not None else None

    def _read_saved(self) -> _Saved | None:
        try:
            data = self.index_path.read_bytes()
        except OSError:
            return None
        if len(data) < _HEADER.size:
            return None
        magic, cursor, length = _HEADER.unpack_from(data)
        end = _HEADER.size + length
        if magic != _MAGIC or end > len(data):
            return None
        return _Saved(cursor, data[_HEADER.size : end], data[end:])

    def _build(self) -> SearchIndex:
        index = SearchIndex()
        terms = learned.all_terms(self.cache)
        for guide in cached.iter_guides(self.cache):
            index.add(doc_from_guide(guide, terms.get(guide.id, ())))
        for entry in cached.faq_entries(self.cache):
            index.add(doc_from_faq(entry))
        index.set_synonyms(cached.synonyms(self.cache))
        return index

    def _catch_up(self, index: SearchIndex, manifest: bytes) -> None:
        """Apply to ``index`` what changed in the cache since the index was saved, by
        comparing the revisions it holds (its manifest) with the cache's."""
        raw = json.loads(manifest)
        now = cached.indexed_revisions(self.cache)
        terms = learned.all_terms(self.cache)
        before_terms: dict[str, list[str]] = raw.get("learned", {})
        relearned = {
            g for g in before_terms.keys() | terms.keys() if before_terms.get(g) != terms.get(g)
        }
        changed = 0
        for kind in ("guide", "faq"):
            before: dict[str, int] = raw[kind]
            current = now[kind]
            for doc_id in before.keys() - current.keys():
                index.remove(kind, doc_id)
            ids = {i for i, revision in current.items() if before.get(i) != revision}
            if kind == "guide":
                ids |= relearned & current.keys()
            changed += len(ids)
            if kind == "guide":
                for guide in cached.guides_with_ids(self.cache, ids):
                    index.add(doc_from_guide(guide, terms.get(guide.id, ())))
            else:
                for entry in cached.faq_entries(self.cache):
                    if entry.id in ids:
                        index.add(doc_from_faq(entry))
        if raw["synonyms"] != cached.synonyms_digest(self.cache):
            index.set_synonyms(cached.synonyms(self.cache))
        log.info("search index brought up to date: %d documents changed", changed)

    def save(self) -> None:
        """Persist the index with the cursor and the revisions it reflects (the cache's:
        call this when the index has followed every change of the cache)."""
        cursor = cached.cursor(self.cache)
        held: dict[str, object] = dict(cached.indexed_revisions(self.cache))
        held["synonyms"] = cached.synonyms_digest(self.cache)
        held["learned"] = learned.all_terms(self.cache)
        manifest = json.dumps(
            held,
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode()
        with self._lock:
            data = self._index.dumps()
            self._dirty = False
        tmp = self.index_path.with_suffix(".tmp")
        tmp.write_bytes(_HEADER.pack(_MAGIC, cursor, len(data)) + data + manifest)
        os.replace(tmp, self.index_path)

    def apply(self, changes: AppliedChanges) -> None:
        """Follow a sync incrementally. The lock is taken per document, so a search typed
        meanwhile waits for one document, not for the whole sync."""
        if changes.empty:
            return
        terms = learned.all_terms(self.cache)
        renewed = {guide.id for guide in changes.guides}
        relearned = [
            g
            for g in cached.guides_with_ids(self.cache, changes.learned - renewed)
            if g.status.value == "published"
        ]
        for guide in [*changes.guides, *relearned]:
            if guide.status.value == "published":
                doc = doc_from_guide(guide, terms.get(guide.id, ()))
                with self._lock:
                    self._index.add(doc)
            else:
                with self._lock:
                    self._index.remove("guide", guide.id)
        for entry in changes.faq:
            doc = doc_from_faq(entry)
            with self._lock:
                self._index.add(doc)
        for kind, key in changes.deleted:
            if kind in (EntityKind.GUIDE, EntityKind.FAQ):
                with self._lock:
                    self._index.remove(kind.value, key)
        self._dirty = True
        if changes.synonyms_changed:
            groups = cached.synonyms(self.cache)
            with self._lock:
                self._index.set_synonyms(groups)
        self.save()

    # -- queries ---------------------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        with self._lock:
            return self._index.search(query, limit)

    def guide(self, guide_id: str) -> Guide | None:
        return cached.get_guide(self.cache, guide_id)

    def citizen_link(self, guide: Guide) -> str | None:
        """The short link of a guide on the citizen web (for its QR code), or None when
        citizens cannot see it (a draft, staff only) or the public address is not set."""
        base = cached.public_base_url(self.cache).rstrip("/")
        if not base or not guide.published_to_citizens or guide.status.value != "published":
            return None
        return f"{base}/borger/{guide.municipality}/{guide.id}"

    def faq(self, entry_id: str) -> FaqEntry | None:
        return cached.get_faq(self.cache, entry_id)

    def faq_entries(self) -> list[FaqEntry]:
        return cached.faq_entries(self.cache)

    def areas(self) -> list[ServiceArea]:
        return cached.areas(self.cache)

    def guides_in_area(self, area: str) -> list[Guide]:
        return cached.guides(self.cache, area)

    def guide_areas(self, ids: list[str]) -> dict[str, str]:
        """The service area of each of these guides (e.g. the subtitles of search results)."""
        return cached.guide_areas(self.cache, ids)

    def all_guides(self) -> list[Guide]:
        return cached.guides(self.cache)

    def recent(self, limit: int = 10) -> list[Guide]:
        return [g for g in (self.guide(i) for i in usage.recent(self.cache, limit)) if g]

    def favourites(self) -> list[Guide]:
        return [g for g in (self.guide(i) for i in usage.favourites(self.cache)) if g]

    def is_favourite(self, guide_id: str) -> bool:
        return usage.is_favourite(self.cache, guide_id)

    def set_favourite(self, guide_id: str, favourite: bool) -> None:
        usage.set_favourite(self.cache, guide_id, favourite)

    def record_use(self, guide_id: str) -> None:
        usage.record_use(self.cache, guide_id)
        counts = usage.counts(self.cache)
        with self._lock:
            self._index.set_usage(counts)
        for listener in list(self._use_listeners):
            try:
                listener(guide_id)
            except Exception:  # an observer never breaks opening a guide
                log.exception("guide-use listener failed")

    def guide_count(self) -> int:
        return cached.guide_count(self.cache)
