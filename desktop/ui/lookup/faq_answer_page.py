"""One answer of the technical FAQ, as an agent reads it out over the phone."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from sync_server.protocol import FaqEntry

from ..kit.guide_levels import LevelActions, bullets, link_card, page
from ..kit.widgets import label


class FaqAnswerPage(QWidget):
    """One FAQ entry: the question, the answer as bullets and the link, if any."""

    notify = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: FaqEntry | None = None
        self.setAccessibleName(self.tr("Answer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Answer"))
        layout.addWidget(self.scroll_area)
        self._actions = LevelActions(
            copy=self._copy, open_url=self._open, zoom=lambda *_: None, image_path=lambda _s: None
        )

    def show_entry(self, entry: FaqEntry) -> None:
        self.entry = entry
        widget, layout = page(self.tr("Answer"))
        where = self.tr("Technical FAQ")
        if entry.category:
            where += f" · {entry.category}"
        layout.addWidget(label(where, "muted"))
        layout.addWidget(label(entry.question, "title", selectable=True))
        bullets(list(entry.answer), layout)
        if entry.self_service_url:
            layout.addWidget(link_card(entry.self_service_url, self._actions, self.tr("Link")))
        layout.addStretch(1)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(widget)

    def copy_link(self) -> None:
        if self.entry is not None and self.entry.self_service_url:
            self._copy(self.entry.self_service_url, self.tr("Link copied:"))

    def open_link(self) -> None:
        if self.entry is not None and self.entry.self_service_url:
            self._open(self.entry.self_service_url)

    def _copy(self, text: str, confirmation: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.notify.emit(f"{confirmation} {text}")

    def _open(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))
