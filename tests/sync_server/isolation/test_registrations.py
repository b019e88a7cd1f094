"""Isolation: registrations of contacts and the statistics of them."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import Engine
from support.world import World

from .matrix import (
    ALL,
    STAFF,
    STATS_PARAMS,
    Build,
    Endpoint,
    check_hotline,
    check_isolation,
    endpoint_id,
    with_roles,
)
from .seed import Seeded

REG_BODY: Build = lambda s: {"json": {"items": [{**s.registration, "version": 9, "deleted": True}]}}  # noqa: E731


def _stats_zero(response: httpx.Response) -> None:
    assert response.json()["total"] == 0


ENDPOINTS: list[Endpoint] = [
    Endpoint("POST", "/registrations", ALL, REG_BODY, cross=frozenset({200})),
    Endpoint(
        "GET",
        "/stats/summary",
        STAFF,
        STATS_PARAMS,
        cross=frozenset({200}),
        scoped_check=_stats_zero,
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
