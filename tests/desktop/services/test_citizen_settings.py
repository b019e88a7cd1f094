"""Borgerweb's settings from the desktop, against the real server: an admin reads them and
changes only the fields sent; every field is checked against the contract before anything is
sent; a logo is uploaded as a blob; a manager cannot change them; offline says so."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from support.live_server import PNG_1X1, LiveServer

from desktop.core.errors import Rejected, ServerUnreachable
from desktop.services.citizen_settings import CitizenSettingsService, InvalidCitizenSetting
from desktop.services.profile import TokenVault
from desktop.services.session import SessionService

PASSWORD = "Borgerweb-indstillinger-2026"


@pytest.fixture
def server(live_server: LiveServer) -> LiveServer:
    live_server.create_account("101", "admin", PASSWORD, "admin", "Anne Admin")
    live_server.create_account("101", "leder", PASSWORD, "manager", "Lars Leder")
    return live_server


def _service(server: LiveServer, root: Path, user: str) -> CitizenSettingsService:
    root.mkdir(parents=True, exist_ok=True)
    session = SessionService(TokenVault(), root)
    session.login(server.url, "101", user, PASSWORD)
    return CitizenSettingsService(session)


def test_only_the_fields_sent_change(server: LiveServer, tmp_path: Path) -> None:
    admin = _service(server, tmp_path / "a", "admin")
    assert admin.allowed
    start = admin.settings()
    assert start.public_base_url is None and start.brand_colour == "#1f4e79"
    assert admin.front_page(start.public_base_url) is None
    saved = admin.save({"public_base_url": " https://vejviser.kommune.dk/ "})
    assert saved.public_base_url == "https://vejviser.kommune.dk/"
    assert admin.front_page(saved.public_base_url) == "https://vejviser.kommune.dk/borger/101/"
    saved = admin.save({"brand_colour": "#0B5563"})
    assert saved.brand_colour == "#0b5563"
    assert saved.public_base_url == "https://vejviser.kommune.dk/"  # not sent, kept
    assert admin.save({"brand_colour": None}).brand_colour == "#1f4e79"  # back to default
    assert admin.save({}) == admin.settings()


def test_a_bad_field_sends_nothing(server: LiveServer, tmp_path: Path) -> None:
    admin = _service(server, tmp_path / "a", "admin")
    before = admin.settings()
    with pytest.raises(InvalidCitizenSetting) as bad:
        admin.save({"brand_colour": "#6a1b9a", "accessibility_statement_url": "was.digst.dk"})
    assert bad.value.field == "accessibility_statement_url"
    assert bad.value.code == "string_pattern_mismatch"
    with pytest.raises(InvalidCitizenSetting) as bad:
        admin.save({"brand_colour": "#ffeb3b"})
    assert bad.value.field == "brand_colour" and "kontrast" in bad.value.message
    assert admin.settings() == before


def test_a_logo_is_uploaded_and_set(server: LiveServer, tmp_path: Path) -> None:
    admin = _service(server, tmp_path / "a", "admin")
    image = tmp_path / "logo.png"
    image.write_bytes(PNG_1X1)
    sha, data = admin.upload_logo(image)
    assert sha == hashlib.sha256(PNG_1X1).hexdigest() and data == PNG_1X1
    assert admin.save({"logo_sha256": sha}).logo_sha256 == sha
    assert admin.logo(sha) == PNG_1X1
    assert admin.save({"logo_sha256": None}).logo_sha256 is None
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(InvalidCitizenSetting):
        admin.upload_logo(empty)


def test_a_manager_reads_but_cannot_change(server: LiveServer, tmp_path: Path) -> None:
    manager = _service(server, tmp_path / "m", "leder")
    assert not manager.allowed
    assert manager.settings().brand_colour == "#1f4e79"
    with pytest.raises(Rejected) as refused:
        manager.save({"brand_colour": "#0b5563"})
    assert refused.value.status == 403


def test_offline_says_so(server: LiveServer, tmp_path: Path) -> None:
    admin = _service(server, tmp_path / "a", "admin")
    server.stop()
    with pytest.raises(ServerUnreachable):
        admin.save({"brand_colour": "#0b5563"})
