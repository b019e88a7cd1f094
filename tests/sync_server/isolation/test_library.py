"""Isolation: the shared library, following updates and suggestions to the owner."""

from __future__ import annotations

import httpx
from support.world import World

from sync_server.protocol import Role

from .matrix import (
    ADMIN,
    ALL,
    Endpoint,
    empty_list,
)
from .seed import PRIVATE, PUBLIC, Seeded

UPDATE = "/library/updates/{guide_id}"


def _library_shows_101_published_only(response: httpx.Response) -> None:
    ids = [(g["guide"]["municipality"], g["guide"]["id"]) for g in response.json()]
    assert ids == [("101", "pub101")]


ENDPOINTS: list[Endpoint] = [
    Endpoint(
        "GET",
        "/library",
        ALL,
        lambda s: {"params": {"q": "kladde pas"}},
        cross=frozenset({200}),
        scoped_check=empty_list,
    ),
    Endpoint(
        "GET", "/library/{municipality}/{guide_id}", ALL, url=lambda s: "/library/101/kladde101"
    ),
    Endpoint(
        "POST",
        "/library/{municipality}/{guide_id}/copy",
        ADMIN,
        url=lambda s: "/library/101/kladde101/copy",
    ),
    Endpoint("GET", "/library/updates", ADMIN, cross=frozenset({200}), scoped_check=empty_list),
    Endpoint("GET", UPDATE, ADMIN, url=lambda s: "/library/updates/kladde101"),
    Endpoint("POST", UPDATE + "/take", ADMIN, url=lambda s: "/library/updates/kladde101/take"),
    Endpoint(
        "POST", UPDATE + "/dismiss", ADMIN, url=lambda s: "/library/updates/kladde101/dismiss"
    ),
    Endpoint("POST", UPDATE + "/detach", ADMIN, url=lambda s: "/library/updates/kladde101/detach"),
    Endpoint("GET", "/library/suggestions", ADMIN, cross=frozenset({200}), scoped_check=empty_list),
    Endpoint(
        "POST",
        "/library/suggestions",
        ADMIN,
        lambda s: {"json": {"guide_id": "kladde101", "text": "FRA202"}},
    ),
]


def test_the_library_shows_101s_published_guide_and_nothing_else(
    world: World, seeded: Seeded
) -> None:
    response = world.call("GET", "/library", code="202", role=Role.AGENT)
    _library_shows_101_published_only(response)
    assert PUBLIC in response.text and PRIVATE not in response.text
