"""Borgerweb in admin mode (admin role only, a municipality's: a shared hotline has no
citizen web): the nav section, the settings page and their calls through
``CitizenSettingsService``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from desktop.core.errors import ServerUnreachable, VejviserError
from desktop.services.citizen_settings import CitizenSettingsService, InvalidCitizenSetting
from sync_server.protocol import CitizenSettings

from ...shell.host import Host
from .page import CitizenWebPage
from .section import CitizenWebSection

CITIZEN_WEB = "admin.citizen_web"


class CitizenWebController(QObject):
    def __init__(self, host: Host, nav: str) -> None:
        super().__init__(host.window)
        self.host = host
        self.service = CitizenSettingsService(host.session)
        self.section = CitizenWebSection()
        self.page = CitizenWebPage(self.service.front_page)
        host.add_section(
            CITIZEN_WEB,
            self.tr("Citizen web"),
            "web",
            self.section,
            nav=nav,
            focus=[self.section.settings_button, self.section.open_button],
        )
        host.add_page(self.page, focus=self.page.fields())
        self.section.settings_requested.connect(self.open)
        self.section.open_requested.connect(self.page.open_front_page)
        self.page.save_requested.connect(self.save)
        self.page.logo_file_chosen.connect(self.upload_logo)
        self.page.undo_requested.connect(self.page.undo_edits)

    def open(self) -> CitizenWebPage:
        """The section and the settings page (fetched again; what was typed stays)."""
        self.host.show_section(CITIZEN_WEB)
        self.host.open_page(self.page, self.page.address)
        self.load()
        return self.page

    def _show(self, settings: CitizenSettings, keep_edits: bool = True) -> None:
        self.page.show_settings(settings, keep_edits)
        self.section.show_settings(settings, self.page.front_page())

    def load(self, then: Any = None) -> None:
        """The server's settings; what was typed and not saved stays."""

        def done(settings: CitizenSettings) -> None:
            self._show(settings)
            self._fetch_logo()
            if then is not None:
                then()

        self.host.ops.run(self.service.settings, done, self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServerUnreachable):
            self.page.show_offline(True)
            self.section.show_offline()
        elif isinstance(exc, VejviserError):
            self.page.show_error_text(str(exc))
        else:
            self.host.show_error(exc)

    def _fetch_logo(self) -> None:
        sha = self.page.missing_logo()
        if sha is None:
            return
        self.host.ops.run(
            lambda: self.service.logo(sha),
            lambda data: self.page.show_logo_image(sha, data),
            lambda _exc: None,  # the preview says a logo is chosen; the settings are shown
        )

    def save(self, changes: dict[str, Any]) -> None:
        if self.page.loaded is None:  # never fetched: first the server's values
            self.load(then=self.page.save_button.click)
            return
        if not changes:
            self.host.note(self.tr("Nothing is changed."))
            return

        def done(settings: CitizenSettings) -> None:
            self._show(settings, keep_edits=False)
            self.host.note(self.tr("The citizen web settings are saved."))

        self.host.ops.run(lambda: self.service.save(changes), done, self._failed)

    def upload_logo(self, path: Path) -> None:
        def done(result: tuple[str, bytes]) -> None:
            sha, data = result
            self.page.set_logo(sha, data)
            self.host.note(self.tr("The image is uploaded. Save to make it the logo."))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, VejviserError) and not isinstance(exc, ServerUnreachable):
                # the server's word on the file (not an image, too large) beside the logo
                self.page.show_offline(False)
                self.page.show_refusal(
                    InvalidCitizenSetting("logo_sha256", str(exc), code=exc.code)
                )
                return
            self._failed(exc)

        self.page.show_field_error("logo_sha256", "")
        self.host.ops.run(lambda: self.service.upload_logo(path), done, failed)

    def _failed(self, exc: BaseException) -> None:
        """Said beside the fields; what was typed stays."""
        if isinstance(exc, ServerUnreachable):
            self.page.show_offline(True)
            return
        self.page.show_offline(False)
        if isinstance(exc, InvalidCitizenSetting):
            self.page.show_refusal(exc)
        elif isinstance(exc, VejviserError):
            self.page.show_error_text(str(exc))
        else:
            self.host.show_error(exc)
