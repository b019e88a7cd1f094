"""Isolation: messages to citizens, the templates and the SMS gateway's delivery reports."""

from __future__ import annotations

import httpx
from support.world import World

from .matrix import (
    ADMIN,
    ALL,
    Endpoint,
    empty_list,
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
