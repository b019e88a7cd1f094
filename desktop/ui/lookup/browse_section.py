"""Browsing without a search word: by service area, recently used ("Seneste") and
favourites ("Favoritter")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.services.lookup import LookupService

from ..kit.list_model import ListRow, RowListView
from ..kit.widgets import SegmentedControl, label, tool_button
from .search_section import guide_row

AREAS, RECENT, FAVOURITES = range(3)


class BrowseSection(QWidget):
    open_requested = Signal(object)  # ListRow of a guide

    def __init__(self, lookup: LookupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self.area: str | None = None
        self.setAccessibleName(self.tr("Browse"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(8)
        self.tabs = SegmentedControl(
            [self.tr("Areas"), self.tr("Recent"), self.tr("Favourites")], self.tr("Browse by")
        )
        self.tabs.changed.connect(lambda _i: self.show_tab())
        layout.addWidget(self.tabs)

        crumb = QHBoxLayout()
        self.up = tool_button("back", self.tr("All areas"), on_click=self.show_areas)
        self.heading = label("", "heading")
        crumb.addWidget(self.up)
        crumb.addWidget(self.heading, 1)
        layout.addLayout(crumb)
        self.hint = label("", "muted")
        layout.addWidget(self.hint)

        self.list = RowListView(self.tr("Guides and areas"))
        self.list.activated_row.connect(self._activated)
        self.list.escape.connect(self._escape)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.list)
        self.show_tab()

    def refresh(self) -> None:
        self.show_tab()

    def show_tab(self) -> None:
        tab = self.tabs.current()
        if tab == AREAS:
            if self.area is None:
                self.show_areas()
            else:
                self.show_area(self.area)
            return
        self.up.hide()
        lookup = self.lookup
        if tab == RECENT:
            guides = lookup.recent(30)
            self._set(
                self.tr("Recent"),
                [guide_row(g, lookup) for g in guides],
                self.tr("The guides you open appear here."),
            )
        else:
            guides = lookup.favourites()
            self._set(
                self.tr("Favourites"),
                [guide_row(g, lookup) for g in guides],
                self.tr("Mark a guide as favourite (Ctrl+D) to find it here."),
            )

    def show_areas(self) -> None:
        self.area = None
        self.up.hide()
        rows = [
            ListRow("area", area.name, area.name, area.description or "")
            for area in self.lookup.areas()
        ]
        self._set(self.tr("Service areas"), rows, self.tr("No service areas yet. Sync first."))
        self.list.setFocus()

    def show_area(self, name: str) -> None:
        self.area = name
        self.up.show()
        rows = [guide_row(g, self.lookup) for g in self.lookup.guides_in_area(name)]
        for_area = [ListRow(r.kind, r.key, r.title) for r in rows]
        self._set(name, for_area, self.tr("No guides in this area yet."))

    def _set(self, heading: str, rows: list[ListRow], empty: str) -> None:
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        self.list.set_rows(rows)
        self.hint.setText("" if rows else empty)
        self.hint.setVisible(not rows)
        if rows:
            self.list.select_row(0)

    def _activated(self, row: ListRow) -> None:
        if row.kind == "area":
            self.show_area(row.key)
            self.list.setFocus()
        else:
            self.open_requested.emit(row)

    def _escape(self) -> None:
        if self.tabs.current() == AREAS and self.area is not None:
            self.show_areas()
