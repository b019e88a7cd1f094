"""Isolation: guides (drafts, revisions), their screenshots, the desktop's pull and the
admin overview."""

from __future__ import annotations

from typing import Any

import httpx
from support.images import PNG
from support.world import guide_body

from .matrix import (
    ADMIN,
    ALL,
    Build,
    Endpoint,
    empty_list,
)
from .seed import SHA

GUIDE = "/guides/{guide_id}"


def _guide(guide_id: str, **kw: Any) -> Build:
    return lambda s: {"json": guide_body(guide_id, title="FRA202", **kw)}


def _overview_is_empty(response: httpx.Response) -> None:
    body = response.json()
    assert body["open_feedback_count"] == 0 and body["drafts"] == [], body


def _pull_is_own(response: httpx.Response) -> None:
    body = response.json()
    assert body["cursor"] == 0 and body["guides"] == [] and body["tombstones"] == []


ENDPOINTS: list[Endpoint] = [
    Endpoint("GET", "/guides", ALL, cross=frozenset({200}), scoped_check=empty_list),
    Endpoint("POST", "/guides", ADMIN, _guide("kladde101"), cross=frozenset({201})),
    Endpoint("GET", GUIDE, ALL, url=lambda s: "/guides/kladde101"),
    Endpoint(
        "PUT", GUIDE, ADMIN, _guide("kladde101", base_revision=2), url=lambda s: "/guides/kladde101"
    ),
    Endpoint(
        "DELETE",
        GUIDE,
        ADMIN,
        lambda s: {"params": {"base_revision": 2}},
        url=lambda s: "/guides/kladde101",
    ),
    Endpoint("GET", GUIDE + "/revisions", ALL, url=lambda s: "/guides/kladde101/revisions"),
    Endpoint(
        "POST",
        "/blobs",
        ADMIN,
        lambda s: {"content": PNG, "headers": {"Content-Type": "image/png"}},
        cross=frozenset({201}),
    ),
    # a screenshot is readable where it was uploaded or a visible guide shows it (101's
    # upload is used by no guide here): 202 gets 404, as for one that does not exist
    Endpoint("GET", "/blobs/{sha256}", ALL, url=lambda s: f"/blobs/{SHA}"),
    Endpoint("GET", "/sync/pull", ALL, cross=frozenset({200}), scoped_check=_pull_is_own),
    Endpoint(
        "POST",
        GUIDE + "/restore",
        ADMIN,
        lambda s: {"json": {"revision": 1}},
        url=lambda s: "/guides/kladde101/restore",
    ),
    Endpoint(
        "DELETE",
        GUIDE + "/draft",
        ADMIN,
        lambda s: {"params": {"base_revision": 2}},
        url=lambda s: "/guides/kladde101/draft",
    ),
    Endpoint(
        "GET", "/admin/overview", ADMIN, cross=frozenset({200}), scoped_check=_overview_is_empty
    ),
]
