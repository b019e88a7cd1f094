"""Isolation: shared hotlines, seen from a municipality (202 admits and dismisses for
itself only; a municipality has no members and no allocation report), and a member's view
of what the hotline registered for it."""

from __future__ import annotations

import httpx
from support.hotline import HOTLINE
from support.world import World

from sync_server.protocol import Role

from .matrix import (
    ADMIN,
    ALL,
    STAFF,
    STATS_PARAMS,
    Endpoint,
    empty_list,
)
from .seed import HOTLINE_FOR_202


def _hotlines_listed(response: httpx.Response) -> None:
    assert [h["code"] for h in response.json()] == [HOTLINE], response.text


def _not_a_hotline(response: httpx.Response) -> None:
    assert response.json()["error"] == "forbidden_tenant", response.text


ENDPOINTS: list[Endpoint] = [
    Endpoint("GET", "/hotlines", ADMIN, cross=frozenset({200}), scoped_check=_hotlines_listed),
    Endpoint(
        "POST",
        "/hotlines/{code}/admit",
        ADMIN,
        url=lambda s: f"/hotlines/{HOTLINE}/admit",
        cross=frozenset({200}),
    ),
    Endpoint(
        "POST",
        "/hotlines/{code}/dismiss",
        ADMIN,
        url=lambda s: f"/hotlines/{HOTLINE}/dismiss",
        cross=frozenset({200}),
    ),
    Endpoint("GET", "/hotline/members", ALL, cross=frozenset({200}), scoped_check=empty_list),
    Endpoint(
        "GET",
        "/reports/allocation",
        STAFF,
        STATS_PARAMS,
        cross=frozenset({403}),
        scoped_check=_not_a_hotline,
    ),
]


def test_a_member_sees_only_its_own_citizens_hotline_contacts(world: World) -> None:
    params = {"from": "2026-03-01", "to": "2026-03-31"}
    for code, shown in (("101", False), ("202", True)):
        csv_text = world.call(
            "GET",
            "/reports/export",
            code=code,
            role=Role.MANAGER,
            params={**params, "format": "csv"},
        ).text
        figures = world.call(
            "GET", "/reports/figures", code=code, role=Role.MANAGER, params=params
        ).text
        assert (HOTLINE_FOR_202 in csv_text) is shown, code
        assert (HOTLINE_FOR_202 in figures) is shown, code
    # the hotline's allocation names 202 and no other member
    allocation = world.call(
        "GET", "/reports/allocation", code=HOTLINE, role=Role.MANAGER, params=params
    ).json()
    assert [(r["municipality"], r["contacts"]) for r in allocation["rows"]] == [("202", 1)]
    # the hotline reads 202's published content and never 101's
    assert world.call("GET", "/sync/pull", code=HOTLINE, params={"member": "202"}).is_success
    members = world.call("GET", "/hotline/members", code=HOTLINE, role=Role.AGENT).json()
    assert [m["code"] for m in members] == ["202"]
