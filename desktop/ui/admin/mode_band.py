"""The switch between looking things up ("Opslag") and administration, shown to admins only,
with the count of open feedback beside it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ..kit.widgets import SegmentedControl, label, shortcut_hint

LOOKUP, ADMIN = 0, 1
#: Narrower than this (a handheld), the switch takes the whole row and the count of open
#: feedback shows as a number (its full text stays its accessible name and tooltip).
NARROW = 600


class ModeBand(QFrame):
    mode_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Mode"))
        self._count = 0
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        self.switch = SegmentedControl(
            [self.tr("Lookup"), self.tr("Administration")], self.tr("Lookup or administration")
        )
        self.switch.setObjectName("admin_mode")
        self.switch.setToolTip(
            shortcut_hint(self.tr("Switch between lookup and administration"), "Ctrl+Shift+A")
        )
        self.switch.setMinimumWidth(220)  # its segments take what they are given
        self.switch.setMaximumWidth(420)
        self.switch.changed.connect(self.mode_requested.emit)
        row.addWidget(self.switch, 1)
        self.count = label("", "badge", wrap=False)
        self.count.setObjectName("open_feedback")
        self.count.hide()
        row.addWidget(self.count)
        row.addStretch(1)

    def show_mode(self, mode: int) -> None:
        self.switch.set_current(mode, emit=False)

    def mode(self) -> int:
        return self.switch.current()

    def show_open_feedback(self, count: int) -> None:
        self._count = count
        text = self.tr("%n open feedback item(s)", "", count)
        self.count.setText(str(count) if self._narrow() else text)
        self.count.setAccessibleName(text)
        self.count.setToolTip(text)
        self.count.setVisible(count > 0)

    def _narrow(self) -> bool:
        return self.width() < NARROW

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW
        self.row.setStretch(self.row.count() - 1, 0 if narrow else 1)
        self.switch.setMaximumWidth(16777215 if narrow else 420)
        self.show_open_feedback(self._count)
