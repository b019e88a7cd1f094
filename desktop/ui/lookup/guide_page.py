"""One guide: title, favourite and feedback, and its three levels kept clearly apart.

The levels are a segmented control ("Vejledning", "Trin for trin", "Henvisning"; Alt+1/2/3)
over one scrollable page each. The view shows what it is given and reports what the user
asked for through signals; the navigator does the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.store.blobs import BlobStore
from sync_server.protocol import Guide, MessageState

from ..kit import icons
from ..kit.guide_levels import LevelActions, guidance_page, referral_page, steps_page
from ..kit.image_viewer import ImageViewer
from ..kit.labels import state_text
from ..kit.marks import NoteMark
from ..kit.widgets import SegmentedControl, button, label, shortcut_hint

LEVELS = 3


class GuidePage(QWidget):
    favourite_toggled = Signal(str, bool)  # guide id, favourite
    feedback_requested = Signal(object)  # Guide
    send_requested = Signal(object)  # Guide
    notify = Signal(str)  # a confirmation for the message bar
    qr_requested = Signal(object, str)  # Guide, its short link on the citizen web

    def __init__(self, blobs: BlobStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blobs = blobs
        self.guide: Guide | None = None
        self._compact = False
        self.setAccessibleName(self.tr("Guide"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QFrame()
        header.setProperty("role", "header")
        header.setAccessibleName(self.tr("Guide header"))
        head = QVBoxLayout(header)
        head.setContentsMargins(16, 12, 16, 10)
        head.setSpacing(6)
        self.title = label("", "title", selectable=True)
        self.area = label("", "muted")
        self.sent = label("", "small")
        self.sent.setObjectName("guide_sent")
        self.sent.hide()
        head.addWidget(self.title)
        head.addWidget(self.area)
        head.addWidget(self.sent)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.favourite = button(
            self.tr("Favourite"),
            accessible=self.tr("Favourite"),
            tooltip=shortcut_hint(self.tr("Mark as favourite"), "Ctrl+D"),
        )
        self.favourite.setObjectName("favourite")
        self.favourite.setCheckable(True)
        self.favourite.toggled.connect(self._favourite_changed)
        icons.bind(self.favourite, "star-outline", "primary", 22)
        self.feedback = button(
            self.tr("Give feedback"),
            icon="feedback",
            tooltip=shortcut_hint(self.tr("Give feedback on this guide"), "Ctrl+Shift+F"),
            on_click=self.request_feedback,
        )
        self.feedback.setObjectName("feedback")
        self.send = button(
            self.tr("Send to citizen"),
            icon="send",
            tooltip=shortcut_hint(self.tr("Send the guidance by SMS or e-mail"), "Ctrl+M"),
            on_click=self.request_send,
        )
        self.send.setObjectName("send_to_citizen")
        self.citizen_link: str | None = None
        self.qr = button(
            self.tr("Show QR code"),
            icon="qr",
            tooltip=shortcut_hint(
                self.tr("The citizen scans the guide's link with their own phone"), "Ctrl+Shift+Q"
            ),
            on_click=self.request_qr,
        )
        self.qr.setObjectName("show_qr")
        self.qr.hide()
        actions.addWidget(self.favourite)
        actions.addWidget(self.feedback)
        actions.addWidget(self.send)
        actions.addWidget(self.qr)
        actions.addStretch(1)
        head.addLayout(actions)

        self.levels = SegmentedControl(
            [self.tr("Guidance"), self.tr("Step by step"), self.tr("Referral")],
            self.tr("Guide level"),
        )
        level_help = (
            self.tr("Guidance for every citizen"),
            self.tr("Help inside the solution"),
            self.tr("Who handles it when self-service is not possible"),
        )
        for number, (item, hint) in enumerate(zip(self.levels.buttons, level_help, strict=True), 1):
            item.setToolTip(shortcut_hint(hint, f"Alt+{number}"))
            item.setObjectName(f"level{number}")
        self.levels.changed.connect(self.set_level)
        head.addWidget(self.levels)
        layout.addWidget(header)

        self.pages = QStackedWidget()
        self.pages.setAccessibleName(self.tr("Guide content"))
        self.scrolls: list[QScrollArea] = []
        for name in (self.tr("Guidance"), self.tr("Step by step"), self.tr("Referral")):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setAccessibleName(name)
            self.pages.addWidget(scroll)
            self.scrolls.append(scroll)
        layout.addWidget(self.pages, 1)

        self._actions = LevelActions(
            copy=self.copy_text,
            open_url=self.open_url,
            zoom=self.zoom,
            image_path=self._image_path,
        )

    # -- showing ----------------------------------------------------------------------
    def show_guide(self, guide: Guide, favourite: bool, level: int = 0) -> None:
        if self.guide is None or self.guide.id != guide.id:
            self.sent.hide()
        self.guide = guide
        self.title.setText(guide.title)
        self.title.setAccessibleName(guide.title)
        self.area.setText(guide.area)
        self.area.setAccessibleName(self.tr("Area: %1").replace("%1", guide.area))
        self.favourite.blockSignals(True)
        self.favourite.setChecked(favourite)
        self.favourite.blockSignals(False)
        self._favourite_look(favourite)
        builders = (guidance_page, steps_page, referral_page)
        for scroll, build in zip(self.scrolls, builders, strict=True):
            old = scroll.takeWidget()
            if old is not None:
                old.deleteLater()
            scroll.setWidget(build(guide, self._actions))
        self.set_level(level)

    def set_level(self, index: int) -> None:
        index = max(0, min(LEVELS - 1, index))
        had_focus = any(b.hasFocus() for b in self.levels.buttons)
        self.levels.set_current(index, emit=False)
        if had_focus:
            self.levels.buttons[index].setFocus()
        self.pages.setCurrentIndex(index)
        self.scrolls[index].verticalScrollBar().setValue(0)

    def level(self) -> int:
        return self.pages.currentIndex()

    def page(self, index: int) -> QWidget | None:
        return self.scrolls[index].widget()

    # -- actions ----------------------------------------------------------------------
    def toggle_favourite(self) -> None:
        if self.guide is not None:
            self.favourite.toggle()

    def _favourite_changed(self, checked: bool) -> None:
        self._favourite_look(checked)
        if self.guide is not None:
            self.favourite_toggled.emit(self.guide.id, checked)

    def _favourite_look(self, checked: bool) -> None:
        icons.bind(
            self.favourite,
            "star" if checked else "star-outline",
            "warning" if checked else "primary",
            22,
        )
        text = self.tr("Favourite") if checked else self.tr("Add to favourites")
        self.favourite.setText("" if self._compact else text)
        self.favourite.setAccessibleName(text)

    def set_compact(self, compact: bool) -> None:
        """On a handheld the favourite, feedback and QR buttons show only their icons (the
        names stay), so "Send til borger" keeps its words."""
        self._compact = compact
        self._favourite_look(self.favourite.isChecked())
        self.feedback.setText("" if compact else self.tr("Give feedback"))
        self.qr.setText("" if compact else self.tr("Show QR code"))

    def show_messages(self, states: list[MessageState]) -> None:
        """What was sent to citizens from this guide today (newest first)."""
        today = datetime.now().astimezone().date()
        recent = [s for s in states if s.created_at.astimezone().date() == today][:3]
        if not recent:
            self.sent.hide()
            return
        text = self.tr("Sent to citizen: %1").replace(
            "%1", " · ".join(state_text(s) for s in recent)
        )
        self.sent.setText(text)
        self.sent.setAccessibleName(text)
        self.sent.show()

    def request_send(self) -> None:
        if self.guide is not None:
            self.send_requested.emit(self.guide)

    def set_citizen_link(self, url: str | None) -> None:
        """The shown guide's link on the citizen web (None: citizens cannot see it)."""
        self.citizen_link = url
        self.qr.setVisible(url is not None)

    def request_qr(self) -> None:
        if self.guide is not None and self.citizen_link:
            self.qr_requested.emit(self.guide, self.citizen_link)

    def request_feedback(self) -> None:
        if self.guide is not None:
            self.feedback_requested.emit(self.guide)

    def copy_text(self, text: str, confirmation: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.notify.emit(f"{confirmation} {text}")

    def copy_link(self) -> None:
        if self.guide is not None and self.guide.self_service_url:
            self.copy_text(self.guide.self_service_url, self.tr("Link copied:"))

    def open_link(self) -> None:
        if self.guide is not None and self.guide.self_service_url:
            self.open_url(self.guide.self_service_url)

    def open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def zoom(self, path: Path, caption: str, marks: Sequence[NoteMark] = ()) -> None:
        viewer = ImageViewer(path, caption, self.window(), marks)
        viewer.open()

    def _image_path(self, sha256: str) -> Path | None:
        if self.blobs is None or not self.blobs.has(sha256):
            return None
        return self.blobs.path(sha256)
