"""Isolation: the citizen web's settings and the citizens' answers."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import Engine
from support.world import World

from .matrix import ADMIN, STAFF, Endpoint, check_hotline, check_isolation, endpoint_id, with_roles
from .seed import Seeded


def _citizen_defaults(response: httpx.Response) -> None:
    assert response.json()["accessibility_statement_url"] is None, response.text


def _no_citizen_answers(response: httpx.Response) -> None:
    assert response.json()["by_guide"] == [], response.text


ENDPOINTS: list[Endpoint] = [
    Endpoint(
        "GET", "/citizen/settings", STAFF, cross=frozenset({200}), scoped_check=_citizen_defaults
    ),
    Endpoint(
        "PATCH",
        "/citizen/settings",
        ADMIN,
        lambda s: {"json": {"public_base_url": "https://fra202.example.dk"}},
        cross=frozenset({200}),
    ),
    Endpoint(
        "GET", "/citizen/feedback", STAFF, cross=frozenset({200}), scoped_check=_no_citizen_answers
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
