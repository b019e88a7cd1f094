"""Borgerweb without the server: the page says the server must be reachable to change the
settings and keeps what was typed; only the admin role gets the section."""

from __future__ import annotations

from itertools import pairwise

from support.gui import wait_idle

from desktop.ui.admin.citizen_web.controller import CITIZEN_WEB
from desktop.ui.admin.feature import AdminFeature
from desktop.ui.shell.features import features_for
from sync_server.protocol import Role


def test_offline_the_page_says_so_and_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui
) -> None:
    citizen = admin_ui.citizen_web
    assert citizen is not None
    page = citizen.open()
    wait_idle(qtbot, admin_window)
    assert page.offline.isVisible()
    assert "Serveren kan ikke nås" in page.offline.text()
    assert "ikke hentes" in citizen.section.address.text()

    qtbot.keyClicks(page.address, "https://vejviser.kommune.dk")
    page.colour.setText("#6a1b9a")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert page.offline.isVisible()
    assert page.address.text() == "https://vejviser.kommune.dk"
    assert page.colour.text() == "#6a1b9a"

    citizen.open()  # fetched again, still offline: nothing typed is lost
    wait_idle(qtbot, admin_window)
    assert page.address.text() == "https://vejviser.kommune.dk"
    assert page.colour.text() == "#6a1b9a"


def test_the_fields_are_44_px_and_in_tab_order(qtbot, admin_window, admin_ui) -> None:  # type: ignore[no-untyped-def]
    citizen = admin_ui.citizen_web
    assert citizen is not None
    page = citizen.open()
    wait_idle(qtbot, admin_window)
    for size in ((400, 800), (1024, 768), (1280, 800)):
        admin_window.resize(*size)
        citizen.open()
        wait_idle(qtbot, admin_window)
        qtbot.wait(50)
        for widget in page.fields():
            assert widget.height() >= 44, (size, widget.objectName(), widget.height())
        # no sideways scroll
        assert page.form_area.widget().width() <= page.form_area.viewport().width(), size
    fields = [w for w in page.fields() if w.isEnabled()]
    for before, after in pairwise(fields):
        assert _next_field(before, fields) is after, (before.objectName(), after.objectName())


def _next_field(start, fields):  # type: ignore[no-untyped-def]
    """The first of ``fields`` that Tab reaches from ``start``."""
    widget = start.nextInFocusChain()
    while widget is not start:
        if widget in fields:
            return widget
        widget = widget.nextInFocusChain()
    return None


def test_only_the_admin_role_gets_the_section(window) -> None:  # type: ignore[no-untyped-def]
    def has(role: Role) -> bool:
        return any(isinstance(f, AdminFeature) for f in features_for(role))

    assert has(Role.ADMIN)
    assert not has(Role.MANAGER) and not has(Role.AGENT)
    # the agent's window has no such section
    assert CITIZEN_WEB not in window.frame._sections
