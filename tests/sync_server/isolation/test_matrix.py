"""The isolation matrix: every route of the app, each once, checked for isolation.

Each feature's module lists its endpoints (``ENDPOINTS``, with the checks particular to the
feature); the matrix joins them, fails when an endpoint is added to the app without being
added to one of them, and runs the isolation checks over all of them.
"""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine
from support.world import World

from . import (
    test_citizen,
    test_directory,
    test_feedback,
    test_guides,
    test_hotline,
    test_library,
    test_messaging,
    test_operations,
    test_registrations,
    test_reports,
    test_searchlog,
    test_users,
)
from .matrix import (
    Endpoint,
    app_routes,
    check_hotline,
    check_isolation,
    endpoint_id,
    with_roles,
)
from .seed import Seeded

MATRIX: list[Endpoint] = [
    *test_operations.ENDPOINTS,
    *test_users.ENDPOINTS,
    *test_guides.ENDPOINTS,
    *test_library.ENDPOINTS,
    *test_feedback.ENDPOINTS,
    *test_citizen.ENDPOINTS,
    *test_registrations.ENDPOINTS,
    *test_reports.ENDPOINTS,
    *test_messaging.ENDPOINTS,
    *test_searchlog.ENDPOINTS,
    *test_directory.ENDPOINTS,
    *test_hotline.ENDPOINTS,
]

BY_KEY = {endpoint.key: endpoint for endpoint in MATRIX}
assert len(BY_KEY) == len(MATRIX), "an endpoint is listed twice"


def test_the_matrix_covers_every_route(app: FastAPI) -> None:
    routes = app_routes(app)
    assert len(routes) >= 44
    assert routes - set(BY_KEY) == set(), "endpoints missing from the isolation matrix"
    assert set(BY_KEY) - routes == set(), "endpoints in the matrix that the app does not have"


@pytest.mark.parametrize("endpoint", MATRIX, ids=endpoint_id)
def test_isolation(
    world: World, engine: Engine, seeded: Seeded, endpoint: Endpoint, password: str
) -> None:
    check_isolation(world, engine, seeded, endpoint, password)


@pytest.mark.parametrize("endpoint", with_roles(MATRIX), ids=endpoint_id)
def test_a_hotline_never_reads_or_writes_101(
    world: World, engine: Engine, seeded: Seeded, endpoint: Endpoint, password: str
) -> None:
    check_hotline(world, engine, seeded, endpoint, password)
