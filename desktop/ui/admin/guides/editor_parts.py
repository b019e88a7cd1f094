"""Building blocks of the guide editor: a reorderable list of rows (bullets, steps, referral
cards), each row with up, down and remove buttons (Alt+↑/↓ move the row with the focus)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...kit.widgets import button, card, label, tool_button

translate = QCoreApplication.translate


class Row(QWidget):
    """One item of a :class:`RowList`; subclasses build their fields and answer value()."""

    changed = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        return self


class RowList(QWidget):
    """Rows in order, with up/down/remove per row and an "add" button under them."""

    changed = Signal()

    def __init__(
        self, make: Callable[[Any], Row], add_text: str, accessible: str, empty: str = ""
    ) -> None:
        super().__init__()
        self.make = make
        self.rows: list[Row] = []
        self.setAccessibleName(accessible)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QVBoxLayout()
        self.box.setSpacing(8)
        layout.addLayout(self.box)
        self.empty = label(empty, "muted")
        self.empty.setVisible(bool(empty))
        layout.addWidget(self.empty)
        self.add_button = button(add_text, icon="add", on_click=self._add_empty)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_empty(self) -> None:
        self.add(None, True)

    def set_values(self, values: list[Any]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for value in values:
            self.add(value, False, emit=False)
        self._renumber()

    def values(self) -> list[Any]:
        return [row.value() for row in self.rows]

    def add(self, value: Any, focus: bool, emit: bool = True) -> Row:
        row = self.make(value)
        frame, inner = card()
        head = QHBoxLayout()
        number = label("", "badge", wrap=False)
        head.addWidget(number)
        head.addStretch(1)
        up = arrow_button(
            Qt.ArrowType.UpArrow,
            translate("RowList", "Move up (Alt+Up)"),
            lambda: self.move_row(row, -1),
        )
        down = arrow_button(
            Qt.ArrowType.DownArrow,
            translate("RowList", "Move down (Alt+Down)"),
            lambda: self.move_row(row, 1),
        )
        remove = tool_button(
            "delete", translate("RowList", "Remove"), on_click=lambda: self.remove(row)
        )
        for widget in (up, down, remove):
            head.addWidget(widget)
        inner.addLayout(head)
        inner.addWidget(row)
        row.setProperty("frame", frame)
        row.setProperty("number", number)
        row.changed.connect(self.changed.emit)
        _MoveKeys(row, lambda step: self.move_row(row, step))
        self.rows.append(row)
        self.box.addWidget(frame)
        self._renumber()
        if focus:
            row.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        if emit:
            self.changed.emit()
        return row

    def _frame(self, row: Row) -> QWidget:
        frame = row.property("frame")
        assert isinstance(frame, QWidget)
        return frame

    def move_row(self, row: Row, step: int) -> None:
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        self.rows.insert(target, self.rows.pop(index))
        frame = self._frame(row)
        self.box.removeWidget(frame)
        self.box.insertWidget(target, frame)
        self._renumber()
        row.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def remove(self, row: Row) -> None:
        self.rows.remove(row)
        frame = self._frame(row)
        self.box.removeWidget(frame)
        frame.setParent(None)
        frame.deleteLater()
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, 1):
            badge = row.property("number")
            if isinstance(badge, QWidget):
                badge.setProperty("text", str(number))
                badge.setAccessibleName(str(number))
        self.empty.setVisible(not self.rows and bool(self.empty.text()))


class _MoveKeys(QObject):
    """Alt+Up / Alt+Down in any field of a row move the row."""

    def __init__(self, row: Row, move: Callable[[int], None]) -> None:
        super().__init__(row)
        self.move = move
        for child in row.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return False


def arrow_button(arrow: Qt.ArrowType, accessible: str, on_click: Callable[[], None]) -> QToolButton:
    widget = QToolButton()
    widget.setArrowType(arrow)
    widget.setAccessibleName(accessible)
    widget.setToolTip(accessible)
    widget.setMinimumSize(44, 44)
    widget.clicked.connect(lambda _c=False: on_click())
    return widget


def line(text: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder or accessible)
    edit.setMinimumHeight(44)
    return edit


def area_text(text: str, accessible: str, height: int = 88) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(accessible)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(int(height * 1.5))
    return edit


class BulletRow(Row):
    def __init__(self, value: str | None) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = area_text(value or "", translate("BulletRow", "What to tell the citizen"), 64)
        self.text.textChanged.connect(self.changed.emit)
        layout.addWidget(self.text)

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def first_field(self) -> QWidget:
        return self.text


class ReferralRow(Row):
    """A referral card: written here, or filled from the contacts directory."""

    FIELDS = ("name", "phone", "email", "url", "hours", "address", "note")

    def __init__(self, value: dict[str, Any] | None) -> None:
        super().__init__()
        value = value or {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        names = {
            "name": translate("ReferralRow", "Name (e.g. Borgerservice)"),
            "phone": translate("ReferralRow", "Phone"),
            "email": translate("ReferralRow", "E-mail"),
            "url": translate("ReferralRow", "Website (https://…)"),
            "hours": translate("ReferralRow", "Opening hours"),
            "address": translate("ReferralRow", "Address"),
            "note": translate("ReferralRow", "When to refer here"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for key in self.FIELDS:
            edit = line(str(value.get(key) or ""), names[key])
            edit.setObjectName(f"referral_{key}")
            edit.textChanged.connect(lambda _t: self.changed.emit())
            self.edits[key] = edit
            layout.addWidget(edit)

    def value(self) -> dict[str, Any]:
        return {k: (e.text().strip() or None) for k, e in self.edits.items()}

    def first_field(self) -> QWidget:
        return self.edits["name"]
