"""Isolation: messages to citizens, the templates and the SMS gateway's delivery reports."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import Engine
from support.world import World

from .matrix import (
    ADMIN,
    ALL,
    Endpoint,
    check_hotline,
    check_isolation,
    empty_list,
    endpoint_id,
    with_roles,
)
from .seed import WEBHOOK_SECRET, Seeded


def _templates_are_202s(response: httpx.Response) -> None:
    assert response.json()["revision"] in (0, 1)


ENDPOINTS: list[Endpoint] = [
    Endpoint(
        "POST",
        "/messages",
        ALL,
        lambda s: {
            "json": {
                "id": s.message_id,
                "channel": "sms",
                "recipient": "20304051",
                "body": "FRA202",
            }
        },
        cross=frozenset({200}),
    ),
    Endpoint("GET", "/messages", ALL, cross=frozenset({200}), scoped_check=empty_list),
    Endpoint("GET", "/messages/{message_id}", ALL, url=lambda s: f"/messages/{s.message_id}"),
    Endpoint(
        "GET", "/messaging/templates", ALL, cross=frozenset({200}), scoped_check=_templates_are_202s
    ),
    Endpoint(
        "PUT",
        "/messaging/templates",
        ADMIN,
        lambda s: {"json": {**s.templates, "signature": "FRA202", "revision": 0}},
        cross=frozenset({200}),
    ),
    # delivery reports come from the SMS gateway: a shared secret, not a token
    Endpoint(
        "POST",
        "/messaging/sms/status",
        None,
        lambda s: {"json": {"id": 1, "status": "DELIVERED"}},
        public_status=401,
    ),
    Endpoint(
        "GET",
        "/messaging/templates/revisions",
        ADMIN,
        cross=frozenset({200}),
        scoped_check=empty_list,
    ),
]


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=endpoint_id)
def test_isolation(
    world: World, engine: Engine, seeded: Seeded, endpoint: Endpoint, password: str
) -> None:
    check_isolation(world, engine, seeded, endpoint, password)


@pytest.mark.parametrize("endpoint", with_roles(ENDPOINTS), ids=endpoint_id)
def test_a_hotline_never_reads_or_writes_101(
    world: World, engine: Engine, seeded: Seeded, endpoint: Endpoint, password: str
) -> None:
    check_hotline(world, engine, seeded, endpoint, password)


def test_webhook_needs_its_secret(world: World, seeded: Seeded) -> None:
    report = {"id": 1, "status": "DELIVERED"}
    wrong = world.client.post(
        "/api/v1/messaging/sms/status", json=report, headers={"X-Webhook-Secret": "forkert"}
    )
    assert wrong.status_code == 401
    right = world.client.post(
        "/api/v1/messaging/sms/status", json=report, headers={"X-Webhook-Secret": WEBHOOK_SECRET}
    )
    assert right.status_code == 200
    assert right.json() == {"updated": False}  # no such message at the gateway
