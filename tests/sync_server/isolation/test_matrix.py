"""The isolation matrix covers every route of the app, and no route twice.

Each feature's module lists its endpoints (``ENDPOINTS``); this test fails when an endpoint
is added to the app without being added to one of them.
"""

from __future__ import annotations

from fastapi import FastAPI

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
from .matrix import Endpoint, app_routes

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
