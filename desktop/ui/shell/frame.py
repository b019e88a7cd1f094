"""The responsive frame around the views.

- wide (≥ 1200 px, desktop): navigation and lists on the left, the guide on the right;
- medium (≥ 720 px, tablet ~1024×768): the same two panes, a narrower list;
- compact (< 720 px, handheld ~400 px): one column; opening a guide stacks it on top of the
  list and a back button (Esc, Alt+←) returns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ..kit import icons
from ..kit.widgets import PageStack, SegmentedControl, label, shortcut_hint, tool_button

COMPACT, MEDIUM, WIDE = "compact", "medium", "wide"
COMPACT_MAX, MEDIUM_MAX = 720, 1200
NAV_WIDTH = {WIDE: 440, MEDIUM: 360}


def mode_for_width(width: int) -> str:
    if width < COMPACT_MAX:
        return COMPACT
    return MEDIUM if width < MEDIUM_MAX else WIDE


class NavPanel(QWidget):
    """One nav: its sections (Søg, Områder, FAQ) as segments over the section's list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Navigation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(0)
        self.sections = SegmentedControl([], self.tr("Sections"))
        box = QHBoxLayout()
        box.setContentsMargins(12, 0, 12, 0)
        box.addWidget(self.sections)
        layout.addLayout(box)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Section"))
        layout.addWidget(self.stack, 1)
        self.sections.changed.connect(self.stack.setCurrentIndex)

    def add_section(self, title: str, icon: str, tooltip: str, widget: QWidget) -> int:
        item = self.sections.add_segment(title)
        item.setToolTip(tooltip)
        icons.bind(item, icon, "primary", 20)
        return self.stack.addWidget(widget)

    def show_section(self, index: int) -> None:
        self.sections.set_current(index, emit=False)
        self.stack.setCurrentIndex(index)

    def section(self) -> int:
        return self.stack.currentIndex()


class Frame(QWidget):
    """The title bar, the bands under it, and the nav beside (or, on a handheld, under) the
    detail pane. Features fill it through the host (``host.py``)."""

    mode_changed = Signal(str)
    back_requested = Signal()
    settings_requested = Signal()

    def __init__(self, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navs: dict[str, NavPanel] = {}
        self.nav = PageStack()  # one NavPanel per nav (the lookup nav; an admin's later)
        self.detail = PageStack()
        self.detail.setAccessibleName(self.tr("Details"))
        self.start_page: QWidget | None = None
        self._sections: dict[str, tuple[str, int]] = {}
        self._bands: list[tuple[int, int, str, QWidget]] = []
        self.mode = ""
        self.detail_open = False
        self._layout = layout = QVBoxLayout(self)
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
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.apply_mode(WIDE)

    # -- filled by the features ------------------------------------------------------------
    def add_band(self, name: str, band: QWidget, order: int) -> None:
        """Under the title bar, above the panes; smaller orders higher up."""
        if any(known == name for _o, _n, known, _w in self._bands):
            raise ValueError(f"band {name!r} is added twice")
        entry = (order, len(self._bands), name, band)
        self._bands.append(entry)
        self._bands.sort(key=lambda b: b[:2])
        band.setObjectName(band.objectName() or name)
        self._layout.insertWidget(1 + self._bands.index(entry), band)

    def band(self, name: str) -> QWidget:
        return next(widget for _o, _n, known, widget in self._bands if known == name)

    def add_section(
        self, nav: str, name: str, title: str, icon: str, tooltip: str, widget: QWidget
    ) -> None:
        if name in self._sections:
            raise ValueError(f"section {name!r} is added twice")
        panel = self.navs.get(nav)
        if panel is None:
            panel = self.navs[nav] = NavPanel()
            self.nav.addWidget(panel)
        self._sections[name] = (nav, panel.add_section(title, icon, tooltip, widget))

    def section_buttons(self) -> list[QWidget]:
        return [item for panel in self.navs.values() for item in panel.sections.buttons]

    def show_section(self, name: str) -> QWidget | None:
        """Show the section ``name`` in its nav; returns its widget."""
        nav, index = self._sections[name]
        panel = self.navs[nav]
        self.nav.setCurrentWidget(panel)
        panel.show_section(index)
        return panel.stack.widget(index)

    def nav_name(self, section: str) -> str:
        """The nav a section belongs to."""
        return self._sections[section][0]

    def current_section(self) -> QWidget | None:
        panel = self.nav.currentWidget()
        return panel.stack.currentWidget() if isinstance(panel, NavPanel) else None

    def set_start_page(self, page: QWidget) -> None:
        """The page shown first, and by "back" to the start (welcome and shortcuts)."""
        self.start_page = page
        self.detail.insertWidget(0, page)
        self.detail.setCurrentWidget(page)

    def open_page(self, page: QWidget, compact_focus: QWidget | None = None) -> None:
        self.detail.setCurrentWidget(page)
        self.show_detail()
        if self.compact and compact_focus is not None:
            compact_focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_start(self) -> None:
        if self.start_page is not None:
            self.detail.setCurrentWidget(self.start_page)
        self.show_nav()

    # -- width modes ------------------------------------------------------------------------
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
            self._layout.invalidate()  # size hints of the other mode must not linger
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        mode = mode_for_width(event.size().width())
        if mode != self.mode:
            self.apply_mode(mode)
