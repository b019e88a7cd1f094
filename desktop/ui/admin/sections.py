"""The admin nav's lists: the overview (what needs work) and all guides."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.admin import Overview
from sync_server.protocol import Guide, GuideStatus

from ..kit.list_model import ListRow, RowListView
from ..kit.widgets import button, card, label
from .labels import guide_status


class OverviewSection(QWidget):
    """Counts at a glance, then the guides that need work (drafts, past their review date,
    stale screenshots) and the edits kept on this computer."""

    open_requested = Signal(object)  # ListRow ("guide" or "local")
    new_requested = Signal()
    templates_requested = Signal()
    searches_requested = Signal()
    report_settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Overview"))
        # The column scrolls when it is shorter than its contents (a tablet's height, large
        # text), so the counts and buttons keep their size instead of being squeezed.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("What needs work"), "heading"))
        grid = QGridLayout()
        self.counts: dict[str, tuple[QLabel, QWidget]] = {}
        names = (
            ("drafts", self.tr("Drafts")),
            ("review", self.tr("Past review date")),
            ("stale", self.tr("Stale screenshots")),
            ("feedback", self.tr("Open feedback")),
        )
        for index, (key, text) in enumerate(names):
            frame, inner = card(text)
            number = label("0", "title", wrap=False)
            number.setObjectName(f"count_{key}")
            inner.addWidget(number)
            inner.addWidget(label(text, "small"))
            grid.addWidget(frame, index // 2, index % 2)
            self.counts[key] = (number, frame)
        layout.addLayout(grid)
        self.offline = label(self.tr("Offline: the counts are from the last sync."), "small")
        self.offline.hide()
        layout.addWidget(self.offline)
        self.new_button = button(
            self.tr("New guide"), icon="add", role="primary", on_click=self.new_requested.emit
        )
        self.templates_button = button(
            self.tr("Templates"), icon="email", on_click=self.templates_requested.emit
        )
        self.searches_button = button(
            self.tr("Searches without an answer"),
            icon="search",
            on_click=self.searches_requested.emit,
        )
        self.searches_button.setObjectName("open_searches")
        # One a row: side by side they would cut their words in a nav's width (and the
        # column's scroll bar takes some of it on a tablet).
        layout.addWidget(self.new_button)
        layout.addWidget(self.templates_button)
        layout.addWidget(self.searches_button)
        self.report_settings_button = button(
            self.tr("Report settings"),
            icon="settings",
            on_click=self.report_settings_requested.emit,
        )
        self.report_settings_button.setObjectName("open_report_settings")
        layout.addWidget(self.report_settings_button)
        self.list = RowListView(self.tr("Guides that need work"))
        self.list.activated_row.connect(self.open_requested.emit)
        self.list.setMinimumHeight(176)  # three rows, when the column scrolls
        layout.addWidget(self.list, 1)

    def show_overview(self, overview: Overview) -> None:
        server = overview.server
        values = {
            "drafts": len(server.drafts),
            "review": len(server.past_review),
            "stale": len(server.stale_screenshots),
            "feedback": server.open_feedback_count,
        }
        for key, (number, _frame) in self.counts.items():
            number.setText(str(values[key]))
        self.offline.setVisible(overview.offline)
        rows: list[ListRow] = []
        for draft in overview.local_edits:
            rows.append(
                ListRow(
                    "local",
                    draft.key,
                    draft.title or self.tr("(no title)"),
                    self.tr("Unsent changes on this computer"),
                    self.tr("Unsent"),
                )
            )
        reasons = {
            "draft": self.tr("Draft – not published"),
            "pending_draft": self.tr("Changes waiting to be published"),
            "past_review": self.tr("Past its review date"),
            "stale_screenshot": self.tr("Screenshot may be stale"),
            "open_feedback": self.tr("Open feedback"),
            "library_update": self.tr("The library has a newer version"),
        }
        seen: set[tuple[str, str]] = set()
        for items in (
            server.drafts,
            server.past_review,
            server.stale_screenshots,
            server.open_feedback,
            server.library_updates,
        ):
            for item in items:
                if (item.guide_id, item.reason) not in seen:
                    seen.add((item.guide_id, item.reason))
                    why = reasons.get(item.reason, item.reason)
                    kind = "guide"
                    if item.reason == "library_update":  # "Ny version fra <kommune>"
                        kind, why = "library_update", item.detail or why
                    elif item.detail:
                        why = f"{why}: {item.detail}"
                    rows.append(ListRow(kind, item.guide_id, item.title, why))
        self.list.set_rows(rows)


class GuideListSection(QWidget):
    """All the municipality's guides, drafts included, filterable."""

    open_requested = Signal(object)  # ListRow
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guides: list[Guide] = []
        self.setAccessibleName(self.tr("Guides"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Guides"), "heading"), 1)
        self.new_button = button(self.tr("New guide"), icon="add", on_click=self.new_requested.emit)
        self.new_button.setObjectName("new_guide")
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by title or area …"))
        self.filter.setAccessibleName(self.tr("Filter the guides"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self._fill())
        layout.addWidget(self.filter)
        self.list = RowListView(self.tr("Guides"))
        self.list.activated_row.connect(self.open_requested.emit)
        self.list.leave_top.connect(self.filter.setFocus)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.filter)

    def show_guides(self, guides: list[Guide]) -> None:
        self.guides = guides
        self._fill()

    def _fill(self) -> None:
        text = self.filter.text().strip().casefold()
        rows = [
            ListRow(
                "guide",
                g.id,
                g.title,
                g.area,
                "" if g.status == GuideStatus.PUBLISHED else guide_status(g.status),
            )
            for g in self.guides
            if not text or text in g.title.casefold() or text in g.area.casefold()
        ]
        self.list.set_rows(rows)
