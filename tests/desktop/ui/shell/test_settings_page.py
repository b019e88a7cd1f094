"""Settings: theme, text size and language take effect and are remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from desktop.ui.kit import theme
from desktop.ui.lookup.feature import LookupFeature
from desktop.ui.shell.login import LoginDialog
from desktop.ui.shell.main import VejviserApp
from desktop.ui.shell.prefs import PrefsStore


def test_theme_switch_restyles_and_is_remembered(qtbot, window, context, danish) -> None:  # type: ignore[no-untyped-def]
    app = VejviserApp(danish, context)
    window.prefs_changed.connect(app.change_prefs)
    window.show_settings()
    before = danish.styleSheet()

    window.settings.theme.button(2).click()  # Høj kontrast
    assert theme.current().name == "contrast"
    assert danish.styleSheet() != before
    assert "#ffff00" in danish.styleSheet()
    assert PrefsStore(context.root).load().theme == "contrast"

    window.settings.theme.button(1).click()  # Mørkt
    assert theme.current().name == "dark"
    assert PrefsStore(context.root).load().theme == "dark"

    window.settings.text_size.button(2).click()  # Større
    assert "font-size: 21px" in danish.styleSheet()
    assert PrefsStore(context.root).load().text_size == "larger"
    theme.apply_theme(danish, "light", "normal")


def test_theme_names_are_danish(window) -> None:  # type: ignore[no-untyped-def]
    names = [window.settings.theme.button(i).text() for i in range(3)]
    assert names == ["Lyst", "Mørkt", "Høj kontrast"]
    sizes = [window.settings.text_size.button(i).text() for i in range(3)]
    assert sizes == ["Normal", "Stor", "Større"]


def test_language_switch_rebuilds_the_window_in_english(qtbot, context, danish) -> None:  # type: ignore[no-untyped-def]
    app = VejviserApp(danish, context)
    first = app.build_window()  # the app owns (and deletes) replaced windows
    first.show()
    first.settings.select(language="en")
    second = app.window
    assert second is not first
    assert second.status.sync_button.text() == "Sync now"
    assert second.feature(LookupFeature).search.box.placeholderText() == "Search for a guide …"
    assert second.frame.detail.currentWidget() is second.settings  # you stay where you were
    assert PrefsStore(context.root).load().language == "en"
    second.settings.select(language="da")
    third = app.window
    qtbot.addWidget(third)
    assert third.status.sync_button.text() == "Synkronisér nu"
    third.sync.stop()
    qtbot.waitUntil(lambda: not third.ops.busy, timeout=15_000)
    assert QCoreApplication.translate("StatusBand", "Sync now") == "Synkronisér nu"


def test_account_and_logout(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    window.show_settings()
    assert "agent" in window.settings.account.text()
    assert window.settings.logout_button.isVisible()
    window.settings.logout_button.click()
    qtbot.waitUntil(lambda: context.session.token() is None, timeout=15_000)
    qtbot.waitUntil(lambda: window.settings.login_button.isVisible(), timeout=15_000)
    assert window.sync.state == "logged_out"
    # Logged out, "Synkronisér nu" asks for a login instead of doing nothing.
    qtbot.mouseClick(window.status.sync_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in window.findChildren(LoginDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].reason.text() == "Log ind for at synkronisere."
    dialogs[0].reject()
