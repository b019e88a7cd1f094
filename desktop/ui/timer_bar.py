"""The timer bar: always visible above the content, large enough for a touch screen.

Start / stop (F9), pause / resume (F10), the running time (active time; a pause does not
count), the channel and the place (a tap opens the list, the next tap picks), the guides and
area collected so far, messages sent, and the "I dag" button. On a handheld the bar takes two
rows and the big buttons show their icons only (their names stay for screen readers).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contact import ContactSettings, ContactState, ContactStatus
from sync_server.protocol import Channel

from . import icons
from .contact_labels import CHANNEL_ICONS, CHANNELS, channel_label, duration_text
from .widgets import button, label, polish, shortcut_hint


class ElidedButton(QPushButton):
    """A menu button whose text is shortened with "…" when the row is narrow (handheld,
    large text), down to its icon alone; the whole text stays in the accessible name and
    the tooltip."""

    def __init__(self, icon: str) -> None:
        super().__init__()
        self.full_text = ""
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        icons.bind(self, icon, "primary", 20)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()
        self.updateGeometry()

    def _chrome(self) -> int:
        """The width of the button without its text (as QPushButton.sizeHint counts it)."""
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        content = opt.iconSize.width() + 4
        if self.menu() is not None:
            content += self.style().pixelMetric(
                QStyle.PixelMetric.PM_MenuButtonIndicator, opt, self
            )
        size = QSize(content, opt.iconSize.height())
        return (
            self.style()
            .sizeFromContents(QStyle.ContentsType.CT_PushButton, opt, size, self)
            .width()
        )

    def sizeHint(self) -> QSize:
        width = self._chrome() + self.fontMetrics().horizontalAdvance(self.full_text) + 12
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._chrome(), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # the stylesheet's font decides the width
            self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        room = self.width() - self._chrome() - 4
        text = metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(0, room))
        if room < metrics.horizontalAdvance("Abc…"):
            text = ""  # the icon alone rather than a letter and dots
        if text != self.text():
            self.setText(text)


START_KEY, PAUSE_KEY, SEND_KEY, TODAY_KEY = "F9", "F10", "Ctrl+M", "Ctrl+I"


class TimerBar(QFrame):
    start_requested = Signal()
    stop_requested = Signal()
    pause_requested = Signal()  # pause or resume
    finish_requested = Signal()  # show the finish panel again
    send_requested = Signal()
    today_requested = Signal()
    channel_chosen = Signal(object)  # Channel
    location_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "timerbar")
        self.setAccessibleName(self.tr("Contact timer"))
        self.compact = False
        self.mode = "wide"
        self.state = ContactState.IDLE

        self.time = label("0:00", "timer", wrap=False, accessible=self.tr("Active time"))
        self.time.setObjectName("contact_time")
        self.time.setMinimumWidth(self.time.fontMetrics().horizontalAdvance("0:00:00"))
        self.badge = label("", "timerstate", wrap=False)
        self.badge.setObjectName("contact_state")
        self.info = label("", "small", wrap=False)
        self.info.setObjectName("contact_info")
        for text in (self.badge, self.info):
            # Cut rather than squeeze the buttons or widen the window (the tooltip has it all).
            text.setMinimumWidth(24)
            text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.start = self._big("play", self.tr("Start"), self.tr("Start timing a contact"))
        self.start.setProperty("role", "primary")
        self.start.clicked.connect(self.start_requested.emit)
        self.stop = self._big("stop", self.tr("Stop"), self.tr("Stop the contact"), START_KEY)
        self.stop.setProperty("role", "danger")
        icons.bind(self.stop, "stop", "on_primary", 20)
        self.stop.clicked.connect(self.stop_requested.emit)
        self.pause = self._big("pause", self.tr("Pause"), self.tr("Pause the timer"), PAUSE_KEY)
        self.pause.clicked.connect(self.pause_requested.emit)
        self.finish = self._big("check", self.tr("Register"), self.tr("Choose the outcome"))
        self.finish.setProperty("role", "primary")
        icons.bind(self.finish, "check", "on_primary", 20)
        self.finish.clicked.connect(self.finish_requested.emit)
        self.send = button(
            self.tr("Send to citizen"),
            icon="send",
            tooltip=shortcut_hint(self.tr("Send the guide to the citizen"), SEND_KEY),
            on_click=self.send_requested.emit,
        )
        self.send.setObjectName("bar_send")

        self.channel = ElidedButton("phone")
        self.channel.setObjectName("channel")
        self.channel_menu = QMenu(self)
        self.channel_menu.setAccessibleName(self.tr("Channel"))
        self.channel_group = QActionGroup(self)
        self.channel_actions: dict[Channel, QAction] = {}
        for channel in CHANNELS:
            action = self.channel_menu.addAction(
                icons.icon(CHANNEL_ICONS[channel]), channel_label(channel)
            )
            action.setCheckable(True)
            action.setActionGroup(self.channel_group)
            action.triggered.connect(lambda _c=False, ch=channel: self.channel_chosen.emit(ch))
            self.channel_actions[channel] = action
        self.channel.setMenu(self.channel_menu)
        self.location = ElidedButton("place")
        self.location.setObjectName("location")
        self.location_menu = QMenu(self)
        self.location_menu.setAccessibleName(self.tr("Place"))
        self.location.setMenu(self.location_menu)

        self.today = button("", icon="today", on_click=self.today_requested.emit)
        self.today.setObjectName("today_button")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 6, 12, 6)
        outer.setSpacing(6)
        self.row1 = QHBoxLayout()
        self.row2 = QHBoxLayout()
        for row in (self.row1, self.row2):
            row.setSpacing(8)
            outer.addLayout(row)
        self.texts = QVBoxLayout()
        self.texts.setSpacing(0)
        self.texts.addWidget(self.badge)
        self.texts.addWidget(self.info)
        self._arrange()
        self._today = (0, "")
        self.show_status(ContactStatus(ContactState.IDLE), ContactSettings())

    def _big(self, icon: str, text: str, hint: str, key: str = START_KEY) -> QPushButton:
        widget = button(text, icon=icon, tooltip=shortcut_hint(hint, key))
        widget.setObjectName(f"timer_{icon}")
        widget.setProperty("size", "big")
        return widget

    # -- layout ---------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        """``compact`` (handheld): two rows, icons; ``medium`` (tablet): one row, "Send til
        borger" as an icon; ``wide``: everything with its words."""
        if mode != self.mode:
            self.mode = mode
            self.compact = mode == "compact"
            self._arrange()
            self._texts()

    def _arrange(self) -> None:
        widgets = (self.time, self.start, self.stop, self.pause, self.finish, self.send)
        for widget in (*widgets, self.channel, self.location, self.today):
            self.row1.removeWidget(widget)
            self.row2.removeWidget(widget)
        for row in (self.row1, self.row2):
            while row.count():
                row.takeAt(0)
        self.row1.addWidget(self.time)
        self.row1.addLayout(self.texts, 1)
        for widget in (self.finish, self.start, self.stop, self.pause):
            self.row1.addWidget(widget)
        rest = self.row2 if self.compact else self.row1
        rest.addWidget(self.channel)
        rest.addWidget(self.location)
        if self.compact:
            rest.addStretch(1)
        rest.addWidget(self.send)
        rest.addWidget(self.today)
        self.layout().invalidate()

    def _texts(self) -> None:
        """Handheld: the big buttons show only their icons; the names stay accessible."""
        for widget, text in (
            (self.start, self.tr("Start")),
            (self.stop, self.tr("Stop")),
            (self.pause, self._pause_text()),
        ):
            widget.setText("" if self.compact else text)
            widget.setAccessibleName(text)
        send = self.tr("Send to citizen")
        self.send.setText(send if self.mode == "wide" else "")
        self.send.setAccessibleName(send)
        self.set_today(*self._today)

    def _pause_text(self) -> str:
        return self.tr("Resume") if self.state is ContactState.PAUSED else self.tr("Pause")

    # -- showing --------------------------------------------------------------------------
    def show_status(
        self, status: ContactStatus, settings: ContactSettings, extra: str = ""
    ) -> None:
        self.state = status.state
        idle, stopped = status.state is ContactState.IDLE, status.state is ContactState.STOPPED
        paused = status.state is ContactState.PAUSED
        self.start.setVisible(idle or stopped)
        self.start.setToolTip(
            shortcut_hint(
                self.tr("Start a new contact") if stopped else self.tr("Start timing a contact"),
                START_KEY,
            )
        )
        self.stop.setVisible(not idle and not stopped)
        self.pause.setVisible(not idle and not stopped)
        self.finish.setVisible(stopped)
        self.start.setProperty("role", "" if stopped else "primary")
        icons.bind(self.start, "play", "primary" if stopped else "on_primary", 20)
        polish(self.start)
        icons.bind(self.pause, "play" if paused else "pause", "primary", 20)
        self.pause.setToolTip(
            shortcut_hint(
                self.tr("Resume the timer") if paused else self.tr("Pause the timer"), PAUSE_KEY
            )
        )
        self.show_time(status)
        badges = {
            ContactState.IDLE: self.tr("No contact"),
            ContactState.RUNNING: self.tr("Contact running"),
            ContactState.PAUSED: self.tr("Paused"),
            ContactState.STOPPED: self.tr("Stopped – choose the outcome"),
        }
        self.badge.setText(badges[status.state])
        self.badge.setAccessibleName(badges[status.state])
        self.badge.setProperty("state", status.state.value)
        polish(self.badge)
        self.info.setText(self._info(status, extra))
        self.info.setAccessibleName(self.info.text())
        self.info.setToolTip(self.info.text())
        self.send.setVisible(not idle)

        channel = status.channel if not idle and status.channel else settings.channel
        location = status.location if not idle and status.location else settings.location
        self._show_channel(channel, idle)
        self._show_locations(location, settings.locations, idle)
        self._texts()

    def _info(self, status: ContactStatus, extra: str) -> str:
        if status.state is ContactState.IDLE:
            return self.tr("%1 starts timing").replace("%1", START_KEY)
        parts = [self.tr("%n guide(s)", "", len(status.guide_ids))]
        if status.area:
            parts.append(status.area)
        if status.messages_sent:
            parts.append(self.tr("%n message(s) sent", "", status.messages_sent))
        if extra:
            parts.append(extra)
        return " · ".join(parts)

    def show_time(self, status: ContactStatus) -> None:
        text = duration_text(status.active_seconds)
        self.time.setText(text)
        self.time.setAccessibleName(self.tr("Active time %1").replace("%1", text))

    def _show_channel(self, channel: Channel, idle: bool) -> None:
        self.channel_actions[channel].setChecked(True)
        text = channel_label(channel)
        self.channel.set_full_text(text)
        icons.bind(self.channel, CHANNEL_ICONS[channel], "primary", 20)
        hint = self.tr("Channel of the next contact") if idle else self.tr("Channel")
        self.channel.setAccessibleName(f"{hint}: {text}")
        self.channel.setToolTip(f"{hint}: {text}")

    def _show_locations(self, current: str, presets: tuple[str, ...], idle: bool) -> None:
        self.location_menu.clear()
        names = list(dict.fromkeys([*presets, current]))
        group = QActionGroup(self.location_menu)
        for name in names:
            action = self.location_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name == current)
            action.setActionGroup(group)
            action.triggered.connect(lambda _c=False, n=name: self.location_chosen.emit(n))
        self.location.set_full_text(current)
        hint = self.tr("Place of the next contact") if idle else self.tr("Place")
        self.location.setAccessibleName(f"{hint}: {current}")
        self.location.setToolTip(f"{hint}: {current}")

    def set_today(self, count: int, active: str) -> None:
        """The "I dag" button: own count and active time today."""
        self._today = (count, active)
        full = self.tr("Today: %n contact(s)", "", count)
        if active:
            full += f" · {active}"
        short = str(count) if self.compact else self.tr("Today %1").replace("%1", str(count))
        self.today.setText(short)
        self.today.setAccessibleName(full)
        self.today.setToolTip(shortcut_hint(full, TODAY_KEY))

    def location_names(self) -> list[str]:
        return [action.text() for action in self.location_menu.actions()]

    def choose_location(self, name: str) -> None:
        """Pick a place as a tap in the menu would (tests and the tour)."""
        for action in self.location_menu.actions():
            if action.text() == name:
                action.trigger()
                return

    def choose_channel(self, channel: Channel) -> None:
        self.channel_actions[channel].trigger()
