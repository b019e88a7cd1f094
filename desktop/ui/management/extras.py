"""The Ledelse page's KOMHEN export and report subscription, wired to ``ReportsService``
(files are saved in the background with a progress bar, as the other exports)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog

from desktop.services.reports import ReportsService
from sync_server.protocol import ReportFrequency, ReportSubscription

from ..shell.host import Host
from .page import ManagementPage


class _Progress(QObject):
    """Emitted on the download's worker thread; delivered on the UI thread."""

    moved = Signal(int, int)


class ReportExtras(QObject):
    def __init__(self, host: Host, service: ReportsService, page: ManagementPage) -> None:
        super().__init__(page)
        self.host = host
        self.service = service
        self.komhen = page.komhen
        self.subscription = page.subscription
        self.progress = _Progress()
        self.progress.moved.connect(self.komhen.moved)
        self.komhen.export_requested.connect(self._ask_file)
        self.subscription.save_requested.connect(self.subscribe)

    # -- KOMHEN -------------------------------------------------------------------------------
    def _ask_file(self, year: int, week: int) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"komhen-{year}-uge{week:02d}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self.host.window, self.tr("Save the KOMHEN file"), str(Path(folder) / name)
        )
        if path:
            self.export_komhen(year, week, Path(path))

    def export_komhen(self, year: int, week: int, target: Path) -> None:
        """Download the counting week's KOMHEN file to ``target`` in the background."""
        self.komhen.started()

        def work() -> int:
            return self.service.export_komhen(year, week, target, self.progress.moved.emit)

        def done(size: int) -> None:
            text = self.tr("Saved %1 (%2 kB).").replace("%1", str(target))
            self.komhen.finished(text.replace("%2", str(max(1, size // 1024))))

        def failed(exc: BaseException) -> None:
            self.komhen.finished(str(exc))
            self.host.show_error(exc)

        self.host.ops.run(work, done, failed)

    # -- report by e-mail ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.host.ops.run(
            self.service.subscription,
            self.subscription.show_subscription,
            lambda exc: self.subscription.show_error_text(str(exc)),
        )

    def subscribe(self, frequency: ReportFrequency, email: str | None) -> None:
        def done(subscription: ReportSubscription) -> None:
            self.subscription.show_subscription(subscription)
            self.host.note(self.tr("The subscription is saved."))

        def failed(exc: BaseException) -> None:
            self.subscription.show_error_text(str(exc))
            self.host.show_error(exc)

        self.host.ops.run(lambda: self.service.subscribe(frequency, email), done, failed)
