"""Large choice buttons in a grid that takes as many columns as the width allows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QSizePolicy, QWidget

from . import theme

MAX_COLUMNS = 3


class ChoiceGrid(QWidget):
    """Checkable buttons for ``(value, text, tooltip)``. ``optional``: a second tap on the
    chosen button clears the choice (None)."""

    changed = Signal(object)  # the value, or None

    def __init__(
        self,
        items: Sequence[tuple[Any, str, str]],
        accessible: str,
        *,
        optional: bool = False,
        name: str = "choice",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.optional = optional
        self.values = [value for value, _text, _tip in items]
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QPushButton] = []
        for index, (value, text, tip) in enumerate(items):
            item = QPushButton(text)
            item.setCheckable(True)
            item.setProperty("role", "choice")
            item.setAccessibleName(text)
            item.setToolTip(tip or text)
            item.setObjectName(f"{name}_{getattr(value, 'value', value)}")
            item.setCursor(Qt.CursorShape.PointingHandCursor)
            item.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(item, index)
            self.buttons.append(item)
        self.group.idClicked.connect(self._clicked)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self._columns = 0
        self._place(MAX_COLUMNS)

    def _needed(self) -> int:
        font = QFont(self.buttons[0].font())
        font.setPixelSize(theme.current_sizes()["base"])
        font.setBold(True)
        metrics = QFontMetrics(font)
        return max(metrics.horizontalAdvance(b.text()) for b in self.buttons) + 40

    def _place(self, columns: int) -> None:
        columns = max(1, min(MAX_COLUMNS, columns, len(self.buttons)))
        if columns == self._columns:
            return
        self._columns = columns
        for item in self.buttons:
            self.grid.removeWidget(item)
        for index, item in enumerate(self.buttons):
            self.grid.addWidget(item, index // columns, index % columns)
        for column in range(MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        spacing = self.grid.spacing()
        self._place((event.size().width() + spacing) // (self._needed() + spacing))

    def columns(self) -> int:
        return self._columns

    def _clicked(self, index: int) -> None:
        clicked = self.buttons[index]
        if clicked.isChecked() or not self.optional:
            self.select(self.values[index])
        else:
            self.select(None)
        self.changed.emit(self.value())

    def select(self, value: Any) -> None:
        for item, own in zip(self.buttons, self.values, strict=True):
            item.setChecked(own == value and value is not None)

    def value(self) -> Any:
        for item, own in zip(self.buttons, self.values, strict=True):
            if item.isChecked():
                return own
        return None

    def button_for(self, value: Any) -> QPushButton:
        return self.buttons[self.values.index(value)]
