"""The band under the timer that shows the last registration with "Ret" and "Fortryd" while
it can be changed (10 minutes), and briefly what was undone."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from desktop.services.contact import LogEntry

from ..kit.widgets import button, label
from .today_page import entry_text

UNDONE_MS = 8000


class LastRegistrationBand(QFrame):
    """ "Gemt: løst straks · 3:12 · Telefon  [Ret] [Fortryd]" while it can be changed."""

    correct_requested = Signal()
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "laststrip")
        self.setAccessibleName(self.tr("Last registration"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 2, 12, 2)
        layout.setSpacing(8)
        self.text = label("", "body")
        self.text.setObjectName("last_text")
        self.text.setMinimumWidth(24)
        self.correct = button(
            self.tr("Correct"),
            icon="edit",
            tooltip=self.tr("Correct the last registration (10 minutes)"),
            on_click=self.correct_requested.emit,
        )
        self.correct.setObjectName("correct")
        self.undo = button(
            self.tr("Undo"),
            icon="undo",
            tooltip=self.tr("Undo the last registration (10 minutes)"),
            on_click=self.undo_requested.emit,
        )
        self.undo.setObjectName("undo")
        layout.addWidget(self.text, 1)
        layout.addWidget(self.correct)
        layout.addWidget(self.undo)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.compact = False
        self._shown: tuple[LogEntry, float | None, str] | None = None
        self.hide()

    def set_compact(self, compact: bool) -> None:
        """A handheld shows the duration and outcome only (one line, less height)."""
        self.compact = compact
        if self._shown is not None and self.isVisible():
            entry, remaining, saved = self._shown
            self._render(entry, remaining, saved)

    def show_entry(self, entry: LogEntry, remaining: float | None, saved_text: str) -> None:
        """``remaining``: seconds left of the correction window (None: it is over or undone)."""
        self._shown = (entry, remaining, saved_text)
        ms = self._render(entry, remaining, saved_text)
        self.timer.start(ms)
        self.setVisible(ms > 0)

    def _render(self, entry: LogEntry, remaining: float | None, saved_text: str) -> int:
        undone = entry.registration.deleted or remaining is None
        self.correct.setVisible(not undone)
        self.undo.setVisible(not undone)
        if undone:
            text = self.tr("Undone: %1").replace("%1", entry_text(entry, self.compact))
            ms = UNDONE_MS
        else:
            text = f"{saved_text} {entry_text(entry, self.compact)}"
            ms = max(0, int((remaining or 0) * 1000))
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.text.setToolTip(f"{saved_text} {entry_text(entry)}")
        return ms
