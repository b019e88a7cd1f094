"""Isolation: registrations of contacts and the statistics of them."""

from __future__ import annotations

import httpx

from .matrix import (
    ALL,
    STAFF,
    STATS_PARAMS,
    Build,
    Endpoint,
)
from .seed import HOTLINE_FOR_202

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
