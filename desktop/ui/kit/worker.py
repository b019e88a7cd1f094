"""Running service calls off the UI thread (like Anki's ``aqt.operations``).

``Operations.run(fn, on_done)`` calls ``fn`` on the thread pool and delivers its result (or
exception) back on the UI thread. Failures without their own handler go to the one error
display (``report``); ``on_done`` is where screens refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("vejviser.ui")


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker arrive there queued."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # everything goes back to the UI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Operations(QObject):
    """One per window. ``busy_changed`` drives spinners; ``idle`` lets tests wait."""

    busy_changed = Signal(bool)
    idle = Signal()

    def __init__(
        self, report: Callable[[BaseException], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.pool = QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = _Relay()
        was_busy = self.busy
        self._relays.add(relay)

        @Slot(object)
        def finished(result: Any) -> None:
            self._finish(relay)
            if on_done is not None:
                self._guarded(on_done, result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._finish(relay)
            self._guarded(on_error or self.report, exc)

        relay.done.connect(finished)
        relay.failed.connect(failed)
        if not was_busy:
            self.busy_changed.emit(True)
        self.pool.start(_Job(fn, relay))

    def _guarded(self, callback: Callable[[Any], None], value: Any) -> None:
        try:
            callback(value)
        except Exception as exc:  # a failing screen refresh is reported, never swallowed
            log.exception("callback failed")
            if callback is not self.report:
                self.report(exc)

    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.busy_changed.emit(False)
            self.idle.emit()
