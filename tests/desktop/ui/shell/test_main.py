"""``run_gui``: first run asks for a login (cancel quits cleanly); a configured profile opens
the main window at once; the exit code is returned."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.lookup.feature import LookupFeature
from desktop.ui.shell.login import LoginDialog
from desktop.ui.shell.main import run_gui
from desktop.ui.shell.window import MainWindow


def _later(callback, ms: int = 200) -> None:  # type: ignore[no-untyped-def]
    QTimer.singleShot(ms, callback)


@pytest.fixture(autouse=True)
def _keep_the_test_app_alive(danish):  # type: ignore[no-untyped-def]
    """run_gui shares the test QApplication: closing its last window must not leave the app
    in the "quitting" state, or the event loops of later tests return at once."""
    danish.setQuitOnLastWindowClosed(False)
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.sync.stop()
            widget.close()
    danish.setQuitOnLastWindowClosed(True)


def test_first_run_shows_the_login_and_cancel_exits(qtbot, danish) -> None:  # type: ignore[no-untyped-def]
    seen = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        dialog.reject()

    _later(cancel)
    assert run_gui() == 0
    assert seen == [LoginDialog]


def test_configured_profile_opens_the_window(qtbot, synced_profile, danish) -> None:  # type: ignore[no-untyped-def]
    """An earlier session left a profile and a synced cache: the window opens at once (its
    sync finds no server and says "offline")."""
    seen = []

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        seen.append(len(shown))
        if shown:
            shown[0].feature(LookupFeature).search.set_query("flytning")
            seen.append(shown[0].feature(LookupFeature).search.results.rows()[0].key)
        QApplication.quit()

    _later(look_and_quit, 500)
    assert run_gui() == 0
    assert seen == [1, "melde-flytning"]
