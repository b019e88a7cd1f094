"""A library guide read-only: its origin, how many use it, when it was updated, and its three
levels with screenshots exactly as staff would see them; "Copy to our list" (once — a second
copy points at the first)."""

from __future__ import annotations

from collections.abc import Sequence
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
from sync_server.protocol import LibraryGuide

from ...kit.formats import danish_datetime
from ...kit.guide_levels import LevelActions, guidance_page, referral_page, steps_page
from ...kit.image_viewer import ImageViewer
from ...kit.marks import NoteMark
from ...kit.widgets import SegmentedControl, button, label
from .section import used_by_text


class LibraryPreviewPage(QWidget):
    copy_requested = Signal(object)  # LibraryGuide
    open_copy_requested = Signal(str)  # the own copy's guide id
    notify = Signal(str)

    def __init__(self, blobs: BlobStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blobs = blobs
        self.entry: LibraryGuide | None = None
        self.existing: str | None = None
        self.setAccessibleName(self.tr("Library guide"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QFrame()
        header.setProperty("role", "header")
        head = QVBoxLayout(header)
        head.setContentsMargins(16, 12, 16, 10)
        head.setSpacing(6)
        self.title = label("", "title", selectable=True)
        self.origin = label("", "muted")
        self.origin.setObjectName("library_origin")
        self.facts = label("", "small")
        self.facts.setObjectName("library_facts")
        head.addWidget(label(self.tr("From the shared library (read only)"), "small"))
        head.addWidget(self.title)
        head.addWidget(self.origin)
        head.addWidget(self.facts)
        actions = QHBoxLayout()
        self.copy_button = button(
            self.tr("Copy to our list"),
            icon="copy",
            role="primary",
            tooltip=self.tr("A draft in your own list; adjust the local details and publish"),
            on_click=self._copy,
        )
        self.copy_button.setObjectName("library_copy")
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        head.addLayout(actions)
        self.already = QFrame()
        self.already.setProperty("role", "card")
        already = QVBoxLayout(self.already)
        already.setContentsMargins(12, 8, 12, 8)
        self.already_text = label("", "body")
        self.already_text.setObjectName("library_already")
        already.addWidget(self.already_text)
        self.open_copy = button(self.tr("Open our copy"), icon="edit", on_click=self._open_existing)
        self.open_copy.setObjectName("library_open_copy")
        already.addWidget(self.open_copy)
        self.already.hide()
        head.addWidget(self.already)
        self.levels = SegmentedControl(
            [self.tr("Guidance"), self.tr("Step by step"), self.tr("Referral")],
            self.tr("Guide level"),
        )
        self.levels.changed.connect(self.set_level)
        head.addWidget(self.levels)
        layout.addWidget(header)
        self.pages = QStackedWidget()
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
            copy=self._copy_text, open_url=self._open_url, zoom=self._zoom, image_path=self._image
        )

    def show_entry(self, entry: LibraryGuide) -> None:
        self.entry = entry
        guide = entry.guide
        self.title.setText(guide.title)
        self.title.setAccessibleName(guide.title)
        self.origin.setText(
            self.tr("From %1 · %2").replace("%1", entry.municipality_name).replace("%2", guide.area)
        )
        self.facts.setText(
            used_by_text(entry.used_by)
            + " · "
            + self.tr("Updated %1").replace("%1", danish_datetime(guide.updated_at))
        )
        self.already.hide()
        self.existing = None
        for scroll, build in zip(
            self.scrolls, (guidance_page, steps_page, referral_page), strict=True
        ):
            old = scroll.takeWidget()
            if old is not None:
                old.deleteLater()
            scroll.setWidget(build(guide, self._actions))
        self.set_level(0)

    def set_level(self, index: int) -> None:
        self.levels.set_current(index, emit=False)
        self.pages.setCurrentIndex(index)

    def page(self, index: int) -> QWidget | None:
        return self.scrolls[index].widget()

    def show_already(self, message: str, guide_id: str) -> None:
        """The guide was copied before: say so and offer to open that copy."""
        self.existing = guide_id
        self.already_text.setText(message)
        self.already.show()
        self.open_copy.setFocus()

    def _copy(self) -> None:
        if self.entry is not None:
            self.copy_requested.emit(self.entry)

    def _open_existing(self) -> None:
        if self.existing:
            self.open_copy_requested.emit(self.existing)

    # -- level actions (read-only: copy, open, zoom) ---------------------------------------
    def _copy_text(self, text: str, confirmation: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.notify.emit(f"{confirmation} {text}")

    def _open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def _zoom(self, path: Path, caption: str, marks: Sequence[NoteMark] = ()) -> None:
        ImageViewer(path, caption, self.window(), marks).open()

    def _image(self, sha256: str) -> Path | None:
        return self.blobs.path(sha256) if self.blobs.has(sha256) else None
