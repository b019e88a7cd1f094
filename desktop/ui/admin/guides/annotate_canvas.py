"""The screenshot with its numbered marks and redactions, drawn to fit; the mouse adds them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...kit.marks import ACCENT, NoteMark
from ...kit.marks import paint_marks as kit_paint
from .image_tools import Mark, Redaction, Screenshot, burn

MARK, BOX, BLACK, BLUR = "mark", "box", "black", "blur"


def paint_marks(painter: QPainter, target: QRectF, marks: list[Mark]) -> None:
    """The marks being placed, drawn as staff will see them."""
    kit_paint(painter, target, [NoteMark(m.n, m.x, m.y, m.w, m.h) for m in marks])


class AnnotateCanvas(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shot: Screenshot | None = None
        self.tool = MARK
        self._start: QPointF | None = None
        self._now: QPointF | None = None
        self._burned: QImage | None = None
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Screenshot to annotate"))

    # -- the model ---------------------------------------------------------------------------
    def set_shot(self, shot: Screenshot | None) -> None:
        self.shot = shot
        self._refresh()

    def _refresh(self) -> None:
        self._burned = burn(self.shot.image, self.shot.redactions) if self.shot else None
        self.update()
        self.changed.emit()

    def add_mark(self, x: float, y: float, w: float = 0.0, h: float = 0.0) -> Mark | None:
        if self.shot is None:
            return None
        mark = Mark(n=len(self.shot.marks) + 1, x=x, y=y, w=w, h=h)
        self.shot.marks.append(mark)
        self._refresh()
        return mark

    def add_redaction(self, x: float, y: float, w: float, h: float, blur: bool) -> None:
        if self.shot is None:
            return
        self.shot.redactions.append(Redaction(x, y, w, h, blur))
        self._refresh()

    def remove_mark(self, mark: Mark) -> None:
        if self.shot is None:
            return
        self.shot.marks.remove(mark)
        for number, item in enumerate(self.shot.marks, 1):
            item.n = number
        self._refresh()

    def undo_redaction(self) -> None:
        if self.shot is not None and self.shot.redactions:
            self.shot.redactions.pop()
            self._refresh()

    # -- geometry ----------------------------------------------------------------------------
    def image_rect(self) -> QRectF:
        if self.shot is None:
            return QRectF()
        image = self.shot.image
        scale = min(self.width() / image.width(), self.height() / image.height(), 1.0)
        w, h = image.width() * scale, image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _fraction(self, point: QPointF) -> QPointF:
        rect = self.image_rect()
        x = min(max((point.x() - rect.x()) / max(rect.width(), 1.0), 0.0), 1.0)
        y = min(max((point.y() - rect.y()) / max(rect.height(), 1.0), 0.0), 1.0)
        return QPointF(x, y)

    # -- mouse -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.shot is not None and event.button() == Qt.MouseButton.LeftButton:
            self._start = self._now = self._fraction(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._now = self._fraction(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None:
            return
        start, end = self._start, self._fraction(event.position())
        self._start = self._now = None
        x, y = min(start.x(), end.x()), min(start.y(), end.y())
        w, h = abs(end.x() - start.x()), abs(end.y() - start.y())
        if self.tool == MARK:
            self.add_mark(end.x(), end.y())
        elif w > 0.005 and h > 0.005:
            if self.tool == BOX:
                self.add_mark(x, y, w, h)
            else:
                self.add_redaction(x, y, w, h, blur=self.tool == BLUR)
        self.update()

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self.shot is None or self._burned is None:
            painter.setPen(self.palette().text().color())
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Paste a screenshot (Ctrl+V), drop an image here or choose a file."),
            )
            return
        target = self.image_rect()
        painter.drawImage(target, self._burned)
        paint_marks(painter, target, self.shot.marks)
        if self._start is not None and self._now is not None and self.tool != MARK:
            painter.setPen(QPen(ACCENT, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            a = QPointF(
                target.x() + self._start.x() * target.width(),
                target.y() + self._start.y() * target.height(),
            )
            b = QPointF(
                target.x() + self._now.x() * target.width(),
                target.y() + self._now.y() * target.height(),
            )
            painter.drawRect(QRectF(a, b).normalized())
