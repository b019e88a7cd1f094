"""Numbered notes on a screenshot: drawn as badges (and boxes) at their places, given as
fractions of the image's width and height, so they sit right at any size. Used by the guide
view (thumbnail and zoom) and the admin's annotation canvas alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap

from sync_server.protocol import Step

ACCENT = QColor("#d81b60")


@dataclass(frozen=True)
class NoteMark:
    n: int
    x: float
    y: float
    w: float = 0.0
    h: float = 0.0


def step_marks(step: Step) -> list[NoteMark]:
    """The placed notes of a step (a note without a place has no mark)."""
    out = []
    for note in step.fields:
        place = getattr(note, "position", None)
        if place is not None:
            out.append(NoteMark(place.n, place.x, place.y, place.w or 0.0, place.h or 0.0))
    return out


def paint_marks(
    painter: QPainter, target: QRectF, marks: Sequence[NoteMark], scale: float = 1.0
) -> None:
    """Badges (radius 13 px × ``scale``) and boxes at their fractions of ``target``."""
    radius = 13 * scale
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(8, int(14 * scale)))
    painter.setFont(font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for mark in marks:
        x = target.x() + mark.x * target.width()
        y = target.y() + mark.y * target.height()
        if mark.w > 0 and mark.h > 0:
            painter.setPen(QPen(ACCENT, max(2.0, 3 * scale)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, y, mark.w * target.width(), mark.h * target.height()))
        badge = QRectF(x - radius, y - radius, 2 * radius, 2 * radius)
        painter.setPen(QPen(QColor("white"), max(1.0, 2 * scale)))
        painter.setBrush(ACCENT)
        painter.drawEllipse(badge)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(mark.n))


def marked_pixmap(path: Path, marks: Sequence[NoteMark], box: QSize | None = None) -> QPixmap:
    """The screenshot (scaled into ``box`` when given) with its marks drawn on top; at full
    size the badges grow with the image so they stay readable when zoomed out."""
    image = QImage(str(path))
    if image.isNull():
        return QPixmap()
    if box is not None and (image.width() > box.width() or image.height() > box.height()):
        image = image.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    out = QPixmap.fromImage(image)
    if marks:
        scale = 1.0 if box is not None else max(1.0, image.width() / 900)
        painter = QPainter(out)
        paint_marks(painter, QRectF(0, 0, image.width(), image.height()), marks, scale)
        painter.end()
    return out
