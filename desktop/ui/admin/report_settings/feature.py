"""Rapportindstillinger in admin mode (admin role only): a section of the admin nav with the
settings in short, and the page that edits them through ``ReportsService``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.errors import VejviserError
from desktop.services.reports import ReportsService
from sync_server.protocol import Channel, ReportSettings

from ...kit.labels import channel_label
from ...kit.numbers import danish_number
from ...kit.widgets import button, label
from ...shell.host import Feature, Host
from ..feature import ADMIN_NAV
from .page import ReportSettingsPage

SECTION = "admin.report_settings"


class ReportSettingsSection(QWidget):
    """The settings in short and the way to edit them."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Report settings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Report settings"), "heading"))
        self.summary = label(self.tr("Fetching the settings…"), "body")
        self.summary.setObjectName("report_settings_summary")
        layout.addWidget(self.summary)
        self.edit = button(
            self.tr("Edit report settings"),
            icon="settings",
            role="primary",
            on_click=self.open_requested.emit,
        )
        self.edit.setObjectName("edit_report_settings")
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def show_settings(self, settings: ReportSettings) -> None:
        channels = ", ".join(channel_label(Channel(c)) for c in settings.goal_channels)
        transactions = sum(1 for t in settings.komhen_types.values() if t.value == "transaktion")
        lines = [
            self.tr("Goal: %1 % resolved at once (%2)")
            .replace("%1", danish_number(settings.resolved_goal * 100, 0))
            .replace("%2", channels),
            self.tr("%n cost rate(s)", "", len(settings.rates)),
            self.tr("KOMHEN: %1 outcomes count as transaktion").replace("%1", str(transactions)),
        ]
        self.summary.setText("\n".join(lines))


class ReportSettingsFeature(Feature):
    name = "report_settings"

    def install(self, host: Host) -> None:
        self.host = host
        self.service = ReportsService(host.session)
        self.section = ReportSettingsSection()
        self.page = ReportSettingsPage()
        host.add_section(
            SECTION,
            self.tr("Reports"),
            "settings",
            self.section,
            nav=ADMIN_NAV,
            focus=[self.section.edit],
        )
        host.add_page(self.page, focus=[self.page.goal, self.page.save])
        self.section.open_requested.connect(self.open)
        self.page.save_requested.connect(self.save)
        self.page.reload_requested.connect(self.load)
        host.events.started.connect(self._summary)

    def _summary(self) -> None:
        self.host.ops.run(self.service.settings, self.section.show_settings, lambda _exc: None)

    def open(self) -> ReportSettingsPage:
        self.host.open_page(self.page, self.page.goal)
        self.load()
        return self.page

    def load(self) -> None:
        def done(settings: ReportSettings) -> None:
            self.page.show_settings(settings)
            self.section.show_settings(settings)

        self.host.ops.run(self.service.settings, done, self._failed)

    def save(self, data: dict[str, Any]) -> None:
        def done(settings: ReportSettings) -> None:
            self.page.show_settings(settings)
            self.section.show_settings(settings)
            self.host.note(self.tr("The report settings are saved."))

        self.host.ops.run(lambda: self.service.save_settings(data), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        """The page says what went wrong beside the fields; what was typed stays."""
        if isinstance(exc, VejviserError):
            self.page.show_error_text(str(exc))
        self.host.show_error(exc)
