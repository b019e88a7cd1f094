"""The administrator's card in Settings: per-person statistics switched on and off against the
real server; hidden from other roles; offline it says why it cannot be changed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from PySide6.QtCore import QPoint, Qt
from support.gui import wait_idle
from support.live_server import LiveServer

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import API_PREFIX

PASSWORD = "Kommunens-indstillinger-2026"


@pytest.fixture
def admin_window(qtbot, ui_server: LiveServer, danish) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    ui_server.create_account("101", "anne", PASSWORD, "admin", "Anne Admin")
    context = AppContext(vault=TokenVault())
    context.session.login(ui_server.url, "101", "anne", PASSWORD, True)
    context.after_login()
    win = MainWindow(context, UiPrefs())
    qtbot.addWidget(win)
    win.resize(1024, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    wait_idle(qtbot, win)
    context.close()


def _tap(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    """A tap on the box and its words (a check box answers only there, not to its right)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))


def _on_server(server: LiveServer) -> bool:
    token = server.login("101", "anne", PASSWORD)
    response = requests.get(
        server.url + API_PREFIX + "/municipality/settings",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    response.raise_for_status()
    return bool(response.json()["per_person_stats"])


@pytest.mark.live
def test_admin_switches_per_person_statistics(qtbot, admin_window, ui_server) -> None:  # type: ignore[no-untyped-def]
    window = admin_window
    card = window.municipality_card
    window.show_settings()
    wait_idle(qtbot, window)
    assert card.isVisible() and card.per_person.isEnabled()
    assert not card.per_person.isChecked()  # off unless turned on
    assert card.per_person.text() == "Tal pr. medarbejder"
    assert card.per_person.height() >= 44  # a touch target

    _tap(qtbot, card.per_person)
    wait_idle(qtbot, window)
    assert card.per_person.isChecked() and _on_server(ui_server)
    assert card.state.text() == "Gemt: Tal pr. medarbejder er slået til."

    _tap(qtbot, card.per_person)
    wait_idle(qtbot, window)
    assert not card.per_person.isChecked() and not _on_server(ui_server)
    assert card.state.text() == "Gemt: Tal pr. medarbejder er slået fra."


@pytest.mark.live
def test_offline_the_switch_is_disabled_and_says_why(qtbot, admin_window, ui_server) -> None:  # type: ignore[no-untyped-def]
    window = admin_window
    ui_server.close()
    window.show_settings()
    wait_idle(qtbot, window)
    card = window.municipality_card
    assert card.isVisible() and not card.per_person.isEnabled()
    assert card.state.text().startswith("Serveren kan ikke nås")


@pytest.mark.live
def test_a_refused_change_puts_the_switch_back(qtbot, admin_window, ui_server) -> None:  # type: ignore[no-untyped-def]
    window = admin_window
    window.show_settings()
    wait_idle(qtbot, window)
    card = window.municipality_card
    ui_server.close()  # gone between reading and saving
    _tap(qtbot, card.per_person)
    wait_idle(qtbot, window)
    assert not card.per_person.isChecked() and card.per_person.isEnabled()
    assert card.error.isVisible() and card.error.text().startswith("Serveren kan ikke nås")


def test_hidden_for_an_agent(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_settings()
    wait_idle(qtbot, window)
    assert not window.municipality_card.isVisible()
    assert window.settings.isVisible()
