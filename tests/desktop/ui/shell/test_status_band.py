"""The status band: online or offline, the last sync in Danish date format, what waits to be
sent, F5."""

from __future__ import annotations

import re

import pytest


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
