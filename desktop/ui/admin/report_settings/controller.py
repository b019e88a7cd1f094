"""Rapportindstillinger in admin mode (admin role only), opened from the overview: the page
that edits the report settings through ``ReportsService``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from desktop.core.errors import VejviserError
from desktop.services.reports import ReportsService
from sync_server.protocol import ReportSettings

from ...shell.host import Host
from .page import ReportSettingsPage


class ReportSettingsController(QObject):
    def __init__(self, host: Host) -> None:
        super().__init__(host.window)
        self.host = host
        self.service = ReportsService(host.session)
        self.page = ReportSettingsPage()
        host.add_page(self.page, focus=[self.page.goal, self.page.save])
        self.page.save_requested.connect(self.save)
        self.page.reload_requested.connect(self.load)

    def open(self) -> ReportSettingsPage:
        self.host.open_page(self.page, self.page.goal)
        self.load()
        return self.page

    def load(self) -> None:
        self.host.ops.run(self.service.settings, self.page.show_settings, self._failed)

    def save(self, data: dict[str, Any]) -> None:
        def done(settings: ReportSettings) -> None:
            self.page.show_settings(settings)
            self.host.note(self.tr("The report settings are saved."))

        self.host.ops.run(lambda: self.service.save_settings(data), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        """The page says what went wrong beside the fields; what was typed stays."""
        if isinstance(exc, VejviserError):
            self.page.show_error_text(str(exc))
        self.host.show_error(exc)
