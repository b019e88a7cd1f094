"""Ledelse (manager and admin): the management page, opened with Ctrl+R or from the start
page; figures and files come from the server through ``ReportsService``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog

from desktop.services.reports import ReportQuery, ReportsService
from sync_server.protocol import ExportFormat, Report

from ..shell.host import Feature, Host, Shortcut
from .benchmark import BenchmarkPart
from .extras import ReportExtras
from .page import ManagementPage

SHORTCUT = "Ctrl+R"


class _Progress(QObject):
    """Emitted on the download's worker thread; delivered on the UI thread."""

    moved = Signal(int, int)


class ManagementFeature(Feature):
    name = "management"

    def install(self, host: Host) -> None:
        self.host = host
        self.service = ReportsService(host.session)
        self.page = ManagementPage()
        self.progress = _Progress()
        self.progress.moved.connect(self.page.export_moved)
        host.add_page(self.page, focus=[self.page.kind, self.page.day, self.page.show_button])
        host.add_shortcut(Shortcut("management", (SHORTCUT,), self.tr("Management")), self.open)
        self.page.requested.connect(self.load)
        self.page.export_requested.connect(self._ask_file)
        self.extras = ReportExtras(host, self.service, self.page)
        self.benchmark = BenchmarkPart(host, self.service, self.page)

    def open(self) -> ManagementPage:
        self.host.open_page(self.page, self.page.show_button)
        if self.page.report is None:
            self.page.ask()
            self.extras.refresh()
        return self.page

    def load(self, query: ReportQuery) -> None:
        self.host.ops.run(lambda: self.service.figures(query), self._loaded, self._failed)

    def _loaded(self, report: Report) -> None:
        self.page.show_report(report)
        self.benchmark.load(self.page.query())  # after the figures: one request at a time

    def _failed(self, exc: BaseException) -> None:
        self.page.show_error_text(str(exc))
        self.host.show_error(exc)

    def _ask_file(self, fmt: ExportFormat) -> None:
        query = self.page.query()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"vejviser-rapport-{query.kind.value}-{query.anchor.isoformat()}.{fmt.value}"
        path, _filter = QFileDialog.getSaveFileName(
            self.host.window, self.tr("Save the report"), str(Path(folder) / name)
        )
        if path:
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: ExportFormat, target: Path) -> None:
        """Download the report of the page's period to ``target`` in the background."""
        query = self.page.query()
        self.page.export_started()

        def work() -> int:
            return self.service.export(query, fmt, target, self.progress.moved.emit)

        def done(size: int) -> None:
            text = self.tr("Saved %1 (%2 kB).").replace("%1", str(target))
            self.page.export_finished(text.replace("%2", str(max(1, size // 1024))))

        def failed(exc: BaseException) -> None:
            self.page.export_finished(str(exc))
            self.host.show_error(exc)

        self.host.ops.run(work, done, failed)
