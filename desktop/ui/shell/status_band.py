"""The status line: online / offline / synkroniserer, last sync, what waits to be sent, and
"Synkronisér nu" (F5)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ..kit.formats import danish_datetime
from ..kit.widgets import button, label, polish, shortcut_hint
from .sync_controller import LOGGED_OUT, OFFLINE, ONLINE, SYNCING


class StatusBand(QFrame):
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "statusbar")
        self.setAccessibleName(self.tr("Status"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.setSpacing(10)
        self.dot = label("●", "dot", wrap=False, accessible=self.tr("Connection"))
        self.state_text = label("", wrap=False)
        self.last_sync = label("", "muted", wrap=False)
        self.pending = label("", "muted", wrap=False)
        self.sync_button = button(
            self.tr("Sync now"),
            icon="sync",
            accessible=self.tr("Sync now"),
            tooltip=shortcut_hint(self.tr("Sync now"), "F5"),
            on_click=self.sync_requested.emit,
        )
        self.sync_button.setObjectName("sync_now")
        for text in (self.state_text, self.last_sync, self.pending):
            text.setMinimumWidth(24)  # may be cut (the tooltip has it all), never widen the window
        layout.addWidget(self.dot)
        layout.addWidget(self.state_text)
        layout.addWidget(self.last_sync)
        layout.addWidget(self.pending)
        layout.addStretch(1)
        layout.addWidget(self.sync_button)
        self.state = OFFLINE
        self._compact = False
        self._last = ""
        self._pending = 0

    def set_state(self, state: str) -> None:
        self.state = state
        texts = {
            ONLINE: self.tr("Online"),
            OFFLINE: self.tr("Offline – showing saved guides"),
            SYNCING: self.tr("Syncing …"),
            LOGGED_OUT: self.tr("Not logged in – showing saved guides"),
        }
        short = {
            ONLINE: self.tr("Online"),
            OFFLINE: self.tr("Offline"),
            SYNCING: self.tr("Syncing …"),
            LOGGED_OUT: self.tr("Not logged in"),
        }
        text = (short if self._compact else texts)[state]
        self.state_text.setText(text)
        self.state_text.setAccessibleName(texts[state])
        self.state_text.setToolTip(texts[state])
        self.dot.setProperty("state", state)
        polish(self.dot)
        self.sync_button.setEnabled(state != SYNCING)

    def set_details(self, last_sync: str | None, pending: int) -> None:
        self._last = danish_datetime(last_sync)
        self._pending = pending
        self._render_details()

    def _render_details(self) -> None:
        if self._last:
            text = self.tr("Last synced %1").replace("%1", self._last)
        else:
            text = self.tr("Never synced")
        self.last_sync.setText(text)
        self.last_sync.setAccessibleName(text)
        waiting = self.tr("%n waiting to be sent", "", self._pending)
        self.pending.setText(waiting)
        self.pending.setAccessibleName(waiting)
        self.pending.setVisible(self._pending > 0)
        self.last_sync.setVisible(not self._compact)
        self.setToolTip(f"{text}\n{waiting}")
        self.updateGeometry()

    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        self.sync_button.setText("" if compact else self.tr("Sync now"))
        self.set_state(self.state)
        self._render_details()
