"""When to sync and what the result means: on start, every few minutes and on demand (F5).

A failed sync never blocks the window: unreachable means "offline" (the cached guides stay in
use), an expired or revoked login means "logged out" and asks for a new login.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.errors import AuthenticationFailed, ServerFailed, ServerUnreachable
from desktop.sync.engine import SyncReport

if TYPE_CHECKING:
    from desktop.app import AppContext

from ..kit.errors import describe
from ..kit.worker import Operations

INTERVAL_MS = 5 * 60 * 1000
ONLINE, OFFLINE, SYNCING, LOGGED_OUT = "online", "offline", "syncing", "logged_out"
#: One sync at a time per process, even while a rebuilt window takes over from an old one.
_SYNC_LOCK = threading.Lock()


class SyncController(QObject):
    state_changed = Signal(str)
    synced = Signal(object)  # SyncReport: screens refresh
    auth_lost = Signal(str)  # the message to show with the login prompt
    problem = Signal(str)  # anything else worth telling

    def __init__(
        self,
        context: AppContext,
        ops: Operations,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = ops
        self.state = OFFLINE
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self._running = False
        self._settled = OFFLINE

    def start(self) -> None:
        self.timer.start()
        self.sync_now()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self._running

    def sync_now(self) -> None:
        if self._running:
            return
        if self.context.session.token() is None:
            self._set(LOGGED_OUT)
            return
        self._running = True
        self._set(SYNCING)
        self.ops.run(self._sync_once, on_done=self._done, on_error=self._failed)

    def _sync_once(self) -> SyncReport:
        with _SYNC_LOCK:
            return self.context.sync_once()

    def _done(self, report: SyncReport) -> None:
        self._running = False
        error = report.error
        if error is None:
            self._set(ONLINE)
        elif isinstance(error, ServerUnreachable | ServerFailed):
            self._set(OFFLINE)
        elif isinstance(error, AuthenticationFailed):
            self._set(LOGGED_OUT)
            self.auth_lost.emit(describe(error))
        else:
            self._set(ONLINE)
            self.problem.emit(describe(error))
        self.synced.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self._set(OFFLINE)
        self.problem.emit(describe(exc))

    def _set(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)
