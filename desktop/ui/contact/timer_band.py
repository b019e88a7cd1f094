"""The timer bar: always visible above the content, large enough for a touch screen.

The first row: the running time (active time; a pause does not count), the state, the guides
and area collected so far and messages sent, start / stop (F9), pause / resume (F10), "Send til
borger" and "I dag". The second row: the channel and the place, each one tap away
(:mod:`desktop.ui.kit.segmented`) — idle, the tap sets the next contact's channel or place; during a
contact, the running one's. The channels show their names beside the icons on a desktop when
there is room, icons alone otherwise; the workstation's places are buttons, the ones that do not
fit in a "Flere…" menu.

On a handheld the bar takes three rows (the time and the big buttons; the channels and "I dag"; the
places and "Send til borger") and the big buttons show their icons only. Names that are not shown
stay as accessible names and tooltips.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contact import ContactSettings, ContactState, ContactStatus
from sync_server.protocol import Channel

from ..kit import icons, theme
from ..kit.labels import CHANNEL_ICONS, CHANNELS, channel_label, duration_text
from ..kit.segmented import ChannelSegments, PlaceSegments
from ..kit.widgets import button, label, polish, shortcut_hint

START_KEY, PAUSE_KEY, SEND_KEY, TODAY_KEY = "F9", "F10", "Ctrl+M", "Ctrl+I"


class TimerBand(QFrame):
    start_requested = Signal()
    stop_requested = Signal()
    pause_requested = Signal()  # pause or resume
    finish_requested = Signal()  # show the finish panel again
    send_requested = Signal()
    today_requested = Signal()
    channel_chosen = Signal(object)  # Channel
    location_chosen = Signal(str)
    caller_requested = Signal()  # a shared hotline: pick the caller's municipality

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
        self._badge = ("", "")  # the state in full, and shortened for a handheld
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

        self.channels = ChannelSegments(
            [(channel, channel_label(channel), CHANNEL_ICONS[channel]) for channel in CHANNELS]
        )
        self.channels.setObjectName("channels")
        self.channels.chosen.connect(self.channel_chosen.emit)
        self.pin = label("", wrap=False, accessible=self.tr("Place"))
        icons.bind(self.pin, "place", "muted", 20)
        self.places = PlaceSegments()
        self.places.setObjectName("places")
        self.places.chosen.connect(self.location_chosen.emit)

        # A shared hotline's agent picks whose citizen is calling (hidden elsewhere).
        self.caller = button(
            self.tr("Municipality?"),
            icon="place",
            tooltip=self.tr("The caller's municipality: its guides are shown first"),
            on_click=self.caller_requested.emit,
        )
        self.caller.setObjectName("caller_button")
        self.caller.setVisible(False)
        self.hotline = False
        self.today = button("", icon="today", on_click=self.today_requested.emit)
        self.today.setObjectName("today_button")

        self._outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 6, 12, 6)
        outer.setSpacing(6)
        self.row1 = QHBoxLayout()
        self.row2 = QHBoxLayout()
        self.row3 = QHBoxLayout()
        for row in (self.row1, self.row2, self.row3):
            row.setSpacing(8)
            outer.addLayout(row)
        self.texts = QVBoxLayout()
        self.texts.setSpacing(0)
        self.texts.addWidget(self.badge)
        self.texts.addWidget(self.info)
        self._arrange()
        self._today = (0, "")
        self.show_status(ContactStatus(ContactState.IDLE), ContactSettings())
        theme.on_change(self._theme_changed)

    def _big(self, icon: str, text: str, hint: str, key: str = START_KEY) -> QPushButton:
        widget = button(text, icon=icon, tooltip=shortcut_hint(hint, key))
        widget.setObjectName(f"timer_{icon}")
        widget.setProperty("size", "big")
        return widget

    # -- layout ---------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        """``compact`` (handheld): three rows, icons; ``medium`` (tablet): two rows, channel
        icons; ``wide``: two rows, channel names too when they fit."""
        if mode != self.mode:
            self.mode = mode
            self.compact = mode == "compact"
            self._arrange()
            self._texts()
            self._fit_channels()

    def _arrange(self) -> None:
        widgets = (self.time, self.start, self.stop, self.pause, self.finish, self.send)
        for widget in (*widgets, self.channels, self.pin, self.places, self.today, self.caller):
            for row in (self.row1, self.row2, self.row3):
                row.removeWidget(widget)
        for row in (self.row1, self.row2, self.row3):
            while row.count():
                row.takeAt(0)
        self.row1.addWidget(self.time)
        self.row1.addLayout(self.texts, 1)
        for widget in (self.finish, self.start, self.stop, self.pause):
            self.row1.addWidget(widget)
        if self.compact:
            self.row2.addWidget(self.channels, 1)
            self.row2.addWidget(self.today)
            self.row3.addWidget(self.caller)
            self.row3.addWidget(self.places, 1)
            self.row3.addWidget(self.send)
            self.pin.hide()
        else:
            self.row1.addWidget(self.send)
            self.row1.addWidget(self.today)
            self.row2.addWidget(self.caller)
            self.row2.addWidget(self.channels)
            self.row2.addSpacing(8)
            self.row2.addWidget(self.pin)
            self.row2.addWidget(self.places)
            self.row2.addStretch(1)
            self.pin.show()
        self._outer.invalidate()

    def _fit_channels(self) -> None:
        """On a desktop the channels show their names when the row has room for them and
        for every place button."""
        margins = self._outer.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        needed = (
            (self.caller.sizeHint().width() + self.row2.spacing() if self.hotline else 0)
            + self.channels.labelled_width()
            + 8
            + self.row2.spacing() * 2
            + self.pin.sizeHint().width()
            + self.places.sizeHint().width()
        )
        self.channels.set_labels(self.mode == "wide" and needed <= room)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_channels()

    def _theme_changed(self, _palette: object) -> None:
        with contextlib.suppress(RuntimeError):  # deleted
            self._fit_channels()

    def _texts(self) -> None:
        """Handheld: the big buttons show only their icons; the names stay accessible."""
        for widget, text in (
            (self.start, self.tr("Start")),
            (self.stop, self.tr("Stop")),
            (self.pause, self._pause_text()),
        ):
            widget.setText("" if self.compact else text)
            widget.setAccessibleName(text)
        full, short = self._badge
        self.badge.setText(short if self.compact else full)
        send = self.tr("Send to citizen")
        self.send.setText("" if self.compact else send)
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
        # A handheld's first row has no room for the whole "choose the outcome" (the finish
        # panel below says it); the screen reader hears it all.
        short = self.tr("Stopped") if stopped else badges[status.state]
        self._badge = (badges[status.state], short)
        self.badge.setAccessibleName(badges[status.state])
        self.badge.setToolTip(badges[status.state])
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
        self.channels.set_current(channel)
        self.channels.set_hint(
            self.tr("Channel of the next contact") if idle else self.tr("Channel")
        )

    def _show_locations(self, current: str, presets: tuple[str, ...], idle: bool) -> None:
        hint = self.tr("Place of the next contact") if idle else self.tr("Place")
        self.places.set_places(presets, current, hint)
        self.pin.setToolTip(hint)
        self._fit_channels()

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

    def set_hotline(self, hotline: bool) -> None:
        """A shared hotline's bar has the caller's-municipality button."""
        self.hotline = hotline
        self.caller.setVisible(hotline)
        self._fit_channels()

    def show_caller(self, name: str | None, code: str | None) -> None:
        """The caller's municipality on its button (None: not chosen yet)."""
        if name is None or code is None:
            text = self.tr("Municipality?")
            full = self.tr("No municipality chosen for the caller")
        else:
            text = name if not self.compact else code
            full = self.tr("The caller's municipality: %1 (%2)").replace("%1", name)
            full = full.replace("%2", code)
        self.caller.setText(text)
        self.caller.setAccessibleName(full)
        self.caller.setToolTip(full)
        self.caller.setProperty("role", "" if code else "primary")
        icons.bind(self.caller, "place", "primary" if code else "on_primary", 20)
        polish(self.caller)
        self._fit_channels()

    # -- for tests, the tour and assistive tools ---------------------------------------------
    def current_channel(self) -> Channel | None:
        return self.channels.current()

    def current_location(self) -> str:
        return self.places.current

    def location_names(self) -> list[str]:
        """Every place to choose from: those shown as buttons and those in "Flere…"."""
        return list(self.places.names)

    def choose_location(self, name: str) -> None:
        """Pick a place as a tap would (its button, or its entry in "Flere…")."""
        self.places.choose(name)

    def focus_chain(self) -> list[QWidget]:
        """The bar's buttons in the order Tab visits them."""
        return [
            *(self.start, self.stop, self.pause, self.finish),
            *((self.caller,) if self.hotline else ()),
            *self.channels.buttons,
            *self.places.buttons,
            self.places.more,
            *(self.send, self.today),
        ]

    def choose_channel(self, channel: Channel) -> None:
        """Pick a channel as a tap on its button would."""
        self.channels.button_for(channel).click()
