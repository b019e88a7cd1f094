"""Choose one of the municipality's guides: a search field over the local cache (the same
search as in lookup) and the list of matching guides; empty, it lists every guide by title.
Used by »Søgninger uden svar« to add a search's words to a guide as a search term."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.services.lookup import LookupService

from ..kit import icons
from ..kit.list_model import ListRow, RowListView
from ..kit.widgets import button, label


class GuidePicker(QDialog):
    """``chosen`` holds the picked guide's id once the dialog is accepted."""

    def __init__(self, lookup: LookupService, query: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Add as a search term to a guide"))
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName(self.tr("Choose a guide"))
        self.setMinimumSize(360, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Add as a search term to a guide"), "title"))
        layout.addWidget(
            label(
                self.tr(
                    "A search for »%1« will find the guide you choose, on every desktop "
                    "after the next sync."
                ).replace("%1", query),
                "muted",
            )
        )
        caption = label(self.tr("Find the guide"), "field")
        layout.addWidget(caption)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find the guide"))
        self.search.setPlaceholderText(self.tr("Title or words from the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(44)
        caption.setBuddy(self.search)
        layout.addWidget(self.search)
        self.list = RowListView(self.tr("Guides"))
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.cancel_button = button(self.tr("Cancel"), on_click=self.reject)
        self.add_button = button(
            self.tr("Add search term"), role="primary", on_click=self._choose_current
        )
        self.add_button.setEnabled(False)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._from_search)
        self.list.activated_row.connect(self._choose)
        self.list.selectionModel().currentChanged.connect(
            lambda *_: self.add_button.setEnabled(self.list.current_row() is not None)
        )
        self.filter("")
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def filter(self, text: str) -> None:
        """Every guide by title when empty; else the guides the search finds, best first."""
        if not text.strip():
            guides = sorted(self.lookup.all_guides(), key=lambda g: g.title.casefold())
            pairs = [(g.id, g.title) for g in guides]
        else:
            hits = self.lookup.search(text, limit=50)
            pairs = [(h.id, h.title) for h in hits if h.kind == "guide"]
        areas = self.lookup.guide_areas([key for key, _ in pairs])
        self.list.set_rows(
            [ListRow("guide", key, title, areas.get(key, "")) for key, title in pairs]
        )
        self.list.select_row(0)
        self.add_button.setEnabled(bool(pairs))

    def _from_search(self) -> None:
        row = self.list.current_row()
        if row is not None:
            self._choose(row)

    def _choose_current(self) -> None:
        self._from_search()

    def _choose(self, row: ListRow) -> None:
        self.chosen = row.key
        self.accept()
