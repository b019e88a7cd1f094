"""The Ledelse page's "Sammenligning med andre kommuner": the own figures of the period
beside the median of the municipalities that take part in the benchmark (share resolved at
once, mean handling time, channel mix, cost per contact). A median the server withholds
(fewer than five municipalities, or the own municipality does not take part) says why; no
other municipality is ever named. Admins switch the municipality's participation here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.reports import ReportQuery, ReportsService
from sync_server.protocol import (
    Benchmark,
    BenchmarkFigure,
    BenchmarkMeasure,
    BenchmarkParticipation,
    BenchmarkWithheld,
    Channel,
)

from ..kit.labels import channel_label
from ..kit.widgets import card, label
from .page import ManagementPage, number, percent

if TYPE_CHECKING:
    from ..shell.host import Host

translate = QCoreApplication.translate


def _measure_name(figure: BenchmarkFigure) -> str:
    if figure.measure is BenchmarkMeasure.CHANNEL_SHARE and figure.channel is not None:
        return translate("BenchmarkPanel", "Share by %1").replace(
            "%1", channel_label(Channel(figure.channel))
        )
    names = {
        BenchmarkMeasure.RESOLVED_SHARE: translate("BenchmarkPanel", "Resolved at once"),
        BenchmarkMeasure.ACTIVE_MEAN: translate("BenchmarkPanel", "Mean handling time"),
        BenchmarkMeasure.COST_PER_CONTACT: translate("BenchmarkPanel", "Cost per contact"),
    }
    return names.get(figure.measure, figure.measure.value)


def _value(figure: BenchmarkFigure, value: float | None) -> str:
    if value is None:
        return "–"
    if figure.measure is BenchmarkMeasure.ACTIVE_MEAN:
        return translate("BenchmarkPanel", "%1 min.").replace("%1", number(value / 60, 1))
    if figure.measure is BenchmarkMeasure.COST_PER_CONTACT:
        return translate("BenchmarkPanel", "%1 kr.").replace("%1", number(value, 2))
    return percent(value)


class BenchmarkPanel(QFrame):
    """The card. ``participation_toggled`` (admins): take part or stop."""

    participation_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.benchmark: Benchmark | None = None
        frame, inner = card(self.tr("Comparison with other municipalities"))
        self.frame = frame
        inner.addWidget(label(self.tr("Comparison with other municipalities"), "heading"))
        self.intro = label(
            self.tr(
                "Your figures beside the median of the municipalities that take part. "
                "A median of fewer than five municipalities is never shown, and no "
                "municipality is named."
            ),
            "small",
        )
        inner.addWidget(self.intro)
        self.join = QCheckBox(self.tr("Our municipality takes part in the comparison"))
        self.join.setMinimumHeight(44)
        self.join.setAccessibleName(self.tr("Take part in the comparison"))
        self.join.toggled.connect(self._toggled)
        self.join.hide()  # admins only
        inner.addWidget(self.join)
        self.status = label("", "small")
        inner.addWidget(self.status)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Comparison with other municipalities"))
        names = [self.tr("Figure"), self.tr("Yours"), self.tr("Median of participants")]
        self.table.setHorizontalHeaderLabels(names)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setStyleSheet("QHeaderView::section { padding: 0 6px; }")
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        inner.addWidget(self.table)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def set_admin(self, admin: bool) -> None:
        self.join.setVisible(admin)

    def show_participation(self, value: BenchmarkParticipation) -> None:
        self.join.blockSignals(True)
        self.join.setChecked(value.participating)
        self.join.blockSignals(False)

    def _toggled(self, checked: bool) -> None:
        self.participation_toggled.emit(checked)

    def show_error_text(self, text: str) -> None:
        self.status.setText(text)

    def show_benchmark(self, benchmark: Benchmark) -> None:
        self.benchmark = benchmark
        self.show_participation(BenchmarkParticipation(participating=benchmark.participating))
        if not benchmark.participating:
            self.status.setText(
                self.tr(
                    "Your municipality does not take part: only your own figures are shown. "
                    "An administrator can switch on the participation."
                )
            )
        else:
            shown = [f.participants for f in benchmark.figures if f.participants]
            self.status.setText(
                self.tr("The medians are of %1 municipalities.").replace("%1", str(max(shown)))
                if shown
                else ""
            )
        rows = [f for f in benchmark.figures if self._worth_a_row(f)]
        self.table.setRowCount(len(rows))
        for row, figure in enumerate(rows):
            cells = [_measure_name(figure), _value(figure, figure.own), self._median(figure)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 2 and figure.participants:
                    item.setToolTip(
                        self.tr("The median of %1 municipalities").replace(
                            "%1", str(figure.participants)
                        )
                    )
                self.table.setItem(row, column, item)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Every row shown (wrapped names at narrow widths): the page scrolls, not the table."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows + frame + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    @staticmethod
    def _worth_a_row(figure: BenchmarkFigure) -> bool:
        """Channels that neither the own municipality nor the median uses are left out."""
        if figure.measure is not BenchmarkMeasure.CHANNEL_SHARE:
            return True
        return bool(figure.own) or bool(figure.median)

    def _median(self, figure: BenchmarkFigure) -> str:
        if figure.withheld is BenchmarkWithheld.TOO_FEW:
            return self.tr("Withheld: fewer than %1 municipalities").replace(
                "%1", str(self.benchmark.minimum if self.benchmark else 5)
            )
        if figure.withheld is BenchmarkWithheld.NOT_PARTICIPATING:
            return self.tr("Only for participating municipalities")
        return _value(figure, figure.median)


class BenchmarkPart:
    """Fetches the benchmark of the page's period once its figures have arrived (one
    request at a time), and sets the participation (the switch is shown to admins)."""

    def __init__(self, host: Host, service: ReportsService, page: ManagementPage) -> None:
        self.host = host
        self.service = service
        self.panel = BenchmarkPanel()
        page.parts.addWidget(self.panel)
        self.query: ReportQuery | None = None
        self.shown: tuple[str, str] | None = None
        self.panel.set_admin(service.is_admin)
        self.panel.participation_toggled.connect(self.set_participation)

    def load(self, query: ReportQuery) -> None:
        period = (query.kind.value, query.anchor.isoformat())
        if period == self.shown:  # a drill-down keeps the period: nothing new to fetch
            return
        self.shown, self.query = period, query
        self.host.ops.run(
            lambda: self.service.benchmark(query), self.panel.show_benchmark, self._failed
        )

    def set_participation(self, participating: bool) -> None:
        def done(value: BenchmarkParticipation) -> None:
            self.panel.show_participation(value)
            self.shown = None  # the medians change with it
            if self.query is not None:
                self.load(self.query)

        def failed(exc: BaseException) -> None:  # the switch shows what the server has
            self.panel.show_participation(BenchmarkParticipation(participating=not participating))
            self._failed(exc)

        self.host.ops.run(lambda: self.service.participation(participating), done, failed)

    def _failed(self, exc: BaseException) -> None:
        self.shown = None
        self.panel.show_error_text(str(exc))
        self.host.show_error(exc)
