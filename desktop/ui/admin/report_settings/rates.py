"""The cost rates: one row per channel and date from which it applies, kroner per minute of
staff time and overhead per contact, typed the Danish way (``1.234,50``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFrame, QGridLayout, QLineEdit, QWidget

from sync_server.protocol import Channel, CostRate

from ...kit.labels import channel_label
from ...kit.numbers import plain_danish
from ...kit.widgets import label, tool_button


class RateRow(QFrame):
    """One cost rate. Wide: one line; compact: the numbers under the channel and date."""

    remove_requested = Signal(object)  # self

    def __init__(self, rate: CostRate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.valid_from = QDateEdit(QDate.currentDate())
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("dd-MM-yyyy")
        self.valid_from.setAccessibleName(self.tr("Applies from"))
        self.per_minute = QLineEdit()
        self.per_minute.setAccessibleName(self.tr("Kroner per minute"))
        self.per_minute.setPlaceholderText(self.tr("kr. per minute, e.g. 6,50"))
        self.per_contact = QLineEdit()
        self.per_contact.setAccessibleName(self.tr("Overhead per contact (kr.)"))
        self.per_contact.setPlaceholderText(self.tr("kr. per contact, e.g. 12,00"))
        self.remove = tool_button(
            "delete", self.tr("Remove the rate"), on_click=lambda: self.remove_requested.emit(self)
        )
        for widget in (self.channel, self.valid_from, self.per_minute, self.per_contact):
            widget.setMinimumHeight(44)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.captions = [
            label(self.tr("Channel"), "small"),
            label(self.tr("Applies from"), "small"),
            label(self.tr("Kroner per minute"), "small"),
            label(self.tr("Overhead per contact (kr.)"), "small"),
        ]
        if rate is not None:
            self.channel.setCurrentIndex(self.channel.findData(rate.channel.value))
            day = rate.valid_from
            self.valid_from.setDate(QDate(day.year, day.month, day.day))
            self.per_minute.setText(plain_danish(rate.per_minute))
            self.per_contact.setText(plain_danish(rate.per_contact))
        self.reflow(False)

    def fields(self) -> list[QWidget]:
        return [self.channel, self.valid_from, self.per_minute, self.per_contact]

    def reflow(self, compact: bool) -> None:
        for widget in (*self.captions, *self.fields(), self.remove):
            self.grid.removeWidget(widget)
        columns = 2 if compact else 4
        for index, (caption, field) in enumerate(zip(self.captions, self.fields(), strict=True)):
            row, column = (index // columns) * 2, index % columns
            self.grid.addWidget(caption, row, column)
            self.grid.addWidget(field, row + 1, column)
        self.grid.addWidget(self.remove, 1, columns)
        for column in range(5):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def day(self) -> date:
        value = self.valid_from.date()
        return date(value.year(), value.month(), value.day())
