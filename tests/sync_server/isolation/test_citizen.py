"""Isolation: the citizen web's settings and the citizens' answers."""

from __future__ import annotations

import httpx

from .matrix import ADMIN, STAFF, Endpoint


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
