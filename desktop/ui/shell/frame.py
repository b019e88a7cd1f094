"""The responsive frame around the views.

- wide (≥ 1200 px, desktop): navigation and lists on the left, the guide on the right;
- medium (≥ 720 px, tablet ~1024×768): the same two panes, a narrower list;
- compact (< 720 px, handheld ~400 px): one column; opening a guide stacks it on top of the
  list and a back button (Esc, Alt+←) returns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ..kit import icons
from ..kit.widgets import SegmentedControl, label, shortcut_hint, tool_button

COMPACT, MEDIUM, WIDE = "compact", "medium", "wide"
COMPACT_MAX, MEDIUM_MAX = 720, 1200
NAV_WIDTH = {WIDE: 440, MEDIUM: 360}


def mode_for_width(width: int) -> str:
    if width < COMPACT_MAX:
        return COMPACT
    return MEDIUM if width < MEDIUM_MAX else WIDE


class NavPanel(QWidget):
    """Sections (Søg, Områder, FAQ) over the section's list."""

    SEARCH, BROWSE, FAQ = range(3)

    def __init__(self, search: QWidget, browse: QWidget, faq: QWidget, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setAccessibleName(self.tr("Navigation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(0)
        self.sections = SegmentedControl(
            [self.tr("Search"), self.tr("Areas"), self.tr("FAQ")], self.tr("Sections")
        )
        hints = (
            shortcut_hint(self.tr("Search for a guide"), "Ctrl+F", "F3"),
            shortcut_hint(self.tr("Browse by area, recent and favourites"), "Ctrl+2"),
            shortcut_hint(self.tr("Technical FAQ"), "Ctrl+3"),
        )
        for item, hint, icon in zip(
            self.sections.buttons, hints, ("search", "folder", "help"), strict=True
        ):
            item.setToolTip(hint)
            icons.bind(item, icon, "primary", 20)
        box = QHBoxLayout()
        box.setContentsMargins(12, 0, 12, 0)
        box.addWidget(self.sections)
        layout.addLayout(box)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Section"))
        for widget in (search, browse, faq):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)
        self.sections.changed.connect(self.stack.setCurrentIndex)

    def show_section(self, index: int) -> None:
        self.sections.set_current(index, emit=False)
        self.stack.setCurrentIndex(index)

    def section(self) -> int:
        return self.stack.currentIndex()


class Frame(QWidget):
    mode_changed = Signal(str)
    back_requested = Signal()
    settings_requested = Signal()

    def __init__(self, nav: QWidget, detail: QWidget, subtitle: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.nav = nav
        self.detail = detail
        self.mode = ""
        self.detail_open = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QFrame()
        header.setProperty("role", "header")
        header.setAccessibleName(self.tr("Title bar"))
        row = QHBoxLayout(header)
        row.setContentsMargins(8, 4, 8, 4)
        self.back = tool_button(
            "back",
            self.tr("Back"),
            shortcut_hint(self.tr("Back"), "Esc", "Alt+Left"),
            on_click=self.back_requested.emit,
        )
        self.back.setObjectName("back")
        logo = label("", wrap=False, accessible="Vejviser")
        logo.setPixmap(icons.app_icon().pixmap(32, 32))
        self.app_title = label("Vejviser", "heading", wrap=False)
        self.subtitle = label(subtitle, "muted", wrap=False)
        self.settings = tool_button(
            "settings",
            self.tr("Settings"),
            shortcut_hint(self.tr("Settings"), "Ctrl+,"),
            on_click=self.settings_requested.emit,
        )
        self.settings.setObjectName("settings")
        row.addWidget(self.back)
        row.addWidget(logo)
        row.addWidget(self.app_title)
        row.addWidget(self.subtitle)
        row.addStretch(1)
        row.addWidget(self.settings)
        layout.addWidget(header)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(nav)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.apply_mode(WIDE)

    @property
    def compact(self) -> bool:
        return self.mode == COMPACT

    def apply_mode(self, mode: str) -> None:
        changed = mode != self.mode
        self.mode = mode
        if mode == COMPACT:
            self.nav.setMinimumWidth(0)
            self.nav.setMaximumWidth(16_777_215)
            self._compact_pages()
            self.subtitle.hide()
        else:
            width = NAV_WIDTH[mode]
            self.nav.setMinimumWidth(width - 60)
            self.nav.setMaximumWidth(width + 160)
            self.nav.show()
            self.detail.show()
            self.back.hide()
            self.subtitle.show()
            self.splitter.setSizes([width, max(1, self.width() - width)])
        if changed:
            self.mode_changed.emit(mode)
            self.layout().invalidate()  # size hints of the other mode must not linger
            self.updateGeometry()

    def _compact_pages(self) -> None:
        self.nav.setVisible(not self.detail_open)
        self.detail.setVisible(self.detail_open)
        self.back.setVisible(self.detail_open)

    def show_detail(self) -> None:
        self.detail_open = True
        if self.compact:
            self._compact_pages()

    def show_nav(self) -> None:
        self.detail_open = False
        if self.compact:
            self._compact_pages()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        mode = mode_for_width(event.size().width())
        if mode != self.mode:
            self.apply_mode(mode)
