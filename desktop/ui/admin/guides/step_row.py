"""One step in the editor: title, text, and its screenshot with numbered notes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...kit.marks import NoteMark, marked_pixmap
from ...kit.widgets import button, label
from .editor_parts import Row, area_text, line
from .image_tools import Mark

translate = QCoreApplication.translate
THUMB = QSize(320, 220)


def marks_of(fields: list[dict[str, Any]]) -> list[Mark]:
    """The step's notes (``FieldNote`` as JSON) as marks; a note without a place gets none
    on the image but keeps its number."""
    marks = []
    for number, item in enumerate(fields, 1):
        place = item.get("position") or {}
        marks.append(
            Mark(
                n=int(place.get("n") or number),
                x=float(place.get("x") or 0.0),
                y=float(place.get("y") or 0.0),
                w=float(place.get("w") or 0.0),
                h=float(place.get("h") or 0.0),
                label=str(item.get("label") or ""),
                note=str(item.get("note") or ""),
            )
        )
    return marks


def fields_of(marks: list[Mark]) -> list[dict[str, Any]]:
    """Marks as ``FieldNote`` JSON: the place as fractions, boxes kept inside the image."""
    out: list[dict[str, Any]] = []
    for mark in marks:
        x, y = round(mark.x, 4), round(mark.y, 4)
        place: dict[str, Any] = {"n": mark.n, "x": x, "y": y}
        if mark.is_box:
            place["w"] = max(0.0001, min(round(mark.w, 4), round(1.0 - x, 4)))
            place["h"] = max(0.0001, min(round(mark.h, 4), round(1.0 - y, 4)))
        out.append({"label": mark.label, "note": mark.note, "position": place})
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
            marks = [NoteMark(m.n, m.x, m.y, m.w, m.h) for m in marks_of(self.fields)]
            self.thumb.setPixmap(marked_pixmap(path, marks, THUMB))
        notes = len(self.fields)
        parts = []
        if self.image:
            parts.append(self.tr("%n note(s)", "", notes))
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
