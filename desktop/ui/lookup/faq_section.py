"""The technical FAQ (MitID, browser, Digital Post …) as its own section: a filterable list of
the questions (the answer opens on its own page)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.services.lookup import LookupService
from sync_server.protocol import FaqEntry

from ..kit.list_model import ListRow, RowListView
from ..kit.widgets import label


class FaqSection(QWidget):
    open_requested = Signal(object)  # ListRow of a FAQ entry

    def __init__(self, lookup: LookupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self.entries: list[FaqEntry] = []
        self.setAccessibleName(self.tr("Technical FAQ"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Technical FAQ"), "heading"))
        layout.addWidget(
            label(
                self.tr("MitID, Digital Post, browsers and apps – answers to read aloud."), "muted"
            )
        )
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the questions …"))
        self.filter.setAccessibleName(self.tr("Filter the questions"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self._fill())
        self.filter.returnPressed.connect(self._open_first)
        layout.addWidget(self.filter)
        self.list = RowListView(self.tr("Questions"))
        self.list.activated_row.connect(self.open_requested.emit)
        self.list.leave_top.connect(self.filter.setFocus)
        layout.addWidget(self.list, 1)
        self.empty = label(self.tr("No questions match."), "muted")
        self.empty.hide()
        layout.addWidget(self.empty)
        self.setFocusProxy(self.filter)
        self.refresh()

    def refresh(self) -> None:
        self.entries = self.lookup.faq_entries()
        self._fill()

    def _fill(self) -> None:
        """All questions by category; with a filter, the search engine's FAQ hits in order."""
        text = self.filter.text().strip()
        by_id = {entry.id: entry for entry in self.entries}
        if text:
            hits = self.lookup.search(text, 200)
            chosen = [by_id[h.id] for h in hits if h.kind == "faq" and h.id in by_id]
        else:
            chosen = self.entries
        rows = [ListRow("faq", e.id, e.question, e.category or "") for e in chosen]
        self.list.set_rows(rows)
        if rows and text:
            self.list.select_row(0)
        self.empty.setVisible(not rows)

    def _open_first(self) -> None:
        rows = self.list.rows()
        if rows:
            self.open_requested.emit(self.list.current_row() or rows[0])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.filter.hasFocus() and self.list.rows():
            self.list.setFocus()
            self.list.select_row(0)
            return
        super().keyPressEvent(event)
