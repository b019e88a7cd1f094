"""The running contact for the widgets: a Qt face on :class:`ContactService`.

The service may report changes from any thread (a softphone drives it through the control
channel, the sync worker, the UI). Its listener only emits a signal; Qt queues it to this
object's (the UI) thread, where :attr:`changed` is emitted with the fresh status. A one-second
tick updates the running time while a contact runs.

Contact calls are local, durable writes of a few milliseconds, so they run on the UI thread:
when :meth:`finish` returns, the registration is in the outbox and the UI may say "Gemt".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.errors import VejviserError
from desktop.services.contact import (
    ContactEvent,
    ContactService,
    ContactSettings,
    ContactState,
    ContactStatus,
)
from sync_server.protocol import Channel

from ..kit.errors import describe

log = logging.getLogger("vejviser.ui")
TICK_MS = 1000


class ContactController(QObject):
    changed = Signal(object, object)  # ContactEvent, ContactStatus — always on the UI thread
    ticked = Signal(object)  # ContactStatus, every second while the timer runs
    problem = Signal(str)  # a refusal to show in the message bar
    noted = Signal(str)  # a confirmation
    _relay = Signal(object)  # ContactEvent; emitted on any thread, delivered on ours

    def __init__(self, service: ContactService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.status: ContactStatus = service.status()
        self._relay.connect(self._deliver)
        self._unsubscribe: Callable[[], None] | None = service.subscribe(self._heard)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._follow(self.status)

    # -- from the service ------------------------------------------------------------------
    def _heard(self, event: ContactEvent, _status: ContactStatus) -> None:
        """The service's listener (any thread): hand over to the UI thread."""
        try:
            self._relay.emit(event)
        except RuntimeError:  # this object is gone (the window was rebuilt)
            self.detach()

    def _deliver(self, event: ContactEvent) -> None:
        self.status = self.service.status()
        self._follow(self.status)
        self.changed.emit(event, self.status)

    def _follow(self, status: ContactStatus) -> None:
        if status.state is ContactState.RUNNING:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def _tick(self) -> None:
        self.status = self.service.status()
        self._follow(self.status)
        self.ticked.emit(self.status)

    def detach(self) -> None:
        """Stop listening (the window closes or is rebuilt)."""
        self.timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def refresh(self) -> ContactStatus:
        self.status = self.service.status()
        self._follow(self.status)
        return self.status

    # -- actions (errors go to the message bar) -------------------------------------------
    def _guard(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except VejviserError as exc:
            self.problem.emit(describe(exc))
            return None

    @property
    def state(self) -> ContactState:
        return self.refresh().state

    @property
    def active(self) -> bool:
        """Running or paused."""
        return self.state in (ContactState.RUNNING, ContactState.PAUSED)

    def start(self) -> ContactStatus | None:
        waiting = self.state is ContactState.STOPPED
        status = self._guard(self.service.start)
        if status is not None and waiting:
            self.noted.emit(
                self.tr("The previous contact was registered with the remembered choices.")
            )
        return status

    def stop(self) -> ContactStatus | None:
        return self._guard(self.service.stop)

    def start_stop(self) -> ContactStatus | None:
        """F9: start when idle (or waiting for the outcome), stop when running."""
        return self.stop() if self.active else self.start()

    def toggle_pause(self) -> ContactStatus | None:
        if not self.active:
            return None
        return self._guard(self.service.toggle_pause)

    def discard(self) -> None:
        self._guard(self.service.discard)

    def on_search_started(self) -> bool:
        """A search began while idle: start when the workstation's setting says so."""
        started = bool(self._guard(self.service.on_search_started))
        if started:
            self.noted.emit(self.tr("Contact started with the search (F9 stops it)."))
        return started

    def set_channel(self, channel: Channel) -> None:
        """During a contact: its channel. Idle: the preset for the next contact."""
        if self.state is ContactState.IDLE:
            settings = self.service.settings()
            self._save(
                ContactSettings(channel, settings.location, settings.locations, settings.auto_start)
            )
        else:
            self._guard(lambda: self.service.set_channel(channel))

    def set_location(self, location: str) -> None:
        if self.state is ContactState.IDLE:
            settings = self.service.settings()
            self._save(
                ContactSettings(settings.channel, location, settings.locations, settings.auto_start)
            )
        else:
            self._guard(lambda: self.service.set_location(location))

    def _save(self, settings: ContactSettings) -> None:
        try:
            self.service.save_settings(settings)
        except VejviserError as exc:
            self.problem.emit(describe(exc))
            return
        self.changed.emit(ContactEvent.CHANGED, self.refresh())
