"""Borgerweb in admin mode against the real server: the page shows the server's settings,
"Gem" sends only the changed fields (a change made meanwhile by someone else stays), a bad
address or colour is named beside its field in Danish and nothing is sent, a logo is uploaded
as a blob and saved, and removed again; Ctrl+S saves; "Åbn borgerweb" opens the front page."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtTest import QTest
from support.gui import wait_idle
from support.live_server import LiveServer

from desktop.devtools.tour_art import demo_logo_png
from desktop.ui.admin.citizen_web.controller import CITIZEN_WEB
from desktop.ui.admin.mode_band import ADMIN

pytestmark = pytest.mark.live


def _server(server: LiveServer) -> dict:  # type: ignore[type-arg]
    api = server.admin_api("101", "admin2")
    result: dict = api.request("GET", "/citizen/settings")  # type: ignore[type-arg]
    return result


def _patch(server: LiveServer, **fields: object) -> None:
    server.admin_api("101", "admin2").request("PATCH", "/citizen/settings", json=fields)


def _open(qtbot, admin_window, admin_ui):  # type: ignore[no-untyped-def]
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    citizen = admin_ui.citizen_web
    assert citizen is not None
    page = citizen.open()
    wait_idle(qtbot, admin_window)
    assert admin_ui.host.current_page() is page
    return citizen, page


class _Browser(QObject):
    """Stands in for the user's browser: Qt hands it the URLs QDesktopServices opens."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_the_page_shows_the_servers_settings_and_opens_the_front_page(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    _patch(
        ui_server,
        public_base_url="https://vejviser.kommune.dk",
        brand_colour="#0B5563",
        accessibility_statement_url="https://www.was.digst.dk/vejviser-kommune-dk",
    )
    citizen, page = _open(qtbot, admin_window, admin_ui)
    assert page.address.text() == "https://vejviser.kommune.dk"
    assert page.colour.text() == "#0b5563"
    assert page.statement.text() == "https://www.was.digst.dk/vejviser-kommune-dk"
    assert page.logo_value is None and page.logo_preview.text().startswith("Intet logo")
    assert not page.remove_logo.isEnabled() and not page.undo.isEnabled()
    assert citizen.section.address.text() == "https://vejviser.kommune.dk"
    assert admin_window.frame.navs["admin"].sections.buttons[-1].text() == "Borgerweb"
    assert page.save_button.text() == "Gem" and "Ctrl+S" in page.save_button.toolTip()

    browser = _Browser()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, browser, "open")
    try:
        page.open_button.click()
        citizen.section.open_button.click()
    finally:
        for scheme in ("http", "https"):
            QDesktopServices.unsetUrlHandler(scheme)
    assert browser.opened == ["https://vejviser.kommune.dk/borger/101/"] * 2


def test_without_an_address_the_page_says_so_and_cannot_open_it(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    citizen, page = _open(qtbot, admin_window, admin_ui)
    assert page.address.text() == ""
    assert page.colour.text() == "#1f4e79"  # the default colour
    assert not page.open_button.isEnabled()
    assert not citizen.section.open_button.isEnabled()
    assert "ingen QR-kode" in citizen.section.address.text()


def test_saving_sends_only_the_changed_fields(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    _patch(ui_server, accessibility_statement_url="https://www.was.digst.dk/gammel")
    _citizen, page = _open(qtbot, admin_window, admin_ui)
    # Another admin changes the statement after the page was loaded.
    _patch(ui_server, accessibility_statement_url="https://www.was.digst.dk/ny")

    page.address.clear()
    qtbot.keyClicks(page.address, "https://vejviser.kommune.dk")
    page.pick_colour.click()  # "Vælg farve…"
    dialog = page.colour_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.currentColor().name() == "#1f4e79"  # starts from the colour in the field
    dialog.setCurrentColor(QColor("#6a1b9a"))
    dialog.accept()
    assert page.colour.text() == "#6a1b9a"
    assert "#6a1b9a" in page.swatch.styleSheet()
    assert page.undo.isEnabled()
    assert page.changes() == {
        "public_base_url": "https://vejviser.kommune.dk",
        "brand_colour": "#6a1b9a",
    }
    admin_window.activateWindow()
    page.address.setFocus()
    QTest.keyClick(admin_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Gem
    wait_idle(qtbot, admin_window)

    saved = _server(ui_server)
    assert saved["public_base_url"] == "https://vejviser.kommune.dk"
    assert saved["brand_colour"] == "#6a1b9a"
    # the statement was not sent: the other admin's change stays, and the page shows it
    assert saved["accessibility_statement_url"] == "https://www.was.digst.dk/ny"
    assert page.statement.text() == "https://www.was.digst.dk/ny"
    assert page.changes() == {} and not page.undo.isEnabled()
    assert page.open_button.isEnabled()


def test_a_bad_address_or_colour_is_named_in_danish_and_nothing_is_sent(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    _citizen, page = _open(qtbot, admin_window, admin_ui)
    before = _server(ui_server)

    page.colour.setText("#6a1b9a")  # good, but not saved beside a bad address
    page.address.setText("vejviser.kommune.dk")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    error = page.errors["public_base_url"]
    assert error.isVisible()
    assert error.text().startswith("Skriv hele adressen, så den begynder med https://")
    assert page.address.hasFocus()
    assert _server(ui_server) == before
    assert page.address.text() == "vejviser.kommune.dk"  # what was typed stays

    page.address.setText("https://vejviser.kommune.dk")
    page.colour.setText("#6a1b9")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert not page.errors["public_base_url"].isVisible()
    assert page.errors["brand_colour"].text() == "Skriv farven som #rrggbb, fx #1f4e79."
    assert _server(ui_server) == before

    page.colour.setText("#ffeb3b")  # yellow: white text on it cannot be read
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert "for lidt kontrast til hvid tekst" in page.errors["brand_colour"].text()
    assert _server(ui_server) == before

    page.undo.click()
    assert page.address.text() == "" and page.colour.text() == before["brand_colour"]
    assert not page.errors["brand_colour"].isVisible()


def test_a_logo_is_uploaded_saved_and_removed(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server, tmp_path: Path
) -> None:
    citizen, page = _open(qtbot, admin_window, admin_ui)
    data = demo_logo_png()
    image = tmp_path / "logo.png"
    image.write_bytes(data)
    page.logo_file_chosen.emit(image)  # the file chosen in "Vælg billede…"
    wait_idle(qtbot, admin_window)
    sha = hashlib.sha256(data).hexdigest()
    assert page.logo_value == sha
    assert not page.logo_preview.pixmap().isNull()
    assert _server(ui_server)["logo_sha256"] is None  # saved with "Gem"
    assert page.changes() == {"logo_sha256": sha}

    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert _server(ui_server)["logo_sha256"] == sha

    # Shown again from the server in a fresh look (the image fetched as a blob).
    page.logo_images.clear()
    citizen.load()
    wait_idle(qtbot, admin_window)
    assert not page.logo_preview.pixmap().isNull()

    assert page.remove_logo.isEnabled()
    page.remove_logo.click()
    assert page.logo_preview.pixmap().isNull()
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert _server(ui_server)["logo_sha256"] is None
    assert not page.remove_logo.isEnabled()


def test_a_file_that_is_not_an_image_gets_the_servers_message(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server, tmp_path: Path
) -> None:
    _citizen, page = _open(qtbot, admin_window, admin_ui)
    text = tmp_path / "logo.png"
    text.write_text("ikke et billede", encoding="utf-8")
    page.logo_file_chosen.emit(text)
    wait_idle(qtbot, admin_window)
    error = page.errors["logo_sha256"]
    assert error.isVisible()
    assert error.text() == "Kun PNG-, JPEG- og WebP-billeder kan gemmes."
    assert page.logo_value is None
    assert _server(ui_server)["logo_sha256"] is None


def test_the_section_is_the_last_of_the_admin_nav(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    admin_ui.host.show_section(CITIZEN_WEB)
    citizen = admin_ui.citizen_web
    assert citizen is not None and citizen.section.isVisible()
    citizen.section.settings_button.click()
    wait_idle(qtbot, admin_window)
    assert admin_ui.host.current_page() is citizen.page
