"""Isolation: the search log and its review (learned terms, misses)."""

from __future__ import annotations

import uuid

import httpx

from .matrix import ADMIN, ALL, Endpoint


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
