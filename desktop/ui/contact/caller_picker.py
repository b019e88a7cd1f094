"""A shared hotline's picker of the caller's municipality: a popup with a search field (name
or code) above the members; one tap on a member picks it, Enter picks the first match, Esc
closes. Opened from the timer bar's municipality button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.store.members import Member

from ..kit.widgets import label

# The item data of the entry that clears the choice.
NONE = ""


def matches(member: Member, text: str) -> bool:
    """Does a member match what was typed (a part of its name, or the start of its code)?"""
    text = text.strip().casefold()
    return not text or text in member.name.casefold() or member.code.startswith(text)


class CallerPicker(QDialog):
    chosen = Signal(object)  # the member's code, or None: no municipality (the hotline's own)

    def __init__(
        self, members: list[Member], current: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caller_picker")
        self.setWindowTitle(self.tr("The caller's municipality"))
        self.members = members
        self.current = current
        self.search = QLineEdit()
        self.search.setObjectName("caller_search")
        self.search.setPlaceholderText(self.tr("Search by name or code"))
        self.search.setAccessibleName(self.tr("Search for the caller's municipality"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(44)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("caller_list")
        self.list.setAccessibleName(self.tr("Member municipalities"))
        self.list.setUniformItemSizes(True)
        self.list.itemClicked.connect(self._pick)
        self.list.itemActivated.connect(self._pick)
        self.empty = label(self.tr("No member municipality matches."), "muted")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("The caller's municipality"), "heading"))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.resize(360, 420)
        self._filter("")

    def _item(self, text: str, code: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, code)
        if code == (self.current or NONE):
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def _filter(self, text: str) -> None:
        self.list.clear()
        shown = [m for m in self.members if matches(m, text)]
        for member in shown:
            self.list.addItem(self._item(f"{member.name} ({member.code})", member.code))
        if not text.strip() and self.current:
            self.list.addItem(self._item(self.tr("None (the hotline's own guides)"), NONE))
        for row in range(self.list.count()):
            item = self.list.item(row)
            hint = item.sizeHint()
            hint.setHeight(44)
            item.setSizeHint(hint)
        self.empty.setVisible(not shown)
        if self.list.count():
            self.list.setCurrentRow(0)

    def visible_codes(self) -> list[str]:
        """The codes listed now (for tests and the tour)."""
        return [
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        ]

    def pick(self, code: str | None) -> None:
        """Choose as a tap on the member's row would."""
        self.chosen.emit(code or None)
        self.accept()

    def _pick(self, item: QListWidgetItem) -> None:
        self.pick(str(item.data(Qt.ItemDataRole.UserRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                item = self.list.currentItem()
                if item is not None:
                    self._pick(item)
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
            ):
                self.list.setFocus()
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)
