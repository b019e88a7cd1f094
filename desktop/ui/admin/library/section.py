"""The admin nav's "Bibliotek": every published guide of the other municipalities, searched
as you type with the support part's search engine and filtered by area and municipality."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.services.library import LibraryFilter, LibraryService, entry_key
from sync_server.protocol import LibraryGuide

from ...kit.formats import danish_datetime
from ...kit.list_model import ListRow, RowListView
from ...kit.widgets import button, label

translate = QCoreApplication.translate


def used_by_text(count: int) -> str:
    """ "Bruges af N kommuner": how many municipalities have copied the guide."""
    if count == 1:
        return translate("Library", "Used by 1 municipality")
    return translate("Library", "Used by %1 municipalities").replace("%1", str(count))


class LibrarySection(QWidget):
    open_requested = Signal(object)  # LibraryGuide
    refresh_requested = Signal()
    suggestions_requested = Signal()

    def __init__(self, library: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setAccessibleName(self.tr("Shared library"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Shared library"), "heading"))
        top = QHBoxLayout()
        self.refresh_button = button(
            self.tr("Refresh"), icon="sync", on_click=self.refresh_requested.emit
        )
        self.refresh_button.setObjectName("library_refresh")
        top.addWidget(self.refresh_button)
        self.suggestions_button = button(
            self.tr("Our suggestions"),
            icon="feedback",
            tooltip=self.tr("Suggestions sent to other municipalities, with their answers"),
            on_click=self.suggestions_requested.emit,
        )
        self.suggestions_button.setObjectName("library_suggestions")
        top.addWidget(self.suggestions_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(
            label(
                self.tr(
                    "Published guides of other municipalities. Copy one into your own list "
                    "and adjust the local details before you publish it."
                ),
                "small",
            )
        )
        self.search = QLineEdit()
        self.search.setObjectName("library_search")
        self.search.setPlaceholderText(self.tr("Search the library …"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._fill())
        layout.addWidget(self.search)
        filters = QHBoxLayout()
        self.area = QComboBox()
        self.area.setObjectName("library_area")
        self.area.setAccessibleName(self.tr("Filter by area"))
        self.municipality = QComboBox()
        self.municipality.setObjectName("library_municipality")
        self.municipality.setAccessibleName(self.tr("Filter by municipality"))
        for combo in (self.area, self.municipality):
            combo.setMinimumHeight(44)
            combo.currentIndexChanged.connect(lambda _i: self._fill())
            filters.addWidget(combo, 1)
        layout.addLayout(filters)
        self.status = label("", "small")
        self.status.setObjectName("library_status")
        layout.addWidget(self.status)
        self.list = RowListView(self.tr("Library guides"))
        self.list.activated_row.connect(self._activated)
        self.list.leave_top.connect(self.search.setFocus)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.search)
        self._set_filters()

    def _set_filters(self) -> None:
        area, code = self.area.currentData(), self.municipality.currentData()
        for combo in (self.area, self.municipality):
            combo.blockSignals(True)
            combo.clear()
        self.area.addItem(self.tr("All areas"), "")
        for name in self.library.areas():
            self.area.addItem(name, name)
        self.municipality.addItem(self.tr("All municipalities"), "")
        for number, name in self.library.municipalities():
            self.municipality.addItem(f"{name} ({number})", number)
        for combo, value in ((self.area, area), (self.municipality, code)):
            found = combo.findData(value) if value else 0
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)

    def show_library(self) -> None:
        """The service's list was (re)fetched: new filters and rows."""
        self._set_filters()
        self._fill()

    def wanted(self) -> LibraryFilter:
        return LibraryFilter(
            self.search.text(),
            str(self.area.currentData() or ""),
            str(self.municipality.currentData() or ""),
        )

    def _fill(self) -> None:
        found = self.library.search(self.wanted())
        self.list.set_rows([self.row(e) for e in found])
        if not self.library.entries:
            self.status.setText(self.tr("The library is empty or not fetched yet."))
        else:
            self.status.setText(
                self.tr("%1 of %2 guides")
                .replace("%1", str(len(found)))
                .replace("%2", str(len(self.library.entries)))
            )

    def row(self, entry: LibraryGuide) -> ListRow:
        guide = entry.guide
        parts = [
            entry.municipality_name,
            guide.area,
            used_by_text(entry.used_by),
            self.tr("Updated %1").replace("%1", danish_datetime(guide.updated_at)),
        ]
        return ListRow("library", entry_key(entry), guide.title, " · ".join(parts))

    def _activated(self, row: ListRow) -> None:
        entry = self.library.entries.get(row.key)
        if entry is not None:
            self.open_requested.emit(entry)
