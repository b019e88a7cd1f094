"""Small building blocks shared by the views: labels, buttons, cards, segmented controls and
the message bar (the one place errors and confirmations are shown)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import icons, theme

translate = QCoreApplication.translate


def polish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def label(
    text: str = "",
    role: str | None = None,
    *,
    wrap: bool = True,
    selectable: bool = False,
    accessible: str | None = None,
) -> QLabel:
    """A plain-text label (guide content is never interpreted as HTML)."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if wrap:
        widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    widget.setAccessibleName(accessible or text)
    return widget


def key_name(seq: QKeySequence) -> str:
    """The key sequence as shown to users; arrows as arrows (no English key names)."""
    text = seq.toString(QKeySequence.SequenceFormat.NativeText)
    for name, arrow in (("Left", "←"), ("Right", "→"), ("Up", "↑"), ("Down", "↓")):
        text = text.replace(name, arrow)
    return text


def shortcut_hint(text: str, *keys: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """``"Synkronisér nu (F5)"``: the tooltip form of an action and its shortcuts."""
    seqs = [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys]
    names = [key_name(s) for s in seqs if not s.isEmpty()]
    return f"{text} ({', '.join(names)})" if names else text


def button(
    text: str,
    *,
    accessible: str | None = None,
    icon: str | None = None,
    tooltip: str | None = None,
    role: str | None = None,
    on_click: Callable[[], None] | None = None,
) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(accessible or text)
    if tooltip:
        widget.setToolTip(tooltip)
    if icon:
        icons.bind(widget, icon, "on_primary" if role == "primary" else "primary", 20)
    if role:
        widget.setProperty("role", role)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    if on_click is not None:
        widget.clicked.connect(lambda _checked=False: on_click())
    return widget


def tool_button(
    icon: str,
    accessible: str,
    tooltip: str | None = None,
    on_click: Callable[[], None] | None = None,
) -> QToolButton:
    """A square, icon-only button (44×44) with an accessible name and a tooltip."""
    widget = QToolButton()
    icons.bind(widget, icon, "text", 24)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tooltip or accessible)
    widget.setMinimumSize(44, 44)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    if on_click is not None:
        widget.clicked.connect(lambda _checked=False: on_click())
    return widget


def card(accessible: str = "") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    frame.setAccessibleName(accessible)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(6)
    return frame, layout


class SegmentedControl(QWidget):
    """A row of exclusive, checkable buttons (sections, guide levels, feedback kinds)."""

    changed = Signal(int)

    def __init__(
        self, labels: Sequence[str], accessible: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        # A grid of one row; when even the cramped look does not fit the words on one row
        # (many sections on a handheld), the segments wrap onto as few rows as fit them.
        self._row = QGridLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(0)
        self.rows = 1
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        for text in labels:
            self.add_segment(text)
        self.group.idClicked.connect(self.changed.emit)

        theme.on_change(self._theme_changed)

    def add_segment(self, text: str) -> QPushButton:
        """One more segment at the end; the first one starts checked."""
        item = QPushButton(text)
        item.setCheckable(True)
        item.setProperty("role", "segment")
        item.setAccessibleName(text)
        item.setCursor(Qt.CursorShape.PointingHandCursor)
        # May shrink below its text: resizeEvent switches to a tighter look instead.
        item.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.group.addButton(item, len(self.buttons))
        self.buttons.append(item)
        self._place(self.rows)
        if len(self.buttons) == 1:
            item.setChecked(True)
        return item

    def _theme_changed(self, _palette: object) -> None:
        self._fit(self.width())

    def _fit(self, width: int) -> None:
        """Smaller text and padding when the labels would not fit (handheld, large text)."""
        if not self.buttons:
            return
        try:
            font = QFont(self.buttons[0].font())
        except RuntimeError:  # deleted
            return
        font.setPixelSize(theme.current_sizes()["base"])
        font.setBold(True)
        metrics = QFontMetrics(font)
        needed = sum(
            metrics.horizontalAdvance(b.text()) + 24 + (26 if not b.icon().isNull() else 0)
            for b in self.buttons
        )
        tight = needed > width
        if bool(self.property("tight")) != tight:
            self.setProperty("tight", tight)
            for item in self.buttons:
                item.setProperty("tight", tight)
                polish(item)
        # Still too narrow with the tight look (many sections on a narrow nav): the words
        # keep their room and the icons go (the words say it; the icons only decorate).
        font.setPixelSize(theme.current_sizes()["small"])
        small = QFontMetrics(font)
        cramped = (
            tight
            and sum(
                small.horizontalAdvance(b.text()) + 8 + (26 if not b.icon().isNull() else 0)
                for b in self.buttons
            )
            > width
        )
        needs = [small.horizontalAdvance(item.text()) + 8 for item in self.buttons]
        self._place(self._rows_for(needs, width) if cramped else 1)
        per_row = self._per_row(self.rows)
        for column in range(per_row):
            # Cramped: each segment as wide as its word needs, not all alike.
            widest = max(needs[column::per_row])
            self._row.setColumnStretch(column, widest if cramped else 0)
        for item in self.buttons:
            if item.icon().isNull():
                continue
            if item.property("icon_px") is None:
                item.setProperty("icon_px", item.iconSize().width())
            wanted = 0 if cramped else int(item.property("icon_px"))
            if item.iconSize().width() != wanted:
                item.setIconSize(QSize(wanted, wanted))

    def _per_row(self, rows: int) -> int:
        return -(-len(self.buttons) // rows)

    def _rows_for(self, needs: list[int], width: int) -> int:
        """The fewest rows on which every row's words fit ``width``."""
        for rows in range(1, len(needs) + 1):
            per_row = self._per_row(rows)
            if all(sum(needs[i : i + per_row]) <= width for i in range(0, len(needs), per_row)):
                return rows
        return len(needs)

    def _place(self, rows: int) -> None:
        """Lay the segments out on ``rows`` rows, in order, filling each row."""
        if rows == self.rows and all(self._row.indexOf(b) >= 0 for b in self.buttons):
            return
        self.rows = rows
        for item in self.buttons:
            self._row.removeWidget(item)
        for column in range(self._row.columnCount()):
            self._row.setColumnStretch(column, 0)
        per_row = self._per_row(rows)
        for index, item in enumerate(self.buttons):
            self._row.addWidget(item, index // per_row, index % per_row)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 360), hint.height())

    def current(self) -> int:
        return self.group.checkedId()

    def set_current(self, index: int, emit: bool = True) -> None:
        self.buttons[index].setChecked(True)
        if emit:
            self.changed.emit(index)


class MessageBar(QFrame):
    """The one place messages appear: errors (stay until closed) and confirmations
    (disappear after a few seconds). Never modal, so a call is never interrupted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("MessageBar", "Message"))
        self.setProperty("level", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        self.icon = QLabel()
        self.icon.setAccessibleName(translate("MessageBar", "Message type"))
        self.text = label("", accessible=translate("MessageBar", "Message text"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = button("", accessible=translate("MessageBar", "Message action"))
        self.action.hide()
        self.close_button = tool_button(
            "close", translate("MessageBar", "Close message"), on_click=self.dismiss
        )
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self._callback: Callable[[], object] | None = None
        self.action.clicked.connect(self._run_action)
        self.hide()

    def show_message(
        self,
        text: str,
        level: str = "info",
        *,
        action: tuple[str, Callable[[], object]] | None = None,
        timeout_ms: int | None = None,
    ) -> None:
        self.setProperty("level", level)
        polish(self)
        error = level == "error"
        icons.bind(self.icon, "error" if error else "info", "danger" if error else "primary", 24)
        self.text.setText(text)
        self.text.setAccessibleName(text)
        if action is not None:
            self.action.setText(action[0])
            self.action.setAccessibleName(action[0])
            self._callback = action[1]
            self.action.show()
        else:
            self._callback = None
            self.action.hide()
        self._timer.stop()
        if timeout_ms:
            self._timer.start(timeout_ms)
        self.show()

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()

    def _run_action(self) -> None:
        callback = self._callback
        self.dismiss()
        if callback is not None:
            callback()


def set_button_text(widget: QAbstractButton, text: str, tooltip: str | None = None) -> None:
    widget.setText(text)
    widget.setAccessibleName(tooltip or text)
    if tooltip:
        widget.setToolTip(tooltip)


class CtrlEnter(QObject):
    """Ctrl+Enter in a text edit runs ``action`` (the edit would otherwise take it as a
    line break). Kept alive by its parent, the text edit."""

    def __init__(self, edit: QWidget, action: Callable[[], None]) -> None:
        super().__init__(edit)
        self._action = action
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.type() == QEvent.Type.KeyPress:
                self._action()
            event.accept()
            return True
        return super().eventFilter(watched, event)


class PageStack(QStackedWidget):
    """A stack of pages whose size hints are the current page's. QStackedWidget takes the
    largest of all pages, and a hidden page keeps the hints of the width it was last laid
    out at: a guide never shown since the window became a handheld would keep it wider
    than the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()
