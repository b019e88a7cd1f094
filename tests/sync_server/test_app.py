"""The app as a whole: an app made and used is freed with its last reference."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from fastapi.testclient import TestClient
from support.world import World

from sync_server.app import create_app
from sync_server.config import Settings
from sync_server.db.engine import make_engine
from sync_server.db.migrate import upgrade
from sync_server.protocol import Role


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


def test_a_refused_request_is_answered_in_danish(world: World) -> None:
    """The API names what is wrong in Danish also for pydantic's own checks (the desktop
    shows these messages as they are)."""
    too_long = world.call("PUT", "/areas/Skat", json={"name": "Skat", "description": "x" * 5000})
    assert too_long.status_code == 422
    (problem,) = too_long.json()["detail"]
    assert problem["type"] == "string_too_long"
    assert problem["msg"].startswith("Beskrivelsen må højst være") and "tegn." in problem["msg"]
    unknown = world.call("PUT", "/areas/Skat", json={"name": "Skat", "farve": "rød"})
    assert unknown.json()["detail"][0]["msg"] == "Feltet »farve« kendes ikke."
    period = world.call("GET", "/reports/figures", role=Role.MANAGER, params={"from": "i går"})
    assert period.status_code == 422
    assert all("Input should" not in d["msg"] for d in period.json()["detail"])
