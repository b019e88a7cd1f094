"""Isolation: feedback on guides (sent, answered, the sender's own)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from support.world import World

from .matrix import (
    ADMIN,
    ALL,
    STAFF,
    Endpoint,
    check_hotline,
    check_isolation,
    empty_list,
    endpoint_id,
    with_roles,
)
from .seed import Seeded

ENDPOINTS: list[Endpoint] = [
    Endpoint(
        "POST",
        "/feedback",
        ALL,
        lambda s: {
            "json": [
                {
                    "id": s.feedback_id,
                    "guide_id": "kladde101",
                    "kind": "error",
                    "text": "FRA202",
                    "created_at": "2026-03-03T10:00:00+00:00",
                }
            ]
        },
        cross=frozenset({200}),
    ),
    Endpoint("GET", "/feedback", STAFF, cross=frozenset({200}), scoped_check=empty_list),
    Endpoint(
        "PUT",
        "/feedback/{feedback_id}",
        ADMIN,
        lambda s: {"json": {"answer": "FRA202", "status": "rejected", "base_revision": 2}},
        url=lambda s: f"/feedback/{s.feedback_id}",
    ),
    Endpoint("GET", "/feedback/mine", ALL, cross=frozenset({200}), scoped_check=empty_list),
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
