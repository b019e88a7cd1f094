"""Rapportindstillinger: the goal for the share resolved at once and its channels, the cost
rates per channel (kroner, from a date), and KOMHEN's henvendelsestype per outcome and column
headers. Numbers are typed the Danish way; a bad value is named and nothing is sent, and the
server replaces the settings as one whole, so nothing is ever half-saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sync_server.protocol import Channel, KomhenType, Outcome, ReportSettings

from ...kit.labels import channel_label, outcome_label
from ...kit.numbers import parse_danish, plain_danish
from ...kit.widgets import button, card, label
from .rates import RateRow

COMPACT_WIDTH = 700
#: KOMHEN's column keys in the file's order.
COLUMNS = ("year", "week", "channel", "kle", "type", "unit", "count")


class BadValue(ValueError):
    """A field the admin must correct: its widget and a translated explanation."""

    def __init__(self, widget: QWidget, text: str) -> None:
        super().__init__(text)
        self.widget = widget
        self.text = text


class ReportSettingsPage(QScrollArea):
    save_requested = Signal(object)  # dict for ReportSettings
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Report settings"))
        self.rates: list[RateRow] = []
        self.compact = False
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Report settings"), "title"))
        layout.addWidget(
            label(
                self.tr(
                    "Used by every report: the goal, what a contact costs, and the KOMHEN "
                    "counting-week file. Write amounts in kroner with a decimal comma, "
                    "e.g. 1.234,50."
                ),
                "small",
            )
        )
        layout.addWidget(self._goal())
        layout.addWidget(self._rates())
        layout.addWidget(self._komhen())
        self.error = label("", "error")
        self.error.setObjectName("settings_error")
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.reload = button(
            self.tr("Undo changes"), icon="undo", on_click=self.reload_requested.emit
        )
        self.save = button(self.tr("Save report settings"), role="primary", on_click=self._save)
        self.save.setObjectName("save_report_settings")
        row.addStretch(1)
        row.addWidget(self.reload)
        row.addWidget(self.save)
        layout.addLayout(row)
        layout.addStretch(1)

    # -- building ----------------------------------------------------------------------------
    def _goal(self) -> QFrame:
        frame, inner = card(self.tr("Goal"))
        inner.addWidget(label(self.tr("Goal"), "heading"))
        inner.addWidget(label(self.tr("Share resolved at once (%)"), "small"))
        self.goal = QLineEdit()
        self.goal.setObjectName("resolved_goal")
        self.goal.setAccessibleName(self.tr("Share resolved at once (%)"))
        self.goal.setMinimumHeight(44)
        inner.addWidget(self.goal)
        inner.addWidget(label(self.tr("The goal counts these channels"), "small"))
        grid = QGridLayout()
        self.goal_channels: dict[Channel, QCheckBox] = {}
        for index, channel in enumerate(Channel):
            box = QCheckBox(channel_label(channel))
            box.setMinimumHeight(44)
            self.goal_channels[channel] = box
            grid.addWidget(box, index // 3, index % 3)
        inner.addLayout(grid)
        inner.addWidget(label(self.tr("Cost of a self-service solution (kr. per case)"), "small"))
        self.self_service = QLineEdit()
        self.self_service.setObjectName("self_service_cost")
        self.self_service.setAccessibleName(
            self.tr("Cost of a self-service solution (kr. per case)")
        )
        self.self_service.setMinimumHeight(44)
        inner.addWidget(self.self_service)
        return frame

    def _rates(self) -> QFrame:
        frame, inner = card(self.tr("Cost per channel"))
        self.rates_card = frame
        inner.addWidget(label(self.tr("Cost per channel"), "heading"))
        inner.addWidget(
            label(
                self.tr(
                    "A rate applies from its date until the channel's next rate. Staff time "
                    "is counted in minutes; the overhead is added per contact."
                ),
                "small",
            )
        )
        self.rate_box = QVBoxLayout()
        inner.addLayout(self.rate_box)
        self.add_rate = button(self.tr("Add a rate"), icon="add")
        self.add_rate.clicked.connect(lambda _c=False: self.new_rate())
        self.add_rate.setObjectName("add_rate")
        inner.addWidget(self.add_rate)
        return frame

    def _komhen(self) -> QFrame:
        frame, inner = card(self.tr("KOMHEN"))
        inner.addWidget(label(self.tr("KOMHEN counting week"), "heading"))
        inner.addWidget(label(self.tr("Henvendelsestype of each outcome"), "small"))
        grid = QGridLayout()
        self.komhen_types: dict[Outcome, QComboBox] = {}
        for index, outcome in enumerate(Outcome):
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("Henvendelsestype for %1").replace("%1", outcome_label(outcome))
            )
            combo.addItem(self.tr("Information"), KomhenType.INFORMATION.value)
            combo.addItem(self.tr("Transaction"), KomhenType.TRANSACTION.value)
            combo.setMinimumHeight(44)
            self.komhen_types[outcome] = combo
            grid.addWidget(label(outcome_label(outcome), "body"), index, 0)
            grid.addWidget(combo, index, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        inner.addLayout(grid)
        inner.addWidget(
            label(self.tr("Column headers of the file (as KL's code book names them)"), "small")
        )
        names = {
            "year": self.tr("Year"),
            "week": self.tr("Counting week"),
            "channel": self.tr("Channel"),
            "kle": self.tr("KLE number"),
            "type": self.tr("Henvendelsestype"),
            "unit": self.tr("Unit"),
            "count": self.tr("Count"),
        }
        self.column_grid = QGridLayout()
        self.columns: dict[str, QLineEdit] = {}
        self.column_labels: dict[str, QWidget] = {}
        for key in COLUMNS:
            edit = QLineEdit()
            edit.setObjectName(f"komhen_{key}")
            edit.setAccessibleName(self.tr("Column header: %1").replace("%1", names[key]))
            edit.setMinimumHeight(44)
            self.columns[key] = edit
            self.column_labels[key] = label(names[key], "body")
        self._place_columns(False)
        inner.addLayout(self.column_grid)
        return frame

    def _place_columns(self, compact: bool) -> None:
        for index, key in enumerate(COLUMNS):
            for widget in (self.column_labels[key], self.columns[key]):
                self.column_grid.removeWidget(widget)
            if compact:
                self.column_grid.addWidget(self.column_labels[key], index * 2, 0)
                self.column_grid.addWidget(self.columns[key], index * 2 + 1, 0)
            else:
                half = (len(COLUMNS) + 1) // 2
                row, column = index % half, (index // half) * 2
                self.column_grid.addWidget(self.column_labels[key], row, column)
                self.column_grid.addWidget(self.columns[key], row, column + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        compact = self.width() < COMPACT_WIDTH
        if compact != self.compact:
            self.compact = compact
            for row in self.rates:
                row.reflow(compact)
            self._place_columns(compact)
        super().resizeEvent(event)

    # -- rates --------------------------------------------------------------------------------
    def new_rate(self) -> RateRow:
        row = RateRow()
        self._add_row(row)
        row.per_minute.setFocus()
        return row

    def _add_row(self, row: RateRow) -> None:
        row.reflow(self.compact)
        row.remove_requested.connect(self._remove_row)
        self.rates.append(row)
        self.rate_box.addWidget(row)

    def _remove_row(self, row: RateRow) -> None:
        self.rates.remove(row)
        self.rate_box.removeWidget(row)
        row.deleteLater()

    # -- state --------------------------------------------------------------------------------
    def show_settings(self, settings: ReportSettings) -> None:
        self.error.hide()
        self.goal.setText(plain_danish(settings.resolved_goal * 100, 2))
        for channel, box in self.goal_channels.items():
            box.setChecked(channel in settings.goal_channels)
        self.self_service.setText(plain_danish(settings.self_service_cost))
        for row in list(self.rates):
            self._remove_row(row)
        for rate in sorted(settings.rates, key=lambda r: (r.channel.value, r.valid_from)):
            self._add_row(RateRow(rate))
        for outcome, combo in self.komhen_types.items():
            kind = settings.komhen_types.get(outcome, KomhenType.INFORMATION)
            combo.setCurrentIndex(combo.findData(kind.value))
        values = settings.komhen_columns.model_dump()
        for key, edit in self.columns.items():
            edit.setText(str(values[key]))

    def _amount(self, edit: QLineEdit, name: str, high: float) -> float:
        text = edit.text().strip()
        if not text:
            return 0.0
        try:
            value = parse_danish(text)
        except ValueError:
            raise BadValue(
                edit,
                self.tr("%1: »%2« is not a number. Write it the Danish way, e.g. 1.234,50.")
                .replace("%1", name)
                .replace("%2", text),
            ) from None
        if not 0 <= value <= high:
            raise BadValue(
                edit,
                self.tr("%1 must be between 0 and %2.")
                .replace("%1", name)
                .replace("%2", plain_danish(high)),
            )
        return value

    def data(self) -> dict[str, Any]:
        """The settings as the contract's dict; BadValue names the first field to correct."""
        goal = self._amount(self.goal, self.tr("The goal"), 100)
        channels = [c.value for c, box in self.goal_channels.items() if box.isChecked()]
        if not channels:
            first = self.goal_channels[Channel.PHONE]
            raise BadValue(first, self.tr("Choose at least one channel for the goal."))
        rates: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for row in self.rates:
            channel = str(row.channel.currentData())
            name = channel_label(Channel(channel))
            day = row.day().isoformat()
            if (channel, day) in seen:
                raise BadValue(
                    row.valid_from,
                    self.tr("%1 has two rates from the same date.").replace("%1", name),
                )
            seen.add((channel, day))
            rates.append(
                {
                    "channel": channel,
                    "valid_from": day,
                    "per_minute": self._amount(
                        row.per_minute,
                        self.tr("Kroner per minute (%1)").replace("%1", name),
                        100_000,
                    ),
                    "per_contact": self._amount(
                        row.per_contact,
                        self.tr("Overhead per contact (%1)").replace("%1", name),
                        1_000_000,
                    ),
                }
            )
        columns: dict[str, str] = {}
        for key, edit in self.columns.items():
            text = edit.text().strip()
            if not text:
                raise BadValue(edit, self.tr("Every column of the KOMHEN file needs a header."))
            columns[key] = text
        if len(set(columns.values())) != len(columns):
            twice = self.tr("Two columns of the KOMHEN file have the same header.")
            raise BadValue(self.columns["year"], twice)
        return {
            "resolved_goal": round(goal / 100, 6),
            "goal_channels": channels,
            "self_service_cost": self._amount(
                self.self_service, self.tr("The cost of a self-service solution"), 1_000_000
            ),
            "rates": rates,
            "komhen_types": {o.value: str(c.currentData()) for o, c in self.komhen_types.items()},
            "komhen_columns": columns,
        }

    def show_error_text(self, text: str, widget: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if widget is not None:
            widget.setFocus()
            self.ensureWidgetVisible(widget)

    def _save(self) -> None:
        try:
            data = self.data()
        except BadValue as bad:
            self.show_error_text(bad.text, bad.widget)
            return
        self.show_error_text("")
        self.save_requested.emit(data)
