"""The admin service: the editor's rules (https link, phone and e-mail on referral cards),
stale screenshots, and an edit saved while the server is away that is sent when it is back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from support.live_server import LiveServer

from desktop.core.errors import ServerUnreachable
from desktop.services.admin import (
    AdminService,
    InvalidGuide,
    build_write,
    image_type,
    new_guide_id,
    screenshot_stale,
)
from desktop.store import Cache, open_cache
from desktop.store.blobs import BlobStore
from desktop.sync.transport import ApiClient
from sync_server.protocol import GuideStatus

BODY = {"id": "skift-laege-test", "title": "Skift læge", "area": "Sundhed"}


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    cache = open_cache(tmp_path / "cache.sqlite3")
    yield cache
    cache.close()


def test_the_link_must_be_https_and_cards_get_normal_phone_and_email() -> None:
    with pytest.raises(InvalidGuide):
        build_write({**BODY, "self_service_url": "http://borger.dk"})
    write = build_write(
        {**BODY, "referral": [{"name": "Borgerservice", "phone": "70101010", "email": " a@b.dk"}]}
    )
    assert (write.referral[0].phone, write.referral[0].email) == ("+45 70 10 10 10", "a@b.dk")
    with pytest.raises(InvalidGuide, match="telefonnummer"):
        build_write({**BODY, "referral": [{"name": "Borgerservice", "phone": "12 34"}]})
    with pytest.raises(InvalidGuide, match="e-mailadresse"):
        build_write({**BODY, "referral": [{"name": "Borgerservice", "email": "ikke-en-adresse"}]})


def test_a_screenshot_older_than_half_a_year_is_stale() -> None:
    step = {"title": "Log ind", "text": "Tryk på Log ind.", "image": "a" * 64}
    fresh = build_write({**BODY, "steps": [{**step, "image_date": "2026-11-01"}]})
    old = build_write({**BODY, "steps": [{**step, "image_date": "2025-06-01"}]})
    today = date(2026, 12, 6)
    assert not screenshot_stale(fresh, today)  # type: ignore[arg-type]
    assert screenshot_stale(old, today)  # type: ignore[arg-type]


def test_ids_and_image_types() -> None:
    assert new_guide_id("Skift læge – nu").startswith("skift-laege-nu-")
    assert image_type(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert image_type(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert image_type(b"\xff\xd8\xff\xe0") == "image/jpeg"


def test_a_publish_while_the_server_is_away_is_sent_when_it_is_back(
    cache: Cache, tmp_path: Path, live_server: LiveServer
) -> None:
    admin = live_server.admin_api("101")  # the admin account of 101
    token = live_server.issue_token("101", "admin")
    service = AdminService(
        cache, BlobStore(cache, tmp_path / "blobs"), lambda: ApiClient(live_server.url, token)
    )
    write = build_write({**BODY, "guidance": ["Vælg en ny læge på borger.dk."]})
    live_server.stop()
    with pytest.raises(ServerUnreachable):
        service.save("new:x", write, GuideStatus.PUBLISHED)
    assert [d.send for d in service.local_edits()] == ["published"]

    live_server.start()
    sent, conflicts = service.send_pending()
    assert conflicts == []
    assert [g.id for g in sent] == ["skift-laege-test"]
    assert admin.get_guide("skift-laege-test")["status"] == "published"
    assert service.local_edits() == []
