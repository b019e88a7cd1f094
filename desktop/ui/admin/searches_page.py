"""»Søgninger uden svar«: searches that found nothing or led nowhere, and the search terms
the municipality's staff have taught the guides — each learned term can be added to the
guide's own synonyms or rejected (it is then never learned again)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from sync_server.protocol import SearchReview

from ..kit.widgets import button, card, label

NARROW = 600  # px: below this a search's action goes under its words


class _MissRow(QWidget):
    """The words and the action side by side; the action below the words when narrow."""

    def __init__(self, narrow: bool) -> None:
        super().__init__()
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.set_narrow(narrow)

    def set_narrow(self, narrow: bool) -> None:
        self.box.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )


class SearchesPage(QWidget):
    adopt_requested = Signal(str, str)  # guide id, term
    reject_requested = Signal(str, str)  # guide id, term
    add_miss_requested = Signal(str)  # the words of a search without an answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Searches without an answer"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self.body = QVBoxLayout(holder)
        self.body.setContentsMargins(16, 12, 16, 12)
        self.body.setSpacing(8)
        scroll.setWidget(holder)
        outer.addWidget(scroll)
        self.learned_buttons: list[tuple[str, str, QWidget, QWidget]] = []
        self.miss_buttons: dict[str, QWidget] = {}

    def _narrow(self) -> bool:
        return self.width() < NARROW

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for row in self.findChildren(_MissRow):
            row.set_narrow(self._narrow())

    def _clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.learned_buttons = []
        self.miss_buttons = {}

    def show_review(self, review: SearchReview) -> None:
        self._clear()
        body = self.body
        body.addWidget(label(self.tr("Searches without an answer"), "title"))
        body.addWidget(
            label(
                self.tr(
                    "The last %1 days. Only the words of a search are kept, never who searched."
                ).replace("%1", str(review.days)),
                "small",
            )
        )
        body.addWidget(label(self.tr("Learned search terms"), "heading"))
        if not review.learned:
            body.addWidget(
                label(
                    self.tr(
                        "None yet. A term is learned when three staff members found a guide "
                        "with it and registered the contact with that guide."
                    ),
                    "muted",
                )
            )
        for term in review.learned:
            frame, inner = card(term.term)
            inner.addWidget(label(f"»{term.term}« → {term.guide_title or term.guide_id}"))
            inner.addWidget(label(self.tr("%n staff member(s)", "", term.staff), "small"))
            row = QHBoxLayout()
            adopt = button(
                self.tr("Add to the guide's synonyms"),
                role="primary",
                on_click=partial(self.adopt_requested.emit, term.guide_id, term.term),
            )
            reject = button(
                self.tr("Reject"),
                on_click=partial(self.reject_requested.emit, term.guide_id, term.term),
            )
            row.addWidget(adopt)
            row.addWidget(reject)
            row.addStretch(1)
            inner.addLayout(row)
            self.learned_buttons.append((term.guide_id, term.term, adopt, reject))
            body.addWidget(frame)
        body.addWidget(label(self.tr("Searches that found nothing"), "heading"))
        misses = [u for u in review.unanswered if not u.found]
        led_nowhere = [u for u in review.unanswered if u.found]
        for title, rows in (
            (None, misses),
            (self.tr("Found something, nothing used"), led_nowhere),
        ):
            if title is not None:
                body.addWidget(label(title, "heading"))
            if not rows:
                body.addWidget(label(self.tr("None."), "muted"))
            for row_item in rows:
                body.addWidget(self._miss_row(row_item.term, row_item.count, row_item.staff))
        body.addStretch(1)

    def _miss_row(self, term: str, count: int, staff: int) -> QWidget:
        """One search without an answer, and the action that adds it to a guide."""
        row = _MissRow(self._narrow())
        layout = row.box
        text = label(
            self.tr("»%1« – %2 time(s), %3 staff member(s)")
            .replace("%1", term)
            .replace("%2", str(count))
            .replace("%3", str(staff))
        )
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        add = button(
            self.tr("Add as a search term to a guide"),
            accessible=self.tr("Add »%1« as a search term to a guide").replace("%1", term),
            on_click=partial(self.add_miss_requested.emit, term),
        )
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.miss_buttons[term] = add
        return row
