"""A contact left running by a crash is asked about when the window starts; the telephony hook
(``vejviser contact start|stop`` through the control channel) drives the running app's timer
bar; a second start of the app brings the running window forward."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from support.gui import wait_idle

from desktop.app import AppContext
from desktop.services.contact import ContactState
from desktop.services.control import another_instance_running
from desktop.services.profile import TokenVault
from desktop.ui.contact.feature import ContactFeature
from desktop.ui.contact.finish_page import FINISH
from desktop.ui.contact.recovery_dialog import RecoveryDialog
from desktop.ui.shell.main import VejviserApp, run_gui
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import Channel


@pytest.fixture
def crashed(context: AppContext) -> Iterator[AppContext]:
    """An app that was timing a contact died; this is the next start on the same profile."""
    service = context.workspace.contact
    service.start(Channel.COUNTER)
    context.workspace.lookup.record_use("melde-flytning")
    # The old process is gone without finishing anything; a new one opens the same cache.
    again = AppContext(vault=TokenVault())
    yield again
    again.close()


def _window(qtbot, context: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(context, UiPrefs())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    return win


def _close(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.close()
    wait_idle(qtbot, win)


@pytest.mark.parametrize("choice", ["resume", "finish", "discard"])
def test_new_window_asks_about_the_unfinished_contact(qtbot, crashed, choice) -> None:  # type: ignore[no-untyped-def]
    started = crashed.workspace.contact.status().started_at
    win = _window(qtbot, crashed)
    try:
        dialog = win.findChild(RecoveryDialog)
        assert dialog is not None and dialog.isVisible()
        assert "Fremmøde" in dialog.details.text()
        button = {
            "resume": dialog.resume_button,
            "finish": dialog.finish_button,
            "discard": dialog.discard_button,
        }[choice]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        status = crashed.workspace.contact.status()
        bar = win.feature(ContactFeature).bar
        if choice == "resume":
            assert status.state is ContactState.RUNNING and status.started_at == started
            assert status.guide_ids == ("melde-flytning",)
            assert bar.state is ContactState.RUNNING and bar.current_channel() is Channel.COUNTER
        elif choice == "finish":
            assert status.state is ContactState.STOPPED
            assert win.frame.detail.currentWidget() is win.feature(ContactFeature).finish
            assert win.feature(ContactFeature).finish.mode == FINISH
        else:
            assert status.state is ContactState.IDLE and bar.state is ContactState.IDLE
        assert crashed.workspace.contact.recover() is None
    finally:
        _close(qtbot, win)


def test_no_question_without_an_unfinished_contact(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, context)
    try:
        assert win.findChild(RecoveryDialog) is None
    finally:
        _close(qtbot, win)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command line, as a softphone would run it."""
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_contact_start_and_stop_from_the_command_line_drive_the_bar(
    qtbot, window, context, danish, contact_ui
) -> None:  # type: ignore[no-untyped-def]
    app = VejviserApp(danish, context)
    app.window = window
    assert app.serve_control()
    bar = contact_ui.bar

    started = _cli("contact", "start", "--channel", "fremmøde")
    assert started.returncode == 0, started.stderr
    assert "Henvendelse startet" in started.stdout
    qtbot.waitUntil(lambda: bar.state is ContactState.RUNNING, timeout=5000)
    assert bar.current_channel() is Channel.COUNTER and bar.stop.isVisible()
    assert bar.channels.button_for(Channel.COUNTER).isChecked()

    status = _cli("contact", "status")
    assert status.returncode == 0 and "i gang" in status.stdout

    stopped = _cli("contact", "stop")
    assert stopped.returncode == 0, stopped.stderr
    qtbot.waitUntil(lambda: bar.state is ContactState.STOPPED, timeout=5000)
    assert window.frame.detail.currentWidget() is contact_ui.finish  # one tap left
    contact_ui.finish.submit()
    assert context.workspace.contact.status().state is ContactState.IDLE


def test_a_second_start_shows_the_running_window(qtbot, window, context, danish) -> None:  # type: ignore[no-untyped-def]
    app = VejviserApp(danish, context)
    app.window = window
    assert app.serve_control()
    assert another_instance_running(context.root)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    assert run_gui() == 0  # asks the running one to show itself and exits
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
    assert window.isVisible()
