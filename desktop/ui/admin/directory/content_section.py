"""The admin nav's "Indhold" section: a choice of the four kinds (two by two, so it fits a
handheld) over the chosen kind's list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...kit import icons
from .section import DirectorySection, titles

translate = QCoreApplication.translate
KINDS = ("areas", "synonyms", "faq", "contacts")
ICONS = {"areas": "folder", "synonyms": "copy", "faq": "help", "contacts": "phone"}


class ContentSection(QWidget):
    kind_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ContentSection", "Content"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(0)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.kind_buttons: dict[str, QPushButton] = {}
        self.stack = QStackedWidget()
        self.lists: dict[str, DirectorySection] = {}
        for index, kind in enumerate(KINDS):
            item = QPushButton(titles()[kind][0])
            item.setCheckable(True)
            item.setProperty("role", "segment")
            item.setObjectName(f"kind_{kind}")
            item.setAccessibleName(item.text())
            item.setMinimumHeight(44)
            item.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            item.setCursor(Qt.CursorShape.PointingHandCursor)
            icons.bind(item, ICONS[kind], "primary", 20)
            self.group.addButton(item, index)
            grid.addWidget(item, index // 2, index % 2)
            self.kind_buttons[kind] = item
            section = DirectorySection(kind)
            section.layout().setContentsMargins(0, 8, 0, 0)  # type: ignore[union-attr]
            self.lists[kind] = section
            self.stack.addWidget(section)
        self.kind_buttons["areas"].setChecked(True)
        self.group.idClicked.connect(lambda index: self.show_kind(KINDS[index]))
        layout.addLayout(grid)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.lists["areas"])  # its filter: the next key types there

    def show_kind(self, kind: str) -> DirectorySection:
        self.kind_buttons[kind].setChecked(True)
        section = self.lists[kind]
        if self.stack.currentWidget() is not section:
            self.stack.setCurrentWidget(section)
            self.setFocusProxy(section)
            self.kind_changed.emit(kind)
        return section

    def kind(self) -> str:
        return KINDS[max(self.group.checkedId(), 0)]
