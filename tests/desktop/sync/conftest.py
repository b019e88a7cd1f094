"""Sync test fixtures: a desktop cache, screenshot store and API client for the agent of
``agent_server``, and a way to run the real sync engine against it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.desk import Desk
from support.live_server import LiveServer

from desktop.services.lookup import LookupService
from desktop.store import open_cache
from desktop.store.blobs import BlobStore
from desktop.sync.transport import ApiClient


@pytest.fixture
def desk(agent_server: LiveServer, tmp_path: Path) -> Iterator[Desk]:
    cache = open_cache(tmp_path / "desk" / "cache.sqlite3")
    lookup = LookupService(cache, tmp_path / "desk" / "cache.index")
    lookup.load()
    api = ApiClient(agent_server.url, agent_server.issue_token("101", "agent"), timeout=(2.0, 10.0))
    yield Desk(agent_server, cache, BlobStore(cache, tmp_path / "desk" / "blobs"), api, lookup)
    api.close()
    cache.close()
