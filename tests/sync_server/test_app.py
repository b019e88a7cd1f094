"""The app as a whole: an app made and used is freed with its last reference."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from fastapi.testclient import TestClient

from sync_server.app import create_app
from sync_server.config import Settings
from sync_server.db.engine import make_engine
from sync_server.db.migrate import upgrade


def _use_an_app(tmp_path: Path) -> weakref.ref[object]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    app = create_app(Settings(database_url=url, data_dir=tmp_path / "data"), engine)
    with TestClient(app) as client:
        assert client.get("/health").status_code == 200
        assert client.get("/ready").status_code == 200
        assert client.get("/api/v1/sync/pull").status_code == 401
        assert client.get("/borger/999/").status_code == 404  # the citizen pages' sub-app
    engine.dispose()
    return weakref.ref(app)


def test_an_app_is_freed_after_use(tmp_path: Path) -> None:
    """Nothing process-wide keeps an app alive: FastAPI caches endpoint callables for the
    process (4,096 of them), so an endpoint that closes over its app (a function defined in
    ``create_app``) kept every app ever made, with its routes and models — in the test
    suite, which makes an app per test, millions of objects and garbage-collection pauses
    of several seconds in the middle of requests."""
    app = _use_an_app(tmp_path)
    gc.collect()
    assert app() is None
