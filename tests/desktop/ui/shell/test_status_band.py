"""The status line (Danish date format, waiting items) and the background operations helper."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QThread

from desktop.core.errors import VejviserError
from desktop.ui.kit.formats import danish_datetime
from desktop.ui.kit.worker import Operations


def test_danish_date_format() -> None:
    assert danish_datetime("2026-03-02T13:05:00") == "02-03-2026 13:05"
    assert danish_datetime(None) == ""
    assert danish_datetime("not a date") == ""


@pytest.mark.live
def test_status_shows_last_sync_and_waiting_items(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.state == "online" and not window.ops.busy, timeout=15_000)
    assert re.fullmatch(
        r"Senest synkroniseret \d\d-\d\d-\d{4} \d\d:\d\d", window.status.last_sync.text()
    )
    assert not window.status.pending.isVisible()
    context.workspace.feedback.send("pas", 1, "suggestion", "Nævn ekspeditionstiden.")
    window.refresh_status()
    assert window.status.pending.isVisible()
    assert window.status.pending.text() == "1 venter på at blive sendt"
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.state == "online" and not window.ops.busy, timeout=15_000)
    assert not window.status.pending.isVisible()  # sent


@pytest.mark.live
def test_f5_syncs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    states = []
    window.sync.state_changed.connect(states.append)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=15_000)
    assert states[:1] == ["syncing"] and states[-1] == "online"
    assert window.status.state_text.text() == "Online"


def test_operations_run_off_the_ui_thread(qtbot, danish) -> None:  # type: ignore[no-untyped-def]
    reported: list[BaseException] = []
    ops = Operations(reported.append)
    ui_thread = QThread.currentThread()
    seen = {}

    def work() -> int:
        seen["thread"] = QThread.currentThread()
        return 42

    results = []
    with qtbot.waitSignal(ops.idle, timeout=5_000):
        ops.run(work, on_done=results.append)
    assert results == [42] and seen["thread"] is not ui_thread

    def fail() -> None:
        raise VejviserError("Det gik galt.")

    with qtbot.waitSignal(ops.idle, timeout=5_000):
        ops.run(fail)
    assert [str(e) for e in reported] == ["Det gik galt."]

    def broken_refresh(_value: object) -> None:
        raise RuntimeError("refresh failed")

    with qtbot.waitSignal(ops.idle, timeout=5_000):
        ops.run(lambda: 1, on_done=broken_refresh)
    assert isinstance(reported[-1], RuntimeError)
