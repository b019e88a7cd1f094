"""Isolation: the search log and its review (learned terms, misses)."""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import Engine
from support.world import World

from .matrix import ADMIN, ALL, Endpoint, check_hotline, check_isolation, endpoint_id, with_roles
from .seed import Seeded


def _review_empty(response: httpx.Response) -> None:
    body = response.json()
    assert body["unanswered"] == [] and body["learned"] == [], body


ENDPOINTS: list[Endpoint] = [
    Endpoint(
        "POST",
        "/search/log",
        ALL,
        lambda s: {
            "json": {
                "items": [
                    {
                        "id": str(uuid.uuid4()),
                        "day": "2026-03-02",
                        "words": ["fra", "to"],
                        "found": True,
                        "guide_id": "pub101",
                    }
                ]
            }
        },
        cross=frozenset({200}),
    ),
    Endpoint("GET", "/search/review", ADMIN, cross=frozenset({200}), scoped_check=_review_empty),
    Endpoint(
        "POST",
        "/search/learned/reject",
        ADMIN,
        lambda s: {"json": {"guide_id": "pub101", "term": "fra to"}},
        cross=frozenset({204}),
    ),
    Endpoint(
        "POST",
        "/search/learned/adopt",
        ADMIN,
        lambda s: {"json": {"guide_id": "pub101", "term": "fra to"}},
    ),
    Endpoint(
        "POST",
        "/search/misses/adopt",
        ADMIN,
        lambda s: {"json": {"query": "fra to", "guide_id": "pub101"}},
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
