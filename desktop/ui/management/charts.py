"""Bar charts with Qt's own charts (QtCharts): contacts per channel (click a bar to drill down)
and per area."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ..kit import theme


class BarChart(QChartView):
    """One series of bars; ``bar_clicked`` gives the index of the bar clicked."""

    bar_clicked = Signal(int)

    def __init__(self, title: str, horizontal: bool = False, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setMinimumHeight(240)
        self.setMinimumWidth(200)
        self.setAccessibleName(title)
        self.names: list[str] = []
        self.values: list[float] = []

    def show_values(self, names: list[str], values: list[float]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.names, self.values = names, values
        palette = theme.current()
        chart.setBackgroundBrush(QColor(palette.surface))
        chart.setTitleBrush(QColor(palette.text))
        bars = QBarSet("")
        bars.append(values)
        bars.setColor(QColor(palette.primary))
        bars.setLabelColor(QColor(palette.text))
        bars.clicked.connect(self.bar_clicked.emit)
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(names)
        categories.setLabelsColor(QColor(palette.text))
        amounts = QValueAxis()
        amounts.setRange(0, max([*values, 1.0]) * 1.2)
        amounts.setLabelFormat("%d")
        amounts.setLabelsColor(QColor(palette.text))
        category_side = (
            Qt.AlignmentFlag.AlignLeft if self.horizontal else Qt.AlignmentFlag.AlignBottom
        )
        value_side = Qt.AlignmentFlag.AlignBottom if self.horizontal else Qt.AlignmentFlag.AlignLeft
        chart.addAxis(categories, category_side)
        chart.addAxis(amounts, value_side)
        series.attachAxis(categories)
        series.attachAxis(amounts)
        if self.horizontal:
            self.setMinimumHeight(max(240, 28 * len(names) + 80))
