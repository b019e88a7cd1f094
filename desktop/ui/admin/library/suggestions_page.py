"""The suggestions this municipality sent to the origins of its copies, with their status
and the origin's answer (the answer flows back the same way the suggestion went)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from sync_server.protocol import Suggestion

from ...kit.formats import danish_datetime
from ...kit.widgets import card, label
from ..labels import feedback_status


class SuggestionsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Our suggestions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.body_scroll = QScrollArea()
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.body_scroll)
        self.cards: list[QWidget] = []

    def show_suggestions(self, items: list[Suggestion], names: dict[str, str]) -> None:
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(16, 12, 16, 16)
        inner.setSpacing(10)
        inner.addWidget(label(self.tr("Our suggestions to other municipalities"), "title"))
        if not items:
            inner.addWidget(label(self.tr("You have not sent any suggestions yet."), "muted"))
        self.cards = []
        for item in items:
            frame, box = card(item.to_guide_id)
            name = names.get(item.to_municipality, item.to_municipality)
            box.addWidget(
                label(
                    self.tr("To %1 about their guide %2 (from our copy %3)")
                    .replace("%1", name)
                    .replace("%2", item.to_guide_id)
                    .replace("%3", item.guide_id),
                    "heading",
                )
            )
            box.addWidget(
                label(
                    f"{danish_datetime(item.created_at)} · {feedback_status(item.status.value)}",
                    "small",
                )
            )
            box.addWidget(label(item.text, "body", selectable=True))
            if item.answer:
                box.addWidget(label(self.tr("Their answer:"), "small"))
                answer = label(item.answer, "body", selectable=True)
                answer.setObjectName("suggestion_answer")
                box.addWidget(answer)
            inner.addWidget(frame)
            self.cards.append(frame)
        inner.addStretch(1)
        old = self.body_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.body_scroll.setWidget(body)
