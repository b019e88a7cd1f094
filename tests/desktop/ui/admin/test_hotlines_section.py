"""Admin mode of a municipality: "Fælles hotlines" lists the hotlines; giving or taking away
access asks first and goes to the server only on "yes"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.gui import wait_idle
from support.live_server import LiveServer

from desktop.ui.admin.feature import HOTLINES, AdminFeature
from desktop.ui.admin.mode_band import ADMIN
from desktop.ui.shell.window import MainWindow
from sync_server.db.engine import make_session_factory, transaction
from sync_server.features.hotline import service as hotline_service

pytestmark = pytest.mark.live


def test_admit_and_dismiss_a_hotline_after_confirming(  # type: ignore[no-untyped-def]
    qtbot, ui_server: LiveServer, admin_window: MainWindow, admin_ui: AdminFeature
) -> None:
    with transaction(make_session_factory(ui_server.engine)) as session:
        hotline_service.create_hotline(session, "990", "Fælles Hotline")
    admin_ui.show_mode(ADMIN)
    admin_ui.host.show_section(HOTLINES)
    admin_ui.refresh_hotlines()
    wait_idle(qtbot, admin_window)
    section = admin_ui.hotlines
    assert [(h.code, h.admitted) for h in section.hotlines] == [("990", False)]
    row = section.list.rows()[0]
    assert row.title == "Fælles Hotline" and "Ingen adgang" in row.subtitle
    # Asked first: "Annullér" changes nothing.
    dialog = admin_ui.confirm_hotline(section.hotlines[0])
    qtbot.mouseClick(dialog.no, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, admin_window)
    assert not section.hotlines[0].admitted
    # "Giv adgang": admitted on the server, and the list says so.
    section.list.activated_row.emit(row)
    dialog = admin_ui.hotline_dialog
    assert dialog is not None and dialog.yes.text() == "Giv adgang"
    qtbot.mouseClick(dialog.yes, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, admin_window)
    assert [(h.code, h.admitted) for h in section.hotlines] == [("990", True)]
    assert section.list.rows()[0].badge == "Adgang"
    # "Fjern adgang" takes it away again.
    dialog = admin_ui.confirm_hotline(section.hotlines[0])
    assert dialog.yes.text() == "Fjern adgang"
    qtbot.mouseClick(dialog.yes, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, admin_window)
    assert [(h.code, h.admitted) for h in section.hotlines] == [("990", False)]
