"""The "Ledelse" page: choose a period and a channel, see the key figures beside the previous
period and the goal, charts per channel and area (click a channel's bar to see its areas),
and export the report as XLSX, PDF or CSV with a progress bar."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.reports import ReportQuery
from sync_server.protocol import Channel, ExportFormat, PeriodKind, Report

from ..kit.labels import channel_label
from ..kit.widgets import button, card, label
from .charts import BarChart
from .komhen import KomhenCard
from .subscription import SubscriptionCard

COMPACT_WIDTH = 700


def number(value: float | None, decimals: int = 0) -> str:
    """Danish number format: 1.234,5."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def percent(value: float | None) -> str:
    return "–" if value is None else number(value * 100, 1) + " %"


class ManagementPage(QScrollArea):
    """A page of the detail pane. ``requested`` asks for the figures of a query;
    ``export_requested`` for a file (format)."""

    requested = Signal(object)
    export_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Management"))
        self.report: Report | None = None
        self.channel: str | None = None
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Management"), "title"))
        layout.addLayout(self._controls())
        self.status = label("", "small")
        layout.addWidget(self.status)
        frame, inner = card(self.tr("Key figures"))
        self.tiles = QGridLayout()
        self.tiles.setHorizontalSpacing(16)
        self.tiles.setVerticalSpacing(10)
        inner.addLayout(self.tiles)
        layout.addWidget(frame)
        self.figures: list[tuple[QLabel, QLabel, QLabel]] = []
        for name in (
            self.tr("Contacts"),
            self.tr("Resolved at once"),
            self.tr("Mean active time"),
            self.tr("Cost per contact"),
        ):
            self.figures.append((label(name, "small"), label("–", "heading"), label("", "small")))
        self.goal = label("", "body")
        inner.addWidget(self.goal)
        self.channels = BarChart(self.tr("Contacts per channel (click a bar for its areas)"))
        self.channels.bar_clicked.connect(self._drill)
        layout.addWidget(self.channels)
        row = QHBoxLayout()
        self.drill_title = label("", "heading")
        row.addWidget(self.drill_title, 1)
        self.all_channels = button(self.tr("All channels"), on_click=lambda: self._drill(-1))
        self.all_channels.hide()
        row.addWidget(self.all_channels)
        layout.addLayout(row)
        self.areas = QTableWidget(0, 4)
        headings = [self.tr("Area"), self.tr("Contacts"), self.tr("Mean min."), self.tr("Resolved")]
        self.areas.setHorizontalHeaderLabels(headings)
        self.areas.verticalHeader().hide()
        self.areas.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.areas.setMinimumHeight(220)
        header = self.areas.horizontalHeader()
        header.setStyleSheet("QHeaderView::section { padding: 0 6px; }")
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column in range(1, 4):  # the theme shows headers in capitals: room for them
            width = metrics.horizontalAdvance(headings[column].upper()) * 5 // 4 + 24
            header.resizeSection(column, width)
        layout.addWidget(self.areas)
        layout.addWidget(label(self.tr("Citizens' answers: did you get help?"), "heading"))
        self.answers = QTableWidget(0, 4)
        self.answers.setAccessibleName(self.tr("Citizens' answers per area"))
        names = [self.tr("Area"), self.tr("Answers"), self.tr("Yes"), self.tr("Yes, previous")]
        self.answers.setHorizontalHeaderLabels(names)
        self.answers.verticalHeader().hide()
        self.answers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.answers.setMinimumHeight(160)
        header = self.answers.horizontalHeader()
        header.setStyleSheet("QHeaderView::section { padding: 0 6px; }")
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 4):  # room for the capitals of the theme's headers
            width = metrics.horizontalAdvance(names[column].upper()) * 5 // 4 + 24
            header.resizeSection(column, width)
        layout.addWidget(self.answers)
        self.parts = QVBoxLayout()  # further parts of the page (the benchmark)
        layout.addLayout(self.parts)
        layout.addLayout(self._exports())
        self.komhen = KomhenCard()
        self.subscription = SubscriptionCard()
        layout.addWidget(self.komhen)
        layout.addWidget(self.subscription)
        layout.addStretch(1)
        self._reflow(False)

    # -- building ------------------------------------------------------------------------
    def _controls(self) -> QGridLayout:
        row = QGridLayout()
        row.setHorizontalSpacing(8)
        row.setVerticalSpacing(8)
        self.control_grid = row
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Period"))
        for kind, text in (
            (PeriodKind.DAY, self.tr("Day")),
            (PeriodKind.WEEK, self.tr("Week")),
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.YEAR, self.tr("Year")),
        ):
            self.kind.addItem(text, kind.value)
        self.kind.setCurrentIndex(2)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setAccessibleName(self.tr("A day in the period"))
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Channel"))
        self.filter.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.filter.addItem(channel_label(channel), channel.value)
        for widget in (self.kind, self.day, self.filter):
            widget.setMinimumHeight(44)
            widget.setMinimumWidth(120)
        self.show_button = button(self.tr("Show"), role="primary", on_click=self.ask)
        self.show_button.setMinimumHeight(44)
        self.controls = [self.kind, self.day, self.filter, self.show_button]
        return row

    def _exports(self) -> QVBoxLayout:
        column = QVBoxLayout()
        row = QGridLayout()
        self.export_grid = row
        self.export_buttons: dict[ExportFormat, QPushButton] = {}
        for fmt, text in (
            (ExportFormat.XLSX, self.tr("Export to Excel")),
            (ExportFormat.PDF, self.tr("Export as PDF")),
            (ExportFormat.CSV, self.tr("Export as CSV")),
        ):
            widget = button(text, icon="open", on_click=partial(self.export_requested.emit, fmt))
            widget.setMinimumHeight(44)
            self.export_buttons[fmt] = widget
        column.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        column.addWidget(self.progress)
        return column

    def _reflow(self, compact: bool) -> None:
        """Controls and export buttons in one row, or two (handheld) and one per row."""
        for index, widget in enumerate(self.controls):
            self.control_grid.removeWidget(widget)
            if compact:
                self.control_grid.addWidget(widget, index // 2, index % 2)
            else:
                self.control_grid.addWidget(widget, 0, index)
        for index, widget in enumerate(self.export_buttons.values()):
            self.export_grid.removeWidget(widget)
            if compact:
                self.export_grid.addWidget(widget, index, 0)
            else:
                self.export_grid.addWidget(widget, 0, index)
        self._place_tiles(2 if compact else 4)
        self.komhen.reflow(compact)
        self.subscription.reflow(compact)

    def _place_tiles(self, columns: int) -> None:
        for index, widgets in enumerate(self.figures):
            for offset, widget in enumerate(widgets):
                self.tiles.removeWidget(widget)
                self.tiles.addWidget(widget, (index // columns) * 3 + offset, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._reflow(self.width() < COMPACT_WIDTH)
        super().resizeEvent(event)

    # -- state ---------------------------------------------------------------------------
    def query(self) -> ReportQuery:
        day = self.day.date()
        return ReportQuery(
            kind=PeriodKind(self.kind.currentData()),
            anchor=date(day.year(), day.month(), day.day()),
            channel=self.channel or self.filter.currentData(),
        )

    def set_period(self, kind: PeriodKind, anchor: date) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.day.setDate(QDate(anchor.year, anchor.month, anchor.day))

    def ask(self) -> None:
        self.channel = None
        self.status.setText(self.tr("Fetching the figures…"))
        self.requested.emit(self.query())

    def _drill(self, index: int) -> None:
        if self.report is None:
            return
        channels = self.report.current.by_channel
        self.channel = channels[index].key if 0 <= index < len(channels) else None
        self.status.setText(self.tr("Fetching the figures…"))
        self.requested.emit(self.query())

    def show_error_text(self, text: str) -> None:
        self.status.setText(text)

    def show_report(self, report: Report) -> None:
        self.report = report
        now, before = report.current, report.previous
        self.status.setText(
            self.tr("%1 – %2, compared with %3 – %4")
            .replace("%1", f"{now.period_from:%d-%m-%Y}")
            .replace("%2", f"{now.period_to:%d-%m-%Y}")
            .replace("%3", f"{before.period_from:%d-%m-%Y}")
            .replace("%4", f"{before.period_to:%d-%m-%Y}")
        )
        values = [
            (number(now.total), number(before.total)),
            (percent(now.resolved_share), percent(before.resolved_share)),
            (
                self._minutes(now.active_mean),
                self._minutes(before.active_mean),
            ),
            (self._kroner(now.cost_per_contact), self._kroner(before.cost_per_contact)),
        ]
        for (_name, value, previous), (shown, was) in zip(self.figures, values, strict=True):
            value.setText(shown)
            previous.setText(self.tr("Previous period: %1").replace("%1", was))
        goal_names = ", ".join(channel_label(Channel(c)) for c in report.goal_channels)
        self.goal.setText(
            self.tr("Resolved at once by %1: %2 (goal %3)")
            .replace("%1", goal_names)
            .replace("%2", percent(now.goal_channels_share))
            .replace("%3", percent(report.resolved_goal))
        )
        if self.channel is None:
            self.channels.show_values(
                [channel_label(Channel(f.key)) if f.key else "–" for f in now.by_channel],
                [float(f.count) for f in now.by_channel],
            )
        drilled = self.channel or report.channel
        self.drill_title.setText(
            self.tr("Areas: %1").replace("%1", channel_label(Channel(drilled)))
            if drilled
            else self.tr("Areas: all channels")
        )
        self.all_channels.setVisible(self.channel is not None)
        self.areas.setRowCount(len(now.by_area))
        for row, figure in enumerate(now.by_area):
            share = figure.resolved / figure.count if figure.resolved is not None else None
            cells = [
                figure.key or self.tr("Not stated"),
                number(figure.count),
                number((figure.active_mean or 0) / 60, 1),
                percent(share),
            ]
            for column, text in enumerate(cells):
                self.areas.setItem(row, column, QTableWidgetItem(text))
        self._show_answers(report)

    def _show_answers(self, report: Report) -> None:
        """The citizens' "Fik du hjælp?" answers per area, the share of yes beside the
        previous period's."""
        now, before = report.current.citizen_answers, report.previous.citizen_answers
        old = {f.key: f.helped_share for f in before.by_area}
        lines = [
            [f.key, number(f.answers), percent(f.helped_share), percent(old.get(f.key))]
            for f in now.by_area
        ]
        if now.answers or before.answers:
            total = [number(now.answers), percent(now.helped_share), percent(before.helped_share)]
            lines.append([self.tr("All areas"), *total])
        self.answers.setRowCount(len(lines))
        for row, cells in enumerate(lines):
            for column, text in enumerate(cells):
                self.answers.setItem(row, column, QTableWidgetItem(text))

    def _minutes(self, seconds: float | None) -> str:
        return "–" if seconds is None else self.tr("%1 min.").replace("%1", number(seconds / 60, 1))

    def _kroner(self, value: float | None) -> str:
        return "–" if value is None else self.tr("%1 kr.").replace("%1", number(value, 2))

    def export_started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        for widget in self.export_buttons.values():
            widget.setEnabled(False)

    def export_moved(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def export_finished(self, text: str) -> None:
        self.progress.hide()
        for widget in self.export_buttons.values():
            widget.setEnabled(True)
        self.status.setText(text)
