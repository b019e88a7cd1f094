"""The note over a directory or template form whose unsaved changes were brought back from
this computer, with "Discard" to return to the server's version."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ..kit.widgets import button, label


class KeptNote(QFrame):
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kept_note")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = label("", "body")
        self.text.setWordWrap(True)
        self.discard = button(
            self.tr("Discard"),
            accessible=self.tr("Discard the unsaved changes"),
            icon="delete",
            on_click=self.discard_requested.emit,
        )
        self.discard.setObjectName("kept_discard")
        self.discard.setMinimumHeight(44)
        row.addWidget(self.text, 1)
        row.addWidget(self.discard)
        self.hide()

    def show_from(self, saved_at: datetime) -> None:
        when = saved_at.astimezone().strftime("%d.%m.%Y %H:%M")
        self.text.setText(self.tr("Unsaved changes from %1 are brought back.").replace("%1", when))
        self.setAccessibleName(self.text.text())
        self.show()
