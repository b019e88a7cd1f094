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
from .seed import HOTLINE_FOR_202, Seeded

REG_BODY: Build = lambda s: {"json": {"items": [{**s.registration, "version": 9, "deleted": True}]}}  # noqa: E731


def _stats_only_its_own(response: httpx.Response) -> None:
    """202 has no contacts of its own; its summary holds the one the hotline handled for its
    citizens (seeded as HOTLINE_FOR_202) and nothing of 101's."""
    body = response.json()
    assert body["total"] == 1
    assert HOTLINE_FOR_202 in response.text


ENDPOINTS: list[Endpoint] = [
    Endpoint("POST", "/registrations", ALL, REG_BODY, cross=frozenset({200})),
    Endpoint(
        "GET",
        "/stats/summary",
        STAFF,
        STATS_PARAMS,
        cross=frozenset({200}),
        scoped_check=_stats_only_its_own,
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
