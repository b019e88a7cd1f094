"""One desktop workstation wired by hand (cache, screenshots, search, API client), for tests
that drive the real sync engine with their own options."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from desktop.search import SearchHit
from desktop.services.lookup import LookupService
from desktop.store import Cache
from desktop.store.blobs import BlobStore
from desktop.sync.engine import SyncEngine, SyncReport
from desktop.sync.transport import ApiClient
from support.live_server import LiveServer


@dataclass
class Desk:
    """One workstation: cache, screenshots, search and a logged-in API client."""

    server: LiveServer
    cache: Cache
    blobs: BlobStore
    api: ApiClient
    lookup: LookupService

    def engine(self, **options: Any) -> SyncEngine:
        options.setdefault("rng", random.Random(1))
        return SyncEngine(self.cache, self.blobs, self.api, **options)

    def sync(self, **options: Any) -> SyncReport:
        """One run (push, then pull) whose changes the search index follows, as the app
        does."""
        now = options.pop("now", None)
        report = self.engine(**options).run_once(now)
        self.lookup.apply(report.changes)
        return report

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        return self.lookup.search(query, limit)

    def ids(self, query: str, limit: int = 10) -> list[str]:
        return [hit.id for hit in self.search(query, limit)]
