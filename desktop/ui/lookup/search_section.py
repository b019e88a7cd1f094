"""Search-as-you-type over the cached guides and technical FAQ.

Keyboard first: type, ``↓`` moves into the results, ``Enter`` opens (the first result when
the box has focus), ``Esc`` clears. With an empty box the list shows recently used guides.
When no result is a good match, the line "Ingen sikre resultater" stands above the weak matches;
a query that matches nothing says what to try.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.services.lookup import LookupService
from desktop.store.scope import doc_key, split_key
from sync_server.protocol import FaqEntry, Guide

from ..kit.list_model import ListRow, RowListView
from ..kit.widgets import label

DEBOUNCE_MS = 60
LIMIT = 30


def guide_row(guide: Guide, lookup: LookupService | None = None) -> ListRow:
    """A guide in a list. While a shared hotline serves a caller's municipality the row's key
    names whose guide it is, and the hotline's own guides beside the member's say so."""
    if lookup is None or lookup.scope is None:
        return ListRow("guide", guide.id, guide.title, guide.area)
    home = lookup.home
    own = guide.municipality == home
    badge = QCoreApplication.translate("SearchSection", "Hotline") if own else ""
    key = doc_key(guide.id, guide.municipality, home)
    return ListRow("guide", key, guide.title, guide.area, badge)


class SearchSection(QWidget):
    open_requested = Signal(object)  # ListRow
    escape_pressed = Signal()
    search_started = Signal()  # the user began typing a search in an empty box

    def __init__(self, lookup: LookupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self.setAccessibleName(self.tr("Search"))
        self._subtitles: dict[str, str] = {}  # FAQ entry id → subtitle

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(8)
        self.box = QLineEdit()
        self.box.setProperty("role", "search")
        self.box.setPlaceholderText(self.tr("Search for a guide …"))
        self.box.setAccessibleName(self.tr("Search for a guide"))
        self.box.setAccessibleDescription(
            self.tr("Results appear as you type. Down arrow moves to the results, Enter opens.")
        )
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        layout.addWidget(self.box)

        self.notice = label(self.tr("No sure results"), "heading")
        self.notice.setAccessibleName(self.tr("No sure results"))
        self.notice.hide()
        layout.addWidget(self.notice)

        self.hint = label("", "muted")
        self.hint.setAccessibleName(self.tr("Search status"))
        layout.addWidget(self.hint)

        self.results = RowListView(self.tr("Search results"))
        self.results.forward_typing = True
        self.results.activated_row.connect(self.open_requested.emit)
        self.results.leave_top.connect(self.focus_search)
        self.results.typed.connect(self._typed)
        self.results.escape.connect(self.focus_search)
        layout.addWidget(self.results, 1)
        self.setFocusProxy(self.box)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self._text_changed)
        self.box.textEdited.connect(self._edited)
        self._searching = False
        self._last: tuple[str, bool] | None = None  # the query shown and whether it found any
        self.open_requested.connect(self._opened)
        self.refresh()

    # -- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        """After a sync: rebuild the FAQ subtitles and run the current query again. (The
        guides' subtitles, their areas, are read for the shown results only: a start with
        30,000 guides in the cache must not decode them all.)"""
        faq_label = self.tr("Technical FAQ")
        self._subtitles = {
            entry.id: self._faq_subtitle(entry, faq_label) for entry in self.lookup.faq_entries()
        }
        self.run_search()

    @staticmethod
    def _faq_subtitle(entry: FaqEntry, faq_label: str) -> str:
        return f"{faq_label} · {entry.category}" if entry.category else faq_label

    def run_search(self) -> None:
        self._timer.stop()
        query = self.box.text().strip()
        lookup = self.lookup
        self.notice.hide()
        if not query:
            recent = [guide_row(g, lookup) for g in lookup.recent(8)]
            self.results.set_rows(recent)
            if recent:
                self.hint.setText(self.tr("Recently used guides"))
            else:
                self.hint.setText(
                    self.tr("Type a word, e.g. »flytning«, »sundhedskort« or »MitID«.")
                )
            return
        hits = lookup.search(query, LIMIT)
        self._last = (query, bool(hits))
        sure = any(not hit.weak for hit in hits)
        weak_label = self.tr("Weak match")
        areas = lookup.guide_areas([hit.id for hit in hits if hit.kind == "guide"])
        rows = []
        home, hotline = lookup.home, self.tr("Hotline")
        for hit in hits:
            subtitles = areas if hit.kind == "guide" else self._subtitles
            subtitle = subtitles.get(hit.id, "")
            if hit.weak and sure:  # weak matches below sure ones say so
                subtitle = f"{weak_label} · {subtitle}" if subtitle else weak_label
            badge = "FAQ" if hit.kind == "faq" else ""
            if hit.municipality and lookup.scope is not None and hit.municipality == home:
                badge = f"{badge} · {hotline}" if badge else hotline  # beside the member's
            key = doc_key(hit.id, hit.municipality, home)
            rows.append(ListRow(hit.kind, key, hit.title, subtitle, badge))
        self.results.set_rows(rows)
        if rows:
            self.results.select_row(0)
        if sure:
            text = self.tr("%n result(s)", "", len(rows))
        elif rows:
            self.notice.show()
            text = self.tr(
                "Weak matches for »%1« below – check that one fits before you use it."
            ).replace("%1", query)
        else:
            text = self.tr(
                "No results for »%1«. Try another word or fewer words: the official name "
                "(e.g. »boligstøtte«), the citizen's own words (e.g. »min mor er død«) or "
                "English – or browse by area."
            ).replace("%1", query)
        self.hint.setText(text)
        self.hint.setAccessibleName(text)

    # -- keyboard ---------------------------------------------------------------------
    def focus_search(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def set_query(self, text: str) -> None:
        self.box.setText(text)
        self.run_search()

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        rows = self.results.rows()
        row = self.results.current_row() or (rows[0] if rows else None)
        if row is not None:
            self.open_requested.emit(row)

    def _typed(self, text: str) -> None:
        self.box.setFocus()
        self.box.insert(text)
        self._edited(self.box.text())

    def _end_search(self) -> None:
        """The shown search ended without a guide opened from it (the anonymous search log
        keeps its words and whether it found anything)."""
        if self._last is not None:
            query, found = self._last
            self._last = None
            self.lookup.search_log.ended(query, found)

    def _opened(self, row: ListRow) -> None:
        if self._last is not None and row.kind == "guide":
            self.lookup.search_log.opened(self._last[0], split_key(row.key)[0])
            self._last = None

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self._searching = False
            self._end_search()
        self._timer.start()

    def _edited(self, text: str) -> None:
        """Typed by the user (not set by the program): the first word starts a search."""
        active = bool(text.strip())
        if active and not self._searching:
            self._searching = True
            self.search_started.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            key = event.key()
            if key == Qt.Key.Key_Down:
                if self._timer.isActive():
                    self.run_search()
                if self.results.rows():
                    self.results.setFocus(Qt.FocusReason.TabFocusReason)
                    if not self.results.currentIndex().isValid():
                        self.results.select_row(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key == Qt.Key.Key_Escape:
                if self.box.text():
                    self.box.clear()
                    self.run_search()
                else:
                    self.escape_pressed.emit()
                return True
        return super().eventFilter(watched, event)


__all__ = ["SearchSection", "guide_row"]
