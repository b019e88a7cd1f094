"""The agent's own day ("I dag": count and active time, the registrations)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from desktop.services.contact import LogEntry, TodaySummary

from ..kit.formats import danish_date
from ..kit.labels import channel_label, duration_text, minutes_text, outcome_label
from ..kit.widgets import button, card, label, shortcut_hint

MANUAL_KEY = "Shift+F9"
MAX_ROWS = 60


def entry_text(entry: LogEntry, short: bool = False) -> str:
    reg = entry.registration
    parts = [duration_text(reg.active_seconds), outcome_label(reg.outcome)]
    if not short:
        parts += [channel_label(reg.channel), reg.area or ""]
    return " · ".join(p for p in parts if p)


def clock_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


class TodayPage(QScrollArea):
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
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        entries = sorted(summary.entries, key=lambda e: e.finished_at, reverse=True)
        if not entries:
            self.rows.addWidget(label(self.tr("No registrations yet today."), "muted"))
        for entry in entries[:MAX_ROWS]:
            text = f"{clock_time(entry.finished_at)}  {entry_text(entry)}"
            if entry.registration.manual:
                text += " · " + self.tr("by hand")
            self.rows.addWidget(label(text, "body"))
