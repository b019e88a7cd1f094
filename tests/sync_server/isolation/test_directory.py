"""Isolation: the directories (areas, contacts, FAQ, synonyms) and renaming an area."""

from __future__ import annotations

from urllib.parse import quote

from .matrix import (
    ADMIN,
    ALL,
    Endpoint,
    empty_list,
)
from .seed import PRIVATE

ENDPOINTS: list[Endpoint] = [
    Endpoint(
        "POST",
        "/areas/{key}/rename",
        ADMIN,
        lambda s: {"json": {"name": "FRA202", "base_revision": 2}},
        url=lambda s: f"/areas/{quote(PRIVATE + '-område')}/rename",
    ),
]

DIRECTORY = {
    "areas": (f"{PRIVATE}-område", {"name": f"{PRIVATE}-område"}),
    "contacts": ("kontakt101", {"id": "kontakt101", "name": "FRA202"}),
    "faq": ("faq101", {"id": "faq101", "question": "FRA202", "answer": ["FRA202"]}),
    "synonyms": (PRIVATE, {"term": PRIVATE, "words": ["FRA202"]}),
}
for _kind, (_key, _body) in DIRECTORY.items():
    _item = f"/{_kind}/{quote(_key)}"
    ENDPOINTS += [
        Endpoint("GET", f"/{_kind}", ALL, cross=frozenset({200}), scoped_check=empty_list),
        Endpoint("GET", f"/{_kind}/{{key}}", ALL, url=lambda s, u=_item: u),
        Endpoint(
            "GET", f"/{_kind}/{{key}}/revisions", ALL, url=lambda s, u=_item: u + "/revisions"
        ),
        # without base_revision: 202 creates its own item with that key; with one: 404
        Endpoint(
            "PUT",
            f"/{_kind}/{{key}}",
            ADMIN,
            lambda s, b=_body: {"json": b, "params": {"base_revision": 1}},
            url=lambda s, u=_item: u,
        ),
        Endpoint(
            "DELETE",
            f"/{_kind}/{{key}}",
            ADMIN,
            lambda s: {"params": {"base_revision": 1}},
            url=lambda s, u=_item: u,
        ),
    ]
