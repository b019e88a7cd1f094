"""Isolation: the public operations endpoints (liveness, readiness, metrics, the list of
municipalities) and the municipality's own settings; the API docs are public."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import Engine
from support.world import World

from .matrix import ADMIN, STAFF, Endpoint, check_hotline, check_isolation, endpoint_id, with_roles
from .seed import Seeded


def _settings_off(response: httpx.Response) -> None:
    assert response.json() == {"per_person_stats": False}, response.text


ENDPOINTS: list[Endpoint] = [
    Endpoint("GET", "/health", None),
    Endpoint("GET", "/ready", None),
    Endpoint("GET", "/metrics", None),
    Endpoint("GET", "/municipalities", None),
    Endpoint(
        "GET", "/municipality/settings", STAFF, cross=frozenset({200}), scoped_check=_settings_off
    ),
    Endpoint(
        "PUT",
        "/municipality/settings",
        ADMIN,
        lambda s: {"json": {"per_person_stats": True}},
        cross=frozenset({200}),
    ),
]


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=endpoint_id)
def test_isolation(
    world: World, engine: Engine, seeded: Seeded, endpoint: Endpoint, password: str
) -> None:
    check_isolation(world, engine, seeded, endpoint, password)


@pytest.mark.parametrize("endpoint", with_roles(ENDPOINTS), ids=endpoint_id)
def test_a_hotline_never_reads_or_writes_101(
    world: World, engine: Engine, seeded: Seeded, endpoint: Endpoint, password: str
) -> None:
    check_hotline(world, engine, seeded, endpoint, password)


def test_docs_are_public(world: World) -> None:
    for path in ("/openapi.json", "/docs", "/redoc"):
        assert world.client.get(path).status_code == 200
