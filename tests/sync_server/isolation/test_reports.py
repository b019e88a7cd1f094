"""Isolation: report figures and files, report settings and subscriptions, the benchmark."""

from __future__ import annotations

import httpx

from .matrix import (
    ADMIN,
    STAFF,
    STATS_PARAMS,
    Endpoint,
)
from .seed import HOTLINE_FOR_202


def _benchmark_own_only(response: httpx.Response) -> None:
    # 202 has not opted in: its own figures only (what 202 itself registered, which other
    # rows of the matrix may have pushed before this one), no medians, nobody else counted.
    body = response.json()
    assert body["participating"] is False, response.text
    assert all(
        f["median"] is None and f["participants"] is None and f["withheld"] == "not_participating"
        for f in body["figures"]
    ), response.text


def _csv_is_202s(response: httpx.Response) -> None:
    lines = response.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 2 and HOTLINE_FOR_202 in lines[1], response.text


def _not_participating(response: httpx.Response) -> None:
    assert response.json() == {"participating": False}, response.text


def _not_subscribed(response: httpx.Response) -> None:
    assert response.json() == {"frequency": "none", "email": None}, response.text


def _report_is_202s(response: httpx.Response) -> None:
    """202's own staff registered nothing; the hotline served it once."""
    current = response.json()["current"]
    assert current["total"] == 1, response.text
    assert [f["key"] for f in current["by_location"]] == [f"{HOTLINE_FOR_202}-sted"]


def _report_settings_default(response: httpx.Response) -> None:
    assert response.json()["rates"] == [], response.text


ENDPOINTS: list[Endpoint] = [
    Endpoint(
        "GET",
        "/reports/figures",
        STAFF,
        STATS_PARAMS,
        cross=frozenset({200}),
        scoped_check=_report_is_202s,
    ),
    Endpoint(
        "GET",
        "/reports/export",
        STAFF,
        lambda s: {"params": {"from": "2026-01-01", "to": "2026-12-31", "format": "csv"}},
        cross=frozenset({200}),
        scoped_check=_csv_is_202s,
    ),
    Endpoint(
        "GET",
        "/reports/settings",
        STAFF,
        cross=frozenset({200}),
        scoped_check=_report_settings_default,
    ),
    Endpoint(
        "PUT",
        "/reports/settings",
        ADMIN,
        lambda s: {
            "json": {
                "resolved_goal": 0.5,
                "rates": [
                    {
                        "channel": "phone",
                        "valid_from": "2026-01-01",
                        "per_minute": 9,
                        "per_contact": 1,
                    }
                ],
            }
        },
        cross=frozenset({200}),
    ),
    Endpoint(
        "GET",
        "/reports/benchmark",
        STAFF,
        STATS_PARAMS,
        cross=frozenset({200}),
        scoped_check=_benchmark_own_only,
    ),
    Endpoint(
        "GET",
        "/reports/benchmark/participation",
        STAFF,
        cross=frozenset({200}),
        scoped_check=_not_participating,
    ),
    Endpoint(
        "PUT",
        "/reports/benchmark/participation",
        ADMIN,
        lambda s: {"json": {"participating": True}},
        cross=frozenset({200}),
    ),
    Endpoint(
        "GET",
        "/reports/subscription",
        STAFF,
        cross=frozenset({200}),
        scoped_check=_not_subscribed,
    ),
    Endpoint(
        "PUT",
        "/reports/subscription",
        STAFF,
        lambda s: {"json": {"frequency": "week", "email": "fra202@kommune202.dk"}},
        cross=frozenset({200}),
    ),
]
