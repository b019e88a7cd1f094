"""Server test fixtures: each test on a fresh SQLite file and a fresh PostgreSQL database."""

from __future__ import annotations

import itertools
import shutil
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from support.postgres import PgCluster
from support.world import World, seed_world

from sync_server.app import create_app
from sync_server.config import Settings
from sync_server.db.engine import make_engine
from sync_server.db.migrate import upgrade
from sync_server.features.auth.security import hash_password

PASSWORD = "korrekt-hest-batteri"
_counter = itertools.count()


@pytest.fixture(scope="session")
def password_hash() -> str:
    return hash_password(PASSWORD)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(pg_cluster: PgCluster) -> str:
    url = pg_cluster.create_database("vejviser_template")
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return "vejviser_template"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        path = tmp_path / "server.sqlite3"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    template: str = request.getfixturevalue("pg_template")
    return cluster.create_database(f"t_{next(_counter)}_{id(request)}", template)


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return Settings(database_url=db_url, data_dir=tmp_path / "data")


@pytest.fixture
def engine(settings: Settings) -> Iterator[Engine]:
    engine = make_engine(settings.resolved_database_url())
    yield engine
    engine.dispose()


@pytest.fixture
def app(settings: Settings, engine: Engine) -> FastAPI:
    return create_app(settings, engine)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def world(client: TestClient, engine: Engine, settings: Settings, password_hash: str) -> World:
    return World(client=client, tokens=seed_world(engine, settings, password_hash))


@pytest.fixture
def password() -> str:
    """The password of every account of the ``world``."""
    return PASSWORD


def _registration(**overrides: Any) -> dict[str, Any]:
    started = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "version": 1,
        "channel": "phone",
        "location": "Borgerservice Nord",
        "started_at": started.isoformat(),
        "ended_at": (started + timedelta(minutes=6)).isoformat(),
        "active_seconds": 300,
        "guide_ids": ["melde-flytning"],
        "area": "Flytning",
        "outcome": "resolved",
    }
    body.update(overrides)
    return body


def _feedback(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "guide_id": "melde-flytning",
        "guide_revision": 1,
        "kind": "outdated",
        "text": "Fristen er ændret til 5 dage.",
        "created_at": "2026-03-02T09:00:00+00:00",
    }
    body.update(overrides)
    return body


@pytest.fixture
def make_registration() -> Callable[..., dict[str, Any]]:
    """A valid registration as JSON (a new client UUID each call); keywords override."""
    return _registration


@pytest.fixture
def make_feedback() -> Callable[..., dict[str, Any]]:
    """A valid feedback item as JSON (a new client UUID each call); keywords override."""
    return _feedback
