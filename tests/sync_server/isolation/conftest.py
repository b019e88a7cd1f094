"""Fixtures of the isolation tests: 101 and 202 seeded once per database kind, and each test
on its own copy of that seeded database (SQLite and PostgreSQL)."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from support.postgres import PgCluster
from support.world import World

from sync_server.config import Settings

from .seed import Seeded, seed_database, server_settings


@pytest.fixture(scope="session")
def seeded_sqlite(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory, password_hash: str
) -> tuple[Path, Seeded]:
    folder = tmp_path_factory.mktemp("isolation")
    path = folder / "seeded.sqlite3"
    shutil.copy(sqlite_template, path)
    return path, seed_database(f"sqlite:///{path}", folder / "data", password_hash)


@pytest.fixture(scope="session")
def seeded_postgres(
    pg_cluster: PgCluster,
    pg_template: str,
    tmp_path_factory: pytest.TempPathFactory,
    password_hash: str,
) -> tuple[str, Seeded]:
    url = pg_cluster.create_database("isolation_seeded", pg_template)
    folder = tmp_path_factory.mktemp("isolation-pg")
    return "isolation_seeded", seed_database(url, folder / "data", password_hash)


_copies = itertools.count()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A copy of the seeded database of each kind (seeding once keeps these tests quick)."""
    if request.param == "sqlite":
        template, _ = request.getfixturevalue("seeded_sqlite")
        path = tmp_path / "server.sqlite3"
        shutil.copy(template, path)
        return f"sqlite:///{path}"
    name, _ = request.getfixturevalue("seeded_postgres")
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"iso_{next(_copies)}_{id(request)}", name)


@pytest.fixture
def seeded(request: pytest.FixtureRequest, db_url: str) -> Seeded:
    kind = "sqlite" if db_url.startswith("sqlite") else "postgres"
    _, data = request.getfixturevalue(f"seeded_{kind}")
    return data


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return server_settings(db_url, tmp_path / "data")


@pytest.fixture
def world(client: TestClient, seeded: Seeded) -> World:
    return World(client=client, tokens=seeded.tokens)
