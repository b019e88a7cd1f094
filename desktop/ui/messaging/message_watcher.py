"""The status of messages sent to citizens, kept current while it can still change.

:class:`MessageWatcher` hears every new state from :class:`MessagingService` (on any thread,
handed to the UI thread by a queued signal) and, after a send, asks the server for fresh
states off the UI thread — often at first, then more rarely, for a while after the last send
(an SMS waits for its delivery report).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.messaging import MessagingService
from sync_server.protocol import MessageState

from ..kit.worker import Operations

log = logging.getLogger("vejviser.ui")

#: Seconds between polls after a send; the last one repeats until WATCH_SECONDS have passed.
POLL_STEPS = (2, 3, 5, 10, 20, 30, 60)
WATCH_SECONDS = 15 * 60


class MessageWatcher(QObject):
    state_changed = Signal(object)  # MessageState, on the UI thread
    _relay = Signal(object)

    def __init__(
        self, messaging: MessagingService, ops: Operations, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.messaging = messaging
        self.ops = ops
        self._relay.connect(self.state_changed.emit)
        self._unsubscribe: Callable[[], None] | None = messaging.subscribe(self._heard)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._poll)
        self._step = 0
        self._since = 0.0
        self._polling = False
        self.steps = POLL_STEPS

    def _heard(self, state: MessageState) -> None:  # any thread
        try:
            self._relay.emit(state)
        except RuntimeError:  # gone with its window
            self.detach()

    def watch(self) -> None:
        """A message was sent: poll its status for a while."""
        self._step = 0
        self._since = time.monotonic()
        self.timer.start(int(self.steps[0] * 1000))

    @property
    def watching(self) -> bool:
        return self.timer.isActive() or self._polling

    def _poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        self.ops.run(self.messaging.refresh, on_done=self._polled, on_error=self._failed)

    def _polled(self, states: list[MessageState]) -> None:
        self._polling = False
        if not states:
            return  # nothing can change any more
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._polling = False
        log.info("message status not refreshed: %s", type(exc).__name__)
        self._next()

    def _next(self) -> None:
        if self._unsubscribe is None or time.monotonic() - self._since > WATCH_SECONDS:
            return
        self._step = min(self._step + 1, len(self.steps) - 1)
        self.timer.start(int(self.steps[self._step] * 1000))

    def detach(self) -> None:
        self.timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
