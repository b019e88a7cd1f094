"""The list model shared by search results, browsing and the FAQ list, and its delegate.

Rows are plain data (:class:`ListRow`); the model is testable without a view. The delegate
draws a bold title (wrapped to two lines), a muted subtitle and an optional badge ("FAQ").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from . import icons, theme

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAD_X, PAD_Y, GAP = 14, 10, 3
MIN_ROW = 56


@dataclass(frozen=True)
class ListRow:
    kind: str  # "guide", "faq" or "area"
    key: str
    title: str
    subtitle: str = ""
    badge: str = ""


class RowListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ListRow] = []

    def set_rows(self, rows: list[ListRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(part for part in (row.badge, row.title, row.subtitle) if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title if not row.subtitle else f"{row.title}\n{row.subtitle}"
        if role == ROW_ROLE:
            return row
        return None


class RowDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        size = option.font.pixelSize()
        if size > 0:
            small.setPixelSize(max(12, size - 2))
        badge = QFont(small)
        badge.setBold(True)
        return title, small, badge

    def _badge_width(self, row: ListRow, badge_font: QFont) -> int:
        if row.badge:
            return QFontMetrics(badge_font).horizontalAdvance(row.badge) + 16 + PAD_X
        return 28 if row.kind == "area" else 0

    def _text_width(self, row: ListRow, width: int, badge_font: QFont) -> int:
        return max(60, width - 2 * PAD_X - self._badge_width(row, badge_font))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row: ListRow | None = index.data(ROW_ROLE)
        if row is None:
            return super().sizeHint(option, index)
        title_font, small_font, badge_font = self._fonts(option)
        width = self.view.viewport().width() or 300
        text_width = self._text_width(row, width, badge_font)
        title_h = self._title_rect(row.title, title_font, text_width).height()
        sub_h = QFontMetrics(small_font).height() if row.subtitle else 0
        height = PAD_Y * 2 + title_h + (GAP + sub_h if sub_h else 0)
        return QSize(width, max(MIN_ROW, height))

    def _title_rect(self, text: str, font: QFont, width: int) -> QRect:
        metrics = QFontMetrics(font)
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QRect(0, 0, width, min(rect.height(), metrics.lineSpacing() * 2))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: ListRow | None = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        pal = theme.current()
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        rect = option.rect
        if selected:
            painter.fillRect(rect, QColor(pal.selection))
        elif hovered:
            painter.fillRect(rect, QColor(pal.hover))
        painter.setPen(QPen(QColor(pal.border), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if selected and self.view.hasFocus():
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor(pal.focus))
        text_color = QColor(pal.on_selection if selected else pal.text)
        muted = QColor(pal.on_selection if selected else pal.muted)
        title_font, small_font, badge_font = self._fonts(option)
        text_width = self._text_width(row, rect.width(), badge_font)
        title_rect = self._title_rect(row.title, title_font, text_width)
        sub_h = QFontMetrics(small_font).height() if row.subtitle else 0
        block = title_rect.height() + (GAP + sub_h if sub_h else 0)
        top = rect.top() + max(PAD_Y, (rect.height() - block) // 2)
        painter.setFont(title_font)
        painter.setPen(text_color)
        painter.drawText(
            QRect(rect.left() + PAD_X, top, text_width, title_rect.height()),
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft),
            row.title,
        )
        if row.subtitle:
            painter.setFont(small_font)
            painter.setPen(muted)
            metrics = QFontMetrics(small_font)
            painter.drawText(
                QRect(rect.left() + PAD_X, top + title_rect.height() + GAP, text_width, sub_h),
                int(Qt.AlignmentFlag.AlignLeft),
                metrics.elidedText(row.subtitle, Qt.TextElideMode.ElideRight, text_width),
            )
        if row.badge:
            metrics = QFontMetrics(badge_font)
            bw, bh = metrics.horizontalAdvance(row.badge) + 16, metrics.height() + 6
            badge = QRect(rect.right() - PAD_X - bw, rect.center().y() - bh // 2, bw, bh)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(pal.badge_bg))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setFont(badge_font)
            painter.setPen(QColor(pal.badge_fg))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), row.badge)
        elif row.kind == "area":
            pix = icons.icon("chevron", pal.on_selection if selected else pal.muted).pixmap(20, 20)
            painter.drawPixmap(rect.right() - PAD_X - 20, rect.center().y() - 10, pix)
        painter.restore()


class RowListView(QListView):
    """A list of :class:`ListRow`. Enter or a click opens a row (``activated_row``);
    ``Up`` on the first row leaves the list (``leave_top``) and typing goes back to a search
    box (``typed``)."""

    activated_row = Signal(object)
    leave_top = Signal()
    typed = Signal(str)
    escape = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.list_model = RowListModel(self)
        self.setModel(self.list_model)
        self.setItemDelegate(RowDelegate(self))
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setMouseTracking(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.forward_typing = False
        self.clicked.connect(self._open)

    def set_rows(self, rows: list[ListRow]) -> None:
        self.list_model.set_rows(rows)

    def rows(self) -> list[ListRow]:
        return self.list_model.rows

    def select_row(self, number: int) -> None:
        if 0 <= number < self.list_model.rowCount():
            index = self.list_model.index(number)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def current_row(self) -> ListRow | None:
        index = self.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.activated_row.emit(row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # rows wrap to the new width

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        if key == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.leave_top.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        text = event.text()
        if (
            self.forward_typing
            and text
            and text.isprintable()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.typed.emit(text)
            return
        super().keyPressEvent(event)
