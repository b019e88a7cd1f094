"""Isolation: feedback on guides (sent, answered, the sender's own)."""

from __future__ import annotations

from .matrix import (
    ADMIN,
    ALL,
    STAFF,
    Endpoint,
    empty_list,
)

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
