"""The KOMHEN export on the Ledelse page: a year and a counting week (tælleuge), saved as the
CSV file KL's KOMHEN count asks for, with a progress bar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QProgressBar, QSpinBox, QWidget

from ..kit.widgets import button, card, label


def current_week(today: date | None = None) -> tuple[int, int]:
    """The ISO year and week of ``today`` (the counting week is an ISO week)."""
    year, week, _day = (today or date.today()).isocalendar()
    return year, week


class KomhenCard(QWidget):
    """``export_requested`` asks for the file of (year, week)."""

    export_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, inner = card(self.tr("KOMHEN counting week"))
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        inner.addWidget(label(self.tr("KOMHEN counting week"), "heading"))
        inner.addWidget(
            label(
                self.tr(
                    "Counts per channel, KLE task, henvendelsestype and unit for one counting "
                    "week, as a CSV file for KL's KOMHEN count."
                ),
                "small",
            )
        )
        year, week = current_week()
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        self.year.setValue(year)
        self.year.setAccessibleName(self.tr("Year"))
        self.week = QSpinBox()
        self.week.setRange(1, 53)
        self.week.setValue(week)
        self.week.setAccessibleName(self.tr("Counting week (tælleuge)"))
        self.export = button(self.tr("Export KOMHEN file"), icon="open", on_click=self._export)
        self.export.setObjectName("export_komhen")
        self.grid = QGridLayout()
        self.captions = [label(self.tr("Year"), "small"), label(self.tr("Counting week"), "small")]
        for widget in (self.year, self.week, self.export):
            widget.setMinimumHeight(44)
            widget.setMinimumWidth(110)
        inner.addLayout(self.grid)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("KOMHEN export progress"))
        self.progress.hide()
        inner.addWidget(self.progress)
        self.status = label("", "small")
        self.status.setObjectName("komhen_status")
        inner.addWidget(self.status)
        self.reflow(False)

    def reflow(self, compact: bool) -> None:
        for widget in (*self.captions, self.year, self.week, self.export):
            self.grid.removeWidget(widget)
        self.grid.addWidget(self.captions[0], 0, 0)
        self.grid.addWidget(self.captions[1], 0, 1)
        self.grid.addWidget(self.year, 1, 0)
        self.grid.addWidget(self.week, 1, 1)
        if compact:
            self.grid.addWidget(self.export, 2, 0, 1, 2)
        else:
            self.grid.addWidget(self.export, 1, 2)

    def _export(self) -> None:
        self.export_requested.emit(self.year.value(), self.week.value())

    def started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.export.setEnabled(False)

    def moved(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def finished(self, text: str) -> None:
        self.progress.hide()
        self.export.setEnabled(True)
        self.status.setText(text)
