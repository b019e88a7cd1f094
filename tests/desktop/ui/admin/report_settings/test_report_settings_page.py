"""Rapportindstillinger against the real server: a bad amount is named and nothing is sent
(the goal typed beside it is not saved either); Danish amounts, a changed KOMHEN mapping and
column header are saved as one whole; only admins get the section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.gui import wait_idle
from support.live_server import LiveServer

from desktop.ui.admin.feature import AdminFeature
from desktop.ui.shell.features import features_for
from sync_server.protocol import Outcome, Role

pytestmark = pytest.mark.live


def _server_settings(server: LiveServer) -> dict:  # type: ignore[type-arg]
    api = server.admin_api("101", "admin2")
    result: dict = api.request("GET", "/reports/settings")  # type: ignore[type-arg]
    return result


def test_a_bad_amount_is_refused_and_good_ones_are_saved_whole(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    admin_ui.overview.report_settings_button.click()
    wait_idle(qtbot, admin_window)
    page = admin_ui.report_settings.page
    assert admin_ui.host.current_page() is page
    before = _server_settings(ui_server)
    assert page.goal.text() == "30"

    page.goal.setText("35,5")
    row = page.new_rate()
    row.channel.setCurrentIndex(row.channel.findData("phone"))
    qtbot.keyClicks(row.per_minute, "6.5")  # a Dane reads it as thousands: refused
    row.per_contact.setText("12")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, admin_window)
    assert page.error.isVisible()
    assert "»6.5«" in page.error.text() and "1.234,50" in page.error.text()
    assert _server_settings(ui_server) == before  # nothing sent, the goal not either

    row.per_minute.setText("-1")
    page.save.click()
    wait_idle(qtbot, admin_window)
    assert "mellem 0 og 100000" in page.error.text()
    assert _server_settings(ui_server) == before

    row.per_minute.setText("6,50")
    row.per_contact.setText("1.234,5")
    page.komhen_types[Outcome.REFERRED].setCurrentIndex(1)  # transaktion
    page.columns["count"].setText("Antal henvendelser")
    day = row.day().isoformat()
    page.save.click()
    wait_idle(qtbot, admin_window)
    assert not page.error.isVisible(), page.error.text()
    saved = _server_settings(ui_server)
    assert saved["resolved_goal"] == pytest.approx(0.355)
    assert saved["rates"] == [
        {
            "channel": "phone",
            "valid_from": day,
            "per_minute": 6.5,
            "per_contact": 1234.5,
        }
    ]
    assert saved["komhen_types"]["referred"] == "transaktion"
    assert saved["komhen_columns"]["count"] == "Antal henvendelser"
    # shown again the Danish way, as the server has it
    assert page.rates[0].per_contact.text() == "1234,5"
    assert page.goal.text() == "35,5"
    assert len(page.rates) == 1


def test_two_rates_of_a_channel_from_one_date_are_refused(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    page = admin_ui.report_settings.open()
    wait_idle(qtbot, admin_window)
    before = _server_settings(ui_server)
    for _ in range(2):
        row = page.new_rate()
        row.per_minute.setText("5")
    page.save.click()
    wait_idle(qtbot, admin_window)
    assert "to satser fra samme dato" in page.error.text()
    assert _server_settings(ui_server) == before


def test_only_admins_get_report_settings() -> None:
    def has(role: Role) -> bool:
        return any(isinstance(f, AdminFeature) for f in features_for(role))

    assert has(Role.ADMIN) and not has(Role.MANAGER) and not has(Role.AGENT)
