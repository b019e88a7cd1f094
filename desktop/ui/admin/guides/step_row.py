"""One step in the editor: title, text, and its screenshot with numbered notes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...kit.widgets import button, label
from .annotate_canvas import paint_marks
from .editor_parts import Row, area_text, line
from .image_tools import Mark

translate = QCoreApplication.translate
THUMB = QSize(320, 220)


def marks_of(fields: list[dict[str, Any]]) -> list[Mark]:
    """The editor's notes as marks (a note without a place gets a point at the corner)."""
    marks = []
    for number, item in enumerate(fields, 1):
        marks.append(
            Mark(
                n=int(item.get("n") or number),
                x=float(item.get("x") or 0.0),
                y=float(item.get("y") or 0.0),
                w=float(item.get("w") or 0.0),
                h=float(item.get("h") or 0.0),
                label=str(item.get("label") or ""),
                note=str(item.get("note") or ""),
            )
        )
    return marks


def fields_of(marks: list[Mark]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for mark in marks:
        item: dict[str, Any] = {"label": mark.label, "note": mark.note, "n": mark.n}
        item.update({"x": round(mark.x, 4), "y": round(mark.y, 4)})
        if mark.is_box:
            item.update({"w": round(mark.w, 4), "h": round(mark.h, 4)})
        out.append(item)
    return out


def marked_pixmap(path: Path, marks: list[Mark], box: QSize = THUMB) -> QPixmap:
    """The screenshot scaled into ``box`` with its numbered marks drawn on top."""
    image = QImage(str(path))
    if image.isNull():
        return QPixmap()
    scaled = image.scaled(
        box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    out = QPixmap.fromImage(scaled)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_marks(painter, QRectF(0, 0, scaled.width(), scaled.height()), marks)
    painter.end()
    return out


class StepRow(Row):
    def __init__(
        self,
        value: dict[str, Any] | None,
        edit_shot: Callable[[StepRow], None],
        image_path: Callable[[str], Path | None],
    ) -> None:
        super().__init__()
        value = value or {}
        self.image: str | None = value.get("image")
        self.image_date: str | None = value.get("image_date")
        self.fields: list[dict[str, Any]] = list(value.get("fields") or [])
        self.image_path = image_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = line(str(value.get("title") or ""), translate("StepRow", "Step title"))
        self.title.setObjectName("step_title")
        self.text = area_text(str(value.get("text") or ""), translate("StepRow", "What to do"))
        self.text.setObjectName("step_text")
        self.title.textChanged.connect(lambda _t: self.changed.emit())
        self.text.textChanged.connect(self.changed.emit)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.thumb = QLabel()
        self.thumb.setAccessibleName(translate("StepRow", "Screenshot with notes"))
        row.addWidget(self.thumb)
        side = QVBoxLayout()
        self.shot_button = button(
            translate("StepRow", "Add screenshot …"),
            icon="add",
            on_click=lambda: edit_shot(self),
        )
        self.shot_button.setObjectName("step_screenshot")
        self.remove_shot = button(
            translate("StepRow", "Remove screenshot"), icon="delete", on_click=self.clear_shot
        )
        self.summary = label("", "small")
        side.addWidget(self.shot_button)
        side.addWidget(self.remove_shot)
        side.addWidget(self.summary)
        side.addStretch(1)
        row.addLayout(side, 1)
        layout.addLayout(row)
        self._show_shot()

    def set_shot(self, sha: str, marks: list[Mark], taken: str) -> None:
        self.image = sha
        self.fields = fields_of(marks)
        self.image_date = taken
        self._show_shot()
        self.changed.emit()

    def clear_shot(self) -> None:
        self.image = None
        self.fields = []
        self.image_date = None
        self._show_shot()
        self.changed.emit()

    def _show_shot(self) -> None:
        path = self.image_path(self.image) if self.image else None
        has = path is not None
        self.thumb.setVisible(has)
        self.remove_shot.setVisible(bool(self.image))
        self.shot_button.setText(
            translate("StepRow", "Change screenshot and notes …")
            if self.image
            else translate("StepRow", "Add screenshot …")
        )
        if path is not None:
            self.thumb.setPixmap(marked_pixmap(path, marks_of(self.fields)))
        notes = len(self.fields)
        parts = []
        if self.image:
            parts.append(translate("StepRow", "%n note(s)", "", notes))
        if self.image_date:
            parts.append(translate("StepRow", "taken %1").replace("%1", self.image_date))
        self.summary.setText(", ".join(parts))

    def value(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "text": self.text.toPlainText().strip(),
            "image": self.image,
            "image_date": self.image_date,
            "fields": list(self.fields),
        }

    def first_field(self) -> QWidget:
        return self.title
