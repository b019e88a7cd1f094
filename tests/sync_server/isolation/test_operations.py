"""Isolation: the public operations endpoints (liveness, readiness, metrics, the list of
municipalities) and the municipality's own settings; the API docs are public."""

from __future__ import annotations

import httpx
from support.world import World

from .matrix import ADMIN, STAFF, Endpoint


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


def test_docs_are_public(world: World) -> None:
    for path in ("/openapi.json", "/docs", "/redoc"):
        assert world.client.get(path).status_code == 200
