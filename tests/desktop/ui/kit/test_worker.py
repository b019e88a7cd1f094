"""Background operations: work off the UI thread, results and errors back on it."""

from __future__ import annotations

from PySide6.QtCore import QThread

from desktop.core.errors import VejviserError
from desktop.ui.kit.worker import Operations


def test_operations_run_off_the_ui_thread(qtbot, danish) -> None:  # type: ignore[no-untyped-def]
    reported: list[BaseException] = []
    ops = Operations(reported.append)
    ui_thread = QThread.currentThread()
    seen = {}

    def work() -> int:
        seen["thread"] = QThread.currentThread()
        return 42

    results = []
    with qtbot.waitSignal(ops.idle, timeout=5_000):
        ops.run(work, on_done=results.append)
    assert results == [42] and seen["thread"] is not ui_thread

    def fail() -> None:
        raise VejviserError("Det gik galt.")

    with qtbot.waitSignal(ops.idle, timeout=5_000):
        ops.run(fail)
    assert [str(e) for e in reported] == ["Det gik galt."]

    def broken_refresh(_value: object) -> None:
        raise RuntimeError("refresh failed")

    with qtbot.waitSignal(ops.idle, timeout=5_000):
        ops.run(lambda: 1, on_done=broken_refresh)
    assert isinstance(reported[-1], RuntimeError)
