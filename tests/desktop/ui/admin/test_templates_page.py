"""The message templates keep what was typed on this computer until it is saved or
discarded (one copy per municipality): leaving the page or closing the program loses nothing,
the page comes back with a note, "Kassér" returns the server's version, a save removes the
copy. Against the real server (the templates are read from it)."""

from __future__ import annotations

from typing import Any

import pytest
from support.gui import wait_idle

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.admin.feature import AdminFeature
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow

pytestmark = pytest.mark.live


def _kept(window: MainWindow) -> Any:
    admin = window.context.workspace.admin
    return admin.kept_form(admin.form_key("templates"))


def test_typed_templates_survive_leaving_and_a_restart_until_saved(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    shipped = admin_ui.service.templates()
    admin_ui.open_templates()
    wait_idle(qtbot, admin_window)
    page = admin_ui.templates
    assert admin_ui.host.current_page() is page and not page.kept.isVisible()
    subject = page.edits["mail_subject"]
    subject.setFocus()
    subject.selectAll()
    qtbot.keyClicks(subject, "Din vejledning: {titel}")
    qtbot.waitUntil(lambda: _kept(admin_window) is not None, timeout=5_000)
    assert _kept(admin_window).key.startswith("templates:101")

    # The history and back (the templates read from the server again): the text is there,
    # with the note.
    qtbot.keyClicks(subject, "!")
    page.history.click()
    wait_idle(qtbot, admin_window)
    assert admin_ui.host.current_page() is admin_ui.template_flow.history
    admin_ui.template_flow.history.back.click()
    wait_idle(qtbot, admin_window)
    assert admin_ui.host.current_page() is page
    assert subject.text() == "Din vejledning: {titel}!"
    assert page.kept.isVisible() and "Ikke-gemte ændringer fra" in page.kept.text.text()
    assert page.kept.discard.text() == "Kassér" and page.kept.discard.minimumHeight() >= 44
    assert admin_ui.service.local_edits() == []  # not a guide edit

    # Typed on and the program closed at once: a new window brings it back.
    qtbot.keyClicks(subject, "!")
    admin_window.close()
    wait_idle(qtbot, admin_window)
    again = AppContext(vault=TokenVault())
    window = MainWindow(again, UiPrefs())
    qtbot.addWidget(window)
    try:
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        admin = window.feature(AdminFeature)
        admin.open_templates()
        wait_idle(qtbot, window)
        page = admin.templates
        subject = page.edits["mail_subject"]
        assert subject.text() == "Din vejledning: {titel}!!"
        assert page.kept.isVisible()

        # "Kassér": the server's templates again, the copy gone.
        page.kept.discard.click()
        assert subject.text() == (shipped.mail_subject or "")
        assert not page.kept.isVisible() and _kept(window) is None

        # Typed again and saved: the copy is gone, the saved text stays.
        subject.setText("Vejledning fra Borgerservice: {titel}")
        qtbot.waitUntil(lambda: _kept(window) is not None, timeout=5_000)
        page.save.click()
        wait_idle(qtbot, window)
        assert not page.error.isVisible(), page.error.text()
        assert _kept(window) is None and not page.kept.isVisible()
        assert admin.service.templates().mail_subject == "Vejledning fra Borgerservice: {titel}"
        admin.open_templates()
        wait_idle(qtbot, window)
        assert subject.text() == "Vejledning fra Borgerservice: {titel}"
        assert not page.kept.isVisible()
    finally:
        window.close()
        wait_idle(qtbot, window)
        again.close()
