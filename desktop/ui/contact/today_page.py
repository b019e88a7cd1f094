"""The agent's own day ("I dag": count and active time, the registrations) and the strip
that shows the last registration with "Ret" and "Fortryd" for 10 minutes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from desktop.services.contact import LogEntry, TodaySummary

from ..kit.formats import danish_date
from ..kit.labels import channel_label, duration_text, minutes_text, outcome_label
from ..kit.widgets import button, card, label, shortcut_hint

MANUAL_KEY = "Shift+F9"
UNDONE_MS = 8000
MAX_ROWS = 60


def entry_text(entry: LogEntry, short: bool = False) -> str:
    reg = entry.registration
    parts = [duration_text(reg.active_seconds), outcome_label(reg.outcome)]
    if not short:
        parts += [channel_label(reg.channel), reg.area or ""]
    return " · ".join(p for p in parts if p)


def clock_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


class TodayView(QScrollArea):
    """A page of the detail pane: today's registrations on this workstation."""

    manual_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Today"))
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        self.title = label(self.tr("Today"), "title")
        layout.addWidget(self.title)
        frame, inner = card(self.tr("Your day"))
        self.count = label("", "heading")
        self.count.setObjectName("today_count")
        self.time = label("", "body")
        self.time.setObjectName("today_time")
        inner.addWidget(self.count)
        inner.addWidget(self.time)
        inner.addWidget(
            label(self.tr("Only your own registrations on this workstation are counted."), "small")
        )
        layout.addWidget(frame)
        self.manual = button(
            self.tr("Register by hand"),
            icon="edit",
            tooltip=shortcut_hint(self.tr("Register a contact that was not timed"), MANUAL_KEY),
            on_click=self.manual_requested.emit,
        )
        self.manual.setObjectName("manual")
        row = QHBoxLayout()
        row.addWidget(self.manual)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(label(self.tr("Registrations"), "heading"))
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        layout.addLayout(self.rows)
        layout.addStretch(1)

    def show_day(self, summary: TodaySummary) -> None:
        self.title.setText(self.tr("Today, %1").replace("%1", danish_date(summary.day)))
        count = self.tr("%n contact(s)", "", summary.count)
        self.count.setText(count)
        self.count.setAccessibleName(count)
        active = self.tr("%1 active time").replace("%1", minutes_text(summary.active_seconds))
        self.time.setText(active)
        self.time.setAccessibleName(active)
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        entries = sorted(summary.entries, key=lambda e: e.finished_at, reverse=True)
        if not entries:
            self.rows.addWidget(label(self.tr("No registrations yet today."), "muted"))
        for entry in entries[:MAX_ROWS]:
            text = f"{clock_time(entry.finished_at)}  {entry_text(entry)}"
            if entry.registration.manual:
                text += " · " + self.tr("by hand")
            self.rows.addWidget(label(text, "body"))


class LastStrip(QFrame):
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
