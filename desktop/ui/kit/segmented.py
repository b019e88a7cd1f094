"""One-tap choices for the timer bar: the channel and the place as rows of segments.

- :class:`ChannelSegments`: one checkable button per channel, the current one filled. Icons
  alone, or icon and name on a desktop when the row has room.
- :class:`PlaceSegments`: the workstation's places as buttons, as many as fit (at most four);
  the others are in a "Flere…" menu. A name too long for its button is shortened with "…".

Every button is at least 44×44 px and keeps its whole name as accessible name and tooltip. One
button is checked at a time, but the rows keep that themselves instead of using a QButtonGroup:
Qt lets Tab stop at only one button of a group, and here every button is a Tab stop (Space
picks). The rows place their buttons themselves (no layout), so a long text never makes a row,
or the window, wider: the row asks for room with its size hint and makes do with what it gets.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QActionGroup, QResizeEvent
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from sync_server.protocol import Channel

from . import icons, theme
from .theme import MIN_TARGET
from .widgets import polish

# The width of an icon-only channel button when there is room (at least MIN_TARGET).
ICON_SEGMENT = 52
# Places shown as buttons at most; more go into the "Flere…" menu.
MAX_PLACES = 4


def _needed(widget: QPushButton, text: str) -> int:
    """The width ``widget`` needs for ``text`` (and its icon and menu arrow, if any)."""
    opt = QStyleOptionButton()
    widget.initStyleOption(opt)
    content = widget.fontMetrics().horizontalAdvance(text)
    if not widget.icon().isNull():
        content += opt.iconSize.width() + (4 if text else 0)
    if widget.menu() is not None:
        content += widget.style().pixelMetric(
            QStyle.PixelMetric.PM_MenuButtonIndicator, opt, widget
        )
    size = QSize(content, opt.iconSize.height())
    style = widget.style()
    return style.sizeFromContents(QStyle.ContentsType.CT_PushButton, opt, size, widget).width()


def button_width(widget: QPushButton, text: str) -> int:
    """The width of ``widget`` showing ``text`` in full: at least a touch target."""
    return max(MIN_TARGET, _needed(widget, text) + 6)


def _segment(parent: QWidget) -> QPushButton:
    item = QPushButton(parent)
    item.setCheckable(True)
    item.setProperty("role", "segment")
    item.setCursor(Qt.CursorShape.PointingHandCursor)
    return item


class ElidedButton(QPushButton):
    """A checkable segment whose text is shortened with "…" when the button is narrower
    than the text; the whole text is kept in :attr:`full_text`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setCheckable(True)
        self.setProperty("role", "segment")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()  # the stylesheet's font decides the width

    def _elide(self) -> None:
        room = self.width() - _needed(self, "") - 2  # text widths are rounded: a little air
        text = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, max(0, room)
        )
        if text != self.text():
            self.setText(text)


class _Row(QWidget):
    """A row of touch-sized buttons placed by :meth:`_lay_out` whenever the width changes;
    one of them checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.segments: list[QPushButton] = []  # no QButtonGroup: see the module's docstring
        theme.on_change(self._theme_changed)

    def _add(self, item: QPushButton) -> None:
        index = len(self.segments)
        self.segments.append(item)
        item.clicked.connect(lambda _checked=False: self._clicked(index))

    def _check(self, index: int) -> None:
        for position, item in enumerate(self.segments):
            item.setChecked(position == index)

    def _clicked(self, index: int) -> None:
        self._check(index)  # a second tap leaves it checked
        self._picked(index)

    def _picked(self, index: int) -> None:
        raise NotImplementedError

    def _theme_changed(self, _palette: object) -> None:
        try:
            self.updateGeometry()
            self._lay_out(self.width())
        except RuntimeError:  # deleted
            pass

    def _height(self) -> int:
        probe = self.findChild(QPushButton)
        return max(MIN_TARGET, probe.sizeHint().height() if probe is not None else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out(event.size().width())

    def _place(self, widgets: Sequence[QWidget], widths: Sequence[int]) -> None:
        x = 0
        for widget, width in zip(widgets, widths, strict=True):
            widget.setGeometry(x, 0, width, self.height())
            x += width

    def _lay_out(self, width: int) -> None:
        raise NotImplementedError


class ChannelSegments(_Row):
    """The channels as one row of exclusive buttons; a tap picks (emits :attr:`chosen`)."""

    chosen = Signal(object)  # Channel

    def __init__(
        self, channels: Sequence[tuple[Channel, str, str]], parent: QWidget | None = None
    ) -> None:
        """``channels``: ``(channel, name, icon)``."""
        super().__init__(parent)
        self.channels = [channel for channel, _name, _icon in channels]
        self.names = [name for _channel, name, _icon in channels]
        self.allow_labels = False
        self.labelled = False
        self.buttons: list[QPushButton] = []
        for channel, name, icon in channels:
            item = _segment(self)
            item.setObjectName(f"channel_{channel.value}")
            item.setAccessibleName(name)
            item.setToolTip(name)
            icons.bind(item, icon, "primary", 20, checked="on_primary")
            self._add(item)
            self.buttons.append(item)

    # -- size -------------------------------------------------------------------------------
    def labelled_width(self) -> int:
        """Every button as wide as the widest icon-and-name."""
        for item in self.buttons:
            item.ensurePolished()
        widest = max(
            button_width(item, name) for item, name in zip(self.buttons, self.names, strict=True)
        )
        return len(self.buttons) * (widest + 8)

    def set_labels(self, allow: bool) -> None:
        """Show the names beside the icons when the row gets room for them (a desktop)."""
        if allow != self.allow_labels:
            self.allow_labels = allow
            self.updateGeometry()
            self._lay_out(self.width())

    def sizeHint(self) -> QSize:
        width = self.labelled_width() if self.allow_labels else len(self.buttons) * ICON_SEGMENT
        return QSize(width, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(len(self.buttons) * MIN_TARGET, self._height())

    def _lay_out(self, width: int) -> None:
        self.labelled = self.allow_labels and width >= self.labelled_width()
        for item, name in zip(self.buttons, self.names, strict=True):
            text = name if self.labelled else ""
            if item.text() != text:
                item.setText(text)
        count = len(self.buttons)
        share, extra = divmod(max(width, count * MIN_TARGET), count)
        self._place(self.buttons, [share + (1 if i < extra else 0) for i in range(count)])

    # -- state ------------------------------------------------------------------------------
    def set_current(self, channel: Channel) -> None:
        self._check(self.channels.index(channel))

    def _picked(self, index: int) -> None:
        self.chosen.emit(self.channels[index])

    def current(self) -> Channel | None:
        checked = [c for c, b in zip(self.channels, self.buttons, strict=True) if b.isChecked()]
        return checked[0] if checked else None

    def set_hint(self, hint: str) -> None:
        """``hint``: what the choice is for ("Kanal for næste henvendelse")."""
        self.setAccessibleName(hint)
        for item, name in zip(self.buttons, self.names, strict=True):
            item.setToolTip(f"{hint}: {name}")

    def button_for(self, channel: Channel) -> QPushButton:
        return self.buttons[self.channels.index(channel)]


class PlaceSegments(_Row):
    """The places as buttons, the current one (checked) always among those shown; the rest
    in the "Flere…" menu. A tap picks (emits :attr:`chosen`). When the names do not fit, the
    buttons first get narrower padding ("dense"), then shortened names, then fewer buttons."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.current = ""
        self.hint = ""
        self.shown: list[str] = []
        self.buttons: list[ElidedButton] = []
        for index in range(MAX_PLACES):
            item = ElidedButton(self)
            item.setObjectName(f"bar_place_{index}")
            item.hide()
            self._add(item)
            self.buttons.append(item)
        self.more = QPushButton(self.tr("More…"), self)
        self.more.setObjectName("more_places")
        self.more.setProperty("role", "segment")
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.setAccessibleName(self.tr("More places"))
        self.more.setToolTip(self.tr("More places"))
        self.menu = QMenu(self)
        self.menu.setAccessibleName(self.tr("More places"))
        self.more.setMenu(self.menu)
        self.more.hide()
        self.dense = False
        self._probes: dict[bool, ElidedButton] = {}  # hidden, to measure either look
        for dense in (False, True):
            probe = ElidedButton(self)
            probe.setProperty("dense", dense)
            probe.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            probe.hide()
            self._probes[dense] = probe

    def _picked(self, index: int) -> None:
        self.chosen.emit(self.shown[index])

    def set_places(self, names: Sequence[str], current: str, hint: str) -> None:
        """``names``: the workstation's places (with the current one); ``hint``: what the
        choice is for ("Sted for næste henvendelse")."""
        names = list(dict.fromkeys([*names, current]))
        changed = names != self.names
        self.names, self.current, self.hint = names, current, hint
        self.setAccessibleName(hint)
        if changed:
            self.updateGeometry()
        self._lay_out(self.width())

    # -- size -------------------------------------------------------------------------------
    def _widths(self, names: Sequence[str], dense: bool = False) -> tuple[list[int], list[int]]:
        """The full and the least width of a button for each name."""
        probe = self._probes[dense]
        probe.ensurePolished()
        full, least = [], []
        for name in names:
            short = name if len(name) <= 7 else name[:5] + "…"
            full.append(button_width(probe, name))
            least.append(min(full[-1], button_width(probe, short)))
        return full, least

    def _more_width(self) -> int:
        self.more.ensurePolished()
        return max(MIN_TARGET, self.more.sizeHint().width())

    def sizeHint(self) -> QSize:
        first = self.names[:MAX_PLACES]
        width = sum(self._widths(first)[0])
        if len(self.names) > len(first):
            width += self._more_width()
        return QSize(max(width, MIN_TARGET), self._height())

    def minimumSizeHint(self) -> QSize:
        width = max(self._widths([self.current], dense=True)[1], default=MIN_TARGET)
        if len(self.names) > 1:
            width += self._more_width()
        return QSize(width, self._height())

    def _pick(self, count: int) -> list[str]:
        """The first ``count`` names, the current one replacing the last if it is not among
        them (in the order of the settings)."""
        shown = self.names[:count]
        if self.current not in shown and shown:
            shown[-1] = self.current
            shown.sort(key=self.names.index)
        return shown

    def _fit(self, width: int, dense: bool) -> tuple[list[str], list[int], list[int], int]:
        """As many names as fit at their least width (the current one among them): the
        names, their full and least widths, and the width of "Flere…" (0: not needed)."""
        shown: list[str] = []
        full: list[int] = []
        least: list[int] = []
        more = 0
        for count in range(min(len(self.names), MAX_PLACES), 0, -1):
            shown = self._pick(count)
            full, least = self._widths(shown, dense)
            more = self._more_width() if count < len(self.names) else 0
            if sum(least) + more <= width:
                break
        return shown, full, least, more

    def _lay_out(self, width: int) -> None:
        if not self.names:
            return
        shown, full, least, more = self._fit(width, dense=False)
        dense = len(shown) < min(len(self.names), MAX_PLACES) or sum(full) + more > width
        if dense:
            shown, full, least, more = self._fit(width, dense=True)
        room = max(0, width - more)
        if sum(full) <= room:
            widths = full
        else:  # every button loses the same share of what it could spare
            spare = sum(f - m for f, m in zip(full, least, strict=True)) or 1
            keep = max(0.0, (room - sum(least)) / spare)
            widths = [m + int((f - m) * keep) for f, m in zip(full, least, strict=True)]
        if dense != self.dense:
            self.dense = dense
            for item in self.buttons:
                item.setProperty("dense", dense)
                polish(item)
        self.shown = shown
        for index, item in enumerate(self.buttons):
            visible = index < len(shown)
            item.setVisible(visible)
            if visible:
                name = shown[index]
                item.set_full_text(name)
                item.setAccessibleName(name)
                item.setToolTip(f"{self.hint}: {name}" if self.hint else name)
                item.setChecked(name == self.current)
        self._fill_menu([n for n in self.names if n not in shown])
        self.more.setVisible(bool(more))
        widgets: list[QWidget] = [*self.buttons[: len(shown)]]
        if more:
            widgets.append(self.more)
            widths = [*widths, more]
        self._place(widgets, widths)

    def _fill_menu(self, names: Sequence[str]) -> None:
        if [a.text() for a in self.menu.actions()] == list(names):
            return
        self.menu.clear()
        group = QActionGroup(self.menu)
        for name in names:
            action = self.menu.addAction(name)
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _c=False, n=name: self.chosen.emit(n))

    # -- for tests and the tour -------------------------------------------------------------
    def button_for(self, name: str) -> QPushButton | None:
        """The button showing ``name``, or None when it is in the menu."""
        return self.buttons[self.shown.index(name)] if name in self.shown else None

    def menu_names(self) -> list[str]:
        return [action.text() for action in self.menu.actions()]

    def choose(self, name: str) -> None:
        """Pick a place as a tap would: its button, or its entry in the menu."""
        item = self.button_for(name)
        if item is not None:
            item.click()
            return
        for action in self.menu.actions():
            if action.text() == name:
                action.trigger()
                return
