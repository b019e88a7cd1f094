"""The municipality's settings from the desktop, against the real server: an administrator
reads and changes per-person statistics; others cannot; offline and logged out say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.live_server import LiveServer

from desktop.core.errors import NotLoggedIn, Rejected, ServerUnreachable
from desktop.services.municipality import MunicipalitySettingsService
from desktop.services.profile import TokenVault
from desktop.services.session import SessionService

PASSWORD = "Kommunens-indstillinger-2026"


@pytest.fixture
def server(live_server: LiveServer) -> LiveServer:
    live_server.create_account("101", "admin", PASSWORD, "admin", "Anne Admin")
    live_server.create_account("101", "leder", PASSWORD, "manager", "Lars Leder")
    live_server.create_account("202", "admin2", PASSWORD, "admin", "Anden Admin")
    return live_server


def _service(server: LiveServer, root: Path, code: str, user: str) -> MunicipalitySettingsService:
    root.mkdir(parents=True, exist_ok=True)
    session = SessionService(TokenVault(), root)
    session.login(server.url, code, user, PASSWORD)
    return MunicipalitySettingsService(session)


def test_admin_turns_per_person_statistics_on_and_off(server: LiveServer, tmp_path: Path) -> None:
    admin = _service(server, tmp_path / "a", "101", "admin")
    assert admin.can_change
    assert admin.load().per_person_stats is False  # off unless turned on
    assert admin.set_per_person_stats(True).per_person_stats is True
    assert admin.load().per_person_stats is True
    # The server now allows the staff grouping for a manager of 101, not of 202.
    manager = _service(server, tmp_path / "m", "101", "leder")
    assert not manager.can_change
    assert manager.load().per_person_stats is True
    other = _service(server, tmp_path / "o", "202", "admin2")
    assert other.load().per_person_stats is False
    assert admin.set_per_person_stats(False).per_person_stats is False
    assert manager.load().per_person_stats is False


def test_a_manager_cannot_change_it(server: LiveServer, tmp_path: Path) -> None:
    manager = _service(server, tmp_path / "m", "101", "leder")
    with pytest.raises(Rejected) as caught:
        manager.set_per_person_stats(True)
    assert caught.value.message  # the server's Danish reason
    admin = _service(server, tmp_path / "a", "101", "admin")
    assert admin.load().per_person_stats is False  # nothing changed


def test_logged_out_and_offline(server: LiveServer, tmp_path: Path) -> None:
    admin = _service(server, tmp_path / "a", "101", "admin")
    admin.session.logout()
    with pytest.raises(NotLoggedIn):
        admin.load()
    again = _service(server, tmp_path / "b", "101", "admin")
    server.close()
    with pytest.raises(ServerUnreachable):
        again.set_per_person_stats(True)
