"""Finding guides: the search index over the cache, browsing, recent and favourites."""

from __future__ import annotations

import logging
import os
import struct
import threading
from collections.abc import Callable
from pathlib import Path

from sync_server.protocol import EntityKind, FaqEntry, Guide, ServiceArea

from ..search import SearchHit, SearchIndex, doc_from_faq, doc_from_guide
from ..store import Cache, usage
from ..store import content as cached
from ..store.content import AppliedChanges

log = logging.getLogger("vejviser.lookup")
_HEADER = struct.Struct("<8sQ")
_MAGIC = b"VVIDX001"


class LookupService:
    """Thread-safe: the sync worker updates the index while the UI searches."""

    def __init__(self, cache: Cache, index_path: Path) -> None:
        self.cache = cache
        self.index_path = index_path
        self._lock = threading.Lock()
        self._index = SearchIndex()
        self._dirty = False
        self._use_listeners: list[Callable[[str], None]] = []

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
        """Load the persisted index if it matches the cache's cursor; else rebuild it."""
        cursor = cached.cursor(self.cache)
        index = self._read_index(cursor)
        if index is None:
            index = self._build()
            self._index = index
            self.save()
        else:
            self._index = index
        self._index.set_usage(usage.counts(self.cache))

    def _read_index(self, cursor: int) -> SearchIndex | None:
        try:
            data = self.index_path.read_bytes()
        except OSError:
            return None
        if len(data) < _HEADER.size:
            return None
        magic, stored_cursor = _HEADER.unpack_from(data)
        if magic != _MAGIC or stored_cursor != cursor:
            return None
        try:
            return SearchIndex.loads(data[_HEADER.size :])
        except Exception:  # a damaged or old index is rebuilt, never fatal
            log.warning("search index unreadable; rebuilding")
            return None

    def _build(self) -> SearchIndex:
        index = SearchIndex()
        for guide in cached.iter_guides(self.cache):
            index.add(doc_from_guide(guide))
        for entry in cached.faq_entries(self.cache):
            index.add(doc_from_faq(entry))
        index.set_synonyms(cached.synonyms(self.cache))
        return index

    def save(self) -> None:
        with self._lock:
            data = self._index.dumps()
            self._dirty = False
        cursor = cached.cursor(self.cache)
        tmp = self.index_path.with_suffix(".tmp")
        tmp.write_bytes(_HEADER.pack(_MAGIC, cursor) + data)
        os.replace(tmp, self.index_path)

    def apply(self, changes: AppliedChanges) -> None:
        """Follow a sync incrementally."""
        if changes.empty:
            return
        with self._lock:
            for guide in changes.guides:
                if guide.status.value == "published":
                    self._index.add(doc_from_guide(guide))
                else:
                    self._index.remove("guide", guide.id)
            for entry in changes.faq:
                self._index.add(doc_from_faq(entry))
            for kind, key in changes.deleted:
                if kind is EntityKind.GUIDE:
                    self._index.remove("guide", key)
                elif kind is EntityKind.FAQ:
                    self._index.remove("faq", key)
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

    def faq(self, entry_id: str) -> FaqEntry | None:
        return cached.get_faq(self.cache, entry_id)

    def faq_entries(self) -> list[FaqEntry]:
        return cached.faq_entries(self.cache)

    def areas(self) -> list[ServiceArea]:
        return cached.areas(self.cache)

    def guides_in_area(self, area: str) -> list[Guide]:
        return cached.guides(self.cache, area)

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
