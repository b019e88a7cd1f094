"""Finding guides: the search index over the cache, browsing, recent and favourites."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sync_server.protocol import EntityKind, FaqEntry, Guide, ServiceArea

from ..search import SearchDoc, SearchHit, SearchIndex, doc_from_faq, doc_from_guide
from ..store import Cache, learned, usage
from ..store import content as cached
from ..store.content import AppliedChanges
from ..store.scope import EVERY, Scope, doc_key, home, split_key
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
        #: A shared hotline: the municipality of the citizen on the line (None: none chosen,
        #: or a municipality's own desktop). Its content comes first, the hotline's beside it.
        self._caller: str | None = None
        self._mixed = False  # the cache holds other municipalities' content too

    # -- whose content -----------------------------------------------------------------
    @property
    def home(self) -> str:
        return home(self.cache)

    @property
    def caller(self) -> str | None:
        return self._caller

    def set_caller(self, municipality: str | None) -> None:
        """Scope lookups to the caller's municipality (a hotline); None: the own content."""
        self._caller = municipality or None

    @property
    def scope(self) -> Scope:
        """The municipalities lookups show, the caller's first (None: the own one only)."""
        if self._caller is None or self._caller == self.home:
            return None
        return [self._caller, self.home]

    def _guide_doc(self, guide: Guide, terms: dict[str, list[str]], home_code: str) -> SearchDoc:
        key = doc_key(guide.id, guide.municipality, home_code)
        doc = doc_from_guide(guide, terms.get(guide.id, ()) if key == guide.id else ())
        return dataclasses.replace(doc, id=key)

    @staticmethod
    def _faq_doc(entry: FaqEntry, home_code: str) -> SearchDoc:
        code = getattr(entry, "municipality", "") or home_code
        return dataclasses.replace(doc_from_faq(entry), id=doc_key(entry.id, code, home_code))

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
        cursor = cached.content_cursor(self.cache)
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
        self._mixed = len(cached.cached_municipalities(self.cache) - {"", self.home}) > 0

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
        home_code = self.home
        for guide in cached.iter_guides(self.cache):
            index.add(self._guide_doc(guide, terms, home_code))
        for entry in cached.faq_entries(self.cache, EVERY):
            index.add(self._faq_doc(entry, home_code))
        index.set_synonyms(cached.synonyms(self.cache, EVERY))
        return index

    def _catch_up(self, index: SearchIndex, manifest: bytes) -> None:
        """Apply to ``index`` what changed in the cache since the index was saved, by
        comparing the revisions it holds (its manifest) with the cache's."""
        raw = json.loads(manifest)
        now = cached.indexed_revisions(self.cache)
        terms = learned.all_terms(self.cache)
        home_code = self.home
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
                    index.add(self._guide_doc(guide, terms, home_code))
            else:
                for entry in cached.faq_entries(self.cache, EVERY):
                    doc = self._faq_doc(entry, home_code)
                    if doc.id in ids:
                        index.add(doc)
        if raw["synonyms"] != cached.synonyms_digest(self.cache):
            index.set_synonyms(cached.synonyms(self.cache, EVERY))
        log.info("search index brought up to date: %d documents changed", changed)

    def save(self) -> None:
        """Persist the index with the cursor and the revisions it reflects (the cache's:
        call this when the index has followed every change of the cache)."""
        cursor = cached.content_cursor(self.cache)
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
        home_code = self.home
        renewed = {doc_key(g.id, g.municipality, home_code) for g in changes.guides}
        relearned = [
            g
            for g in cached.guides_with_ids(self.cache, changes.learned - renewed)
            if g.status.value == "published"
        ]
        for guide in [*changes.guides, *relearned]:
            if guide.status.value == "published":
                doc = self._guide_doc(guide, terms, home_code)
                with self._lock:
                    self._index.add(doc)
            else:
                with self._lock:
                    self._index.remove("guide", doc_key(guide.id, guide.municipality, home_code))
        for entry in changes.faq:
            doc = self._faq_doc(entry, home_code)
            with self._lock:
                self._index.add(doc)
        for kind, key in changes.deleted:
            if kind in (EntityKind.GUIDE, EntityKind.FAQ):
                with self._lock:
                    self._index.remove(kind.value, key)
        self._dirty = True
        self._mixed = len(cached.cached_municipalities(self.cache) - {"", self.home}) > 0
        if changes.synonyms_changed:
            groups = cached.synonyms(self.cache, EVERY)
            with self._lock:
                self._index.set_synonyms(groups)
        self.save()

    # -- queries ---------------------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """One search engine for every municipality in the cache, limited to the scope: the
        own content, or (a hotline) the caller's municipality's first and the hotline's own
        beside it. A hit names its municipality when the scope holds more than one."""
        scope = self.scope
        if scope is None:
            accept = self._in_home if self._mixed else None
            with self._lock:
                return self._index.search(query, limit, accept, "home")
        caller = scope[0]
        wanted = {caller, None}
        with self._lock:
            found = self._index.search(
                query, limit, lambda key: split_key(key)[1] in wanted, ("caller", caller)
            )
        home_code = self.home
        hits = []
        for hit in found:
            item_id, code = split_key(hit.id)
            hits.append(dataclasses.replace(hit, id=item_id, municipality=code or home_code))
        hits.sort(key=lambda h: (h.weak, h.municipality != caller))
        return hits

    @staticmethod
    def _in_home(key: str) -> bool:
        return "@" not in key

    def guide(self, guide_id: str, municipality: str | None = None) -> Guide | None:
        """A guide of ``municipality``, or of the first municipality in scope that has it."""
        return cached.get_guide(self.cache, guide_id, municipality or self.scope)

    def citizen_link(self, guide: Guide) -> str | None:
        """The short link of a guide on the citizen web (for its QR code), or None when
        citizens cannot see it (a draft, staff only) or the public address is not set."""
        code = guide.municipality if guide.municipality != self.home else None
        base = cached.public_base_url(self.cache, code).rstrip("/")
        if not base or not guide.published_to_citizens or guide.status.value != "published":
            return None
        return f"{base}/borger/{guide.municipality}/{guide.id}"

    def faq(self, entry_id: str) -> FaqEntry | None:
        return cached.get_faq(self.cache, entry_id, self.scope)

    def faq_entries(self) -> list[FaqEntry]:
        return cached.faq_entries(self.cache, self.scope)

    def areas(self) -> list[ServiceArea]:
        return cached.areas(self.cache, self.scope)

    def guides_in_area(self, area: str) -> list[Guide]:
        return cached.guides(self.cache, area, scope=self.scope)

    def guide_areas(self, ids: list[str]) -> dict[str, str]:
        """The service area of each of these guides (e.g. the subtitles of search results)."""
        return cached.guide_areas(self.cache, ids, self.scope)

    def all_guides(self) -> list[Guide]:
        return cached.guides(self.cache, scope=self.scope)

    def recent(self, limit: int = 10) -> list[Guide]:
        """The guides of the scope last opened (each its own municipality's version)."""
        refs = usage.recent(self.cache, limit, self.scope)
        return [g for g in (self.guide(i, code) for i, code in refs) if g]

    def favourites(self) -> list[Guide]:
        """The favourite guides of the scope (each its own municipality's version)."""
        refs = usage.favourites(self.cache, self.scope)
        return [g for g in (self.guide(i, code) for i, code in refs) if g]

    def is_favourite(self, guide_id: str, municipality: str | None = None) -> bool:
        """Is ``municipality``'s guide (None: the own municipality's) a favourite?"""
        return usage.is_favourite(self.cache, guide_id, municipality)

    def set_favourite(
        self, guide_id: str, favourite: bool, municipality: str | None = None
    ) -> None:
        usage.set_favourite(self.cache, guide_id, favourite, municipality)

    def record_use(self, guide_id: str, municipality: str | None = None) -> None:
        """``municipality``'s guide (None: the own municipality's) was opened."""
        usage.record_use(self.cache, guide_id, municipality)
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
