"""A screenshot at full size: zoom in and out (buttons, Ctrl++ / Ctrl+-), Esc closes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from .marks import NoteMark, marked_pixmap
from .widgets import button, label, shortcut_hint

STEPS = (0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)


class ImageViewer(QDialog):
    def __init__(
        self,
        path: Path,
        caption: str,
        parent: QWidget | None = None,
        marks: Sequence[NoteMark] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(caption)
        self.setAccessibleName(caption)
        # The numbered notes are drawn on the full-size image: they zoom with it.
        self.pixmap = marked_pixmap(path, marks) if marks else QPixmap(str(path))
        self.factor = 1.0

        layout = QVBoxLayout(self)
        layout.addWidget(label(caption, "heading"))
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Screenshot"))
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = QLabel()
        self.image.setAccessibleName(caption)
        self.scroll_area.setWidget(self.image)
        layout.addWidget(self.scroll_area, 1)

        row = QHBoxLayout()
        self.smaller = button(
            self.tr("Zoom out"),
            tooltip=shortcut_hint(self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut),
            on_click=lambda: self.step(-1),
        )
        self.larger = button(
            self.tr("Zoom in"),
            icon="zoom",
            tooltip=shortcut_hint(self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn),
            on_click=lambda: self.step(1),
        )
        self.close_button = button(
            self.tr("Close"), tooltip=shortcut_hint(self.tr("Close"), "Esc"), on_click=self.accept
        )
        row.addWidget(self.smaller)
        row.addWidget(self.larger)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.step(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.step(-1))

        if parent is not None:
            size = parent.size()
            self.resize(int(size.width() * 0.9), int(size.height() * 0.9))
        self.factor = self.fit_factor()
        self._show()

    def fit_factor(self) -> float:
        """Start with the whole screenshot in view (never enlarged beyond 100 %)."""
        if self.pixmap.isNull():
            return 1.0
        room_w = max(100, self.width() - 60)
        room_h = max(100, self.height() - 180)
        return min(1.0, room_w / self.pixmap.width(), room_h / self.pixmap.height())

    def step(self, direction: int) -> None:
        if direction > 0:
            self.factor = next((s for s in STEPS if s > self.factor + 1e-6), STEPS[-1])
        else:
            self.factor = next((s for s in reversed(STEPS) if s < self.factor - 1e-6), STEPS[0])
        self._show()

    def _show(self) -> None:
        if self.pixmap.isNull():
            return
        scaled = self.pixmap.scaledToWidth(
            max(1, int(self.pixmap.width() * self.factor)),
            Qt.TransformationMode.SmoothTransformation,
        )
        self.image.setPixmap(scaled)
        self.image.resize(scaled.size())
        self.smaller.setEnabled(self.factor > STEPS[0] + 1e-6)
        self.larger.setEnabled(self.factor < STEPS[-1] - 1e-6)
