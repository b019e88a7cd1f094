"""The shared library in admin mode: the published guides of other municipalities, searched on
this computer with the same Danish search engine as the support part; copying one into the
own list; following the origin of a copy (take all or parts, dismiss, detach) and offering
suggestions back.

Every call goes through :class:`~desktop.services.admin.AdminService` (the session's server
and token). The library list is fetched whole (at most a few thousand guides) and indexed
here, so searching as you type needs no round trip."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sync_server.protocol import (
    Guide,
    LibraryGuide,
    LibraryUpdate,
    LibraryUpdateDetail,
    Suggestion,
    SuggestionIn,
)

from ..core.errors import Rejected, VejviserError
from ..search.index import SearchIndex
from ..search.model import doc_from_guide
from ..sync.admin_api import AdminApi
from .admin import AdminService

#: The server answers at most this many per call; the list is fetched page by page.
PAGE = 500
#: Never more than this many (a safety net against a runaway server).
MAX_GUIDES = 20_000


def entry_key(entry: LibraryGuide) -> str:
    """A library guide's key: its municipality's code and its id (ids repeat across
    municipalities)."""
    return f"{entry.guide.municipality}/{entry.guide.id}"


class AlreadyCopied(VejviserError):
    """The guide is already in the own list (copied once); ``guide_id`` is that copy."""

    def __init__(self, message: str, guide_id: str) -> None:
        super().__init__(message, code="already_exists")
        self.guide_id = guide_id


@dataclass(frozen=True)
class LibraryFilter:
    query: str = ""
    area: str = ""
    municipality: str = ""


class LibraryService:
    def __init__(self, admin: AdminService) -> None:
        self.admin = admin
        self.entries: dict[str, LibraryGuide] = {}
        self.index = SearchIndex()

    # -- the list ---------------------------------------------------------------------------
    def fetch(self) -> list[LibraryGuide]:
        """The whole library from the server, indexed for searching."""

        def work(api: AdminApi) -> list[LibraryGuide]:
            out: list[LibraryGuide] = []
            while len(out) < MAX_GUIDES:
                page = api.library(limit=PAGE, offset=len(out))
                out.extend(page)
                if len(page) < PAGE:
                    break
            return out

        found = self.admin._call(work)
        self.load(found)
        return found

    def load(self, entries: list[LibraryGuide]) -> None:
        index = SearchIndex()
        for entry in entries:
            index.add(replace(doc_from_guide(entry.guide), id=entry_key(entry)))
        self.index = index
        self.entries = {entry_key(e): e for e in entries}

    def areas(self) -> list[str]:
        return sorted({e.guide.area for e in self.entries.values()}, key=str.casefold)

    def municipalities(self) -> list[tuple[str, str]]:
        """(code, name) of the municipalities with guides in the library, by name."""
        found = {e.guide.municipality: e.municipality_name for e in self.entries.values()}
        return sorted(found.items(), key=lambda kv: (kv[1].casefold(), kv[0]))

    def search(self, wanted: LibraryFilter) -> list[LibraryGuide]:
        """The library guides matching the filter: by relevance when there is a query
        (the support part's search engine), else by title."""
        if wanted.query.strip():
            hits = self.index.search(wanted.query, limit=max(20, len(self.entries)))
            found = [self.entries[h.id] for h in hits if h.id in self.entries]
        else:
            found = sorted(
                self.entries.values(),
                key=lambda e: (e.guide.title.casefold(), e.municipality_name),
            )
        return [
            e
            for e in found
            if (not wanted.area or e.guide.area == wanted.area)
            and (not wanted.municipality or e.guide.municipality == wanted.municipality)
        ]

    def preview(self, entry: LibraryGuide) -> LibraryGuide:
        """The guide as the library has it now, its screenshots fetched to this computer."""
        fresh = self.admin._call(
            lambda api: api.library_guide(entry.guide.municipality, entry.guide.id)
        )
        self.fetch_images(fresh.guide)
        return fresh

    def fetch_images(self, guide: Guide) -> None:
        wanted = [s.image for s in guide.steps if s.image]
        missing = self.admin.blobs.missing([w for w in wanted if len(w) == 64])
        if not missing:
            return

        def work(api: AdminApi) -> None:
            for sha in missing:
                try:
                    self.admin.blobs.put(sha, api.api.blob(sha))
                except Rejected:
                    continue  # not readable (any more): the preview says so

        self.admin._call(work)

    # -- copying ----------------------------------------------------------------------------
    def copy(self, entry: LibraryGuide, new_id: str | None = None) -> Guide:
        """Copy into the own list as a draft; AlreadyCopied when it is there already. When
        the own list has an unrelated guide with the same id, the copy gets the id with the
        origin's code appended (``boligstoette-202``)."""
        code, guide_id = entry.guide.municipality, entry.guide.id
        try:
            return self.admin._call(lambda api: api.copy(code, guide_id, new_id))
        except Rejected as exc:
            if exc.code != "already_exists":
                raise
            detail = exc.detail if isinstance(exc.detail, dict) else {}
            current = detail.get("current")
            current = current if isinstance(current, dict) else {}
            origin = current.get("copied_from") or {}
            if origin.get("municipality") == code and origin.get("guide_id") == guide_id:
                raise AlreadyCopied(str(exc), str(current.get("id") or guide_id)) from exc
            if new_id is None and len(guide_id) <= 96:
                return self.copy(entry, f"{guide_id}-{code}")
            raise

    # -- following the origin ---------------------------------------------------------------
    def updates(self) -> list[LibraryUpdate]:
        return self.admin._call(lambda api: api.updates())

    def update(self, guide_id: str) -> LibraryUpdateDetail:
        return self.admin._call(lambda api: api.update(guide_id))

    def take(self, guide_id: str, parts: list[str] | None = None) -> Guide:
        """All the origin's changes (``parts`` None, local changes kept) or the parts
        named, in a new draft of the copy."""
        return self.admin._call(lambda api: api.take(guide_id, parts))

    def dismiss(self, guide_id: str) -> LibraryUpdate:
        return self.admin._call(lambda api: api.dismiss(guide_id))

    def detach(self, guide_id: str) -> None:
        self.admin._call(lambda api: api.detach(guide_id))

    def suggest(self, guide_id: str, text: str, include_version: bool) -> Suggestion:
        body = SuggestionIn(guide_id=guide_id, text=text, include_version=include_version)
        return self.admin._call(lambda api: api.suggest(body))

    def suggestions(self) -> list[Suggestion]:
        return self.admin._call(lambda api: api.suggestions())
