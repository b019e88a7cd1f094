"""The feedback inbox: staff feedback per guide with its status (ny, i gang, løst, afvist),
the admin's answer, and a link to the guide. The agent sees the answer after a sync."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from sync_server.protocol import OPEN_STATUSES, Feedback, FeedbackStatus

from ..kit.formats import danish_date
from ..kit.list_model import ListRow, RowListView
from ..kit.widgets import SegmentedControl, button, card, label
from .labels import feedback_kind, feedback_status

translate = QCoreApplication.translate


class FeedbackSection(QWidget):
    open_requested = Signal(object)  # ListRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Feedback] = []
        self.setAccessibleName(self.tr("Feedback"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.addWidget(label(self.tr("Feedback from staff"), "heading"))
        self.filter = SegmentedControl([self.tr("Open"), self.tr("All")], self.tr("Show"))
        self.filter.changed.connect(lambda _i: self._fill())
        layout.addWidget(self.filter)
        self.list = RowListView(self.tr("Feedback"))
        self.list.activated_row.connect(self.open_requested.emit)
        layout.addWidget(self.list, 1)
        self.empty = label(self.tr("No feedback to handle."), "muted")
        layout.addWidget(self.empty)

    def show_items(self, items: list[Feedback], titles: dict[str, str]) -> None:
        self.items = items
        self.titles = titles
        self._fill()

    def open_count(self) -> int:
        return sum(1 for f in self.items if f.status in OPEN_STATUSES)

    def _title(self, item: Feedback) -> str:
        return item.guide_title or self.titles.get(item.guide_id, item.guide_id)

    def _fill(self) -> None:
        only_open = self.filter.current() == 0
        rows = [
            ListRow(
                "feedback",
                str(f.id),
                f"{feedback_kind(f.kind)}: {self._title(f)}",
                _from(f) + f.text,
                feedback_status(f.status.value),
            )
            for f in self.items
            if not only_open or f.status in OPEN_STATUSES
        ]
        self.list.set_rows(rows)
        self.empty.setVisible(not rows)


class FeedbackPage(QWidget):
    answer_requested = Signal(object, str, object)  # Feedback, answer, FeedbackStatus
    guide_requested = Signal(str)  # guide id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Feedback | None = None
        self.setAccessibleName(self.tr("Feedback"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = label("", "title")
        self.meta = label("", "muted")
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        frame, inner = card(self.tr("What the staff member wrote"))
        self.text = label("", "body", selectable=True)
        inner.addWidget(self.text)
        self.origin = label("", "small", selectable=True)  # a suggestion from a copy
        self.origin.setObjectName("feedback_origin")
        inner.addWidget(self.origin)
        layout.addWidget(frame)
        self.open_guide = button(
            self.tr("Open the guide in the editor"),
            icon="edit",
            on_click=self._open_guide,
        )
        layout.addWidget(self.open_guide)
        layout.addWidget(
            label(self.tr("Your answer (the staff member sees it after a sync)"), "small")
        )
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("feedback_answer")
        self.answer.setAccessibleName(self.tr("Answer"))
        self.answer.setTabChangesFocus(True)
        self.answer.setMinimumHeight(100)
        layout.addWidget(self.answer)
        row = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("feedback_status")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setMinimumHeight(44)
        for status in FeedbackStatus:
            self.status.addItem(feedback_status(status.value), status)
        row.addWidget(self.status, 1)
        self.send = button(self.tr("Save answer"), icon="send", role="primary", on_click=self._send)
        self.send.setObjectName("send_answer")
        row.addWidget(self.send)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_item(self, item: Feedback, title: str) -> None:
        self.item = item
        self.heading.setText(f"{feedback_kind(item.kind)}: {title}")
        self.meta.setText(
            self.tr("%1 · %2 · status: %3")
            .replace("%1", danish_date(item.created_at.date()))
            .replace("%2", item.author)
            .replace("%3", feedback_status(item.status.value))
        )
        self.text.setText(item.text)
        self.origin.setText(_from(item) + _attached(item))
        self.origin.setVisible(item.origin is not None)
        self.answer.setPlainText(item.answer or "")
        self.status.setCurrentIndex(max(0, self.status.findData(item.status)))

    def _open_guide(self) -> None:
        if self.item is not None:
            self.guide_requested.emit(self.item.guide_id)

    def _send(self) -> None:
        if self.item is not None:
            self.answer_requested.emit(
                self.item, self.answer.toPlainText(), self.status.currentData()
            )


def _from(item: Feedback) -> str:
    """ "Fra <kommune>: " for a suggestion from another municipality's copy."""
    if item.origin is None:
        return ""
    return translate("FeedbackInbox", "From %1: ").replace("%1", item.origin.municipality_name)


def _attached(item: Feedback) -> str:
    if item.origin is None:
        return ""
    text = translate("FeedbackInbox", "(a suggestion from their copy %1)").replace(
        "%1", item.origin.guide_id
    )
    version = item.suggested_version
    if version is not None:
        lines = [version.title, *(f"• {g}" for g in version.guidance)]
        lines += [f"{r.name} {r.phone or ''}".strip() for r in version.referral]
        text += "\n" + translate("FeedbackInbox", "Their version:") + "\n" + "\n".join(lines)
    return text
