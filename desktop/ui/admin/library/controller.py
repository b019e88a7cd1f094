"""Wires the shared library into admin mode: the "Bibliotek" section, the read-only preview,
copying, the update view of a copy (take all / parts, dismiss, detach) and suggestions back
to the origin. Installed by :class:`~desktop.ui.admin.feature.AdminFeature`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.services.admin import AdminService
from desktop.services.library import AlreadyCopied, LibraryService
from sync_server.protocol import (
    Guide,
    LibraryGuide,
    LibraryUpdate,
    LibraryUpdateDetail,
    Suggestion,
)

from ...shell.host import Host
from .origin_bar import OriginBar
from .preview_page import LibraryPreviewPage
from .section import LibrarySection
from .suggest_dialog import SuggestDialog
from .suggestions_page import SuggestionsPage
from .update_page import LibraryUpdatePage

LIBRARY = "admin.library"


class LibraryController(QObject):
    def __init__(
        self,
        host: Host,
        admin: AdminService,
        nav: str,
        edit_guide: Callable[[str], None],
        refresh_admin: Callable[[], None],
        origin_bar: OriginBar,
    ) -> None:
        super().__init__()
        self.host = host
        self.service = LibraryService(admin)
        self.edit_guide = edit_guide
        self.refresh_admin = refresh_admin
        self.origin_bar = origin_bar
        self.section = LibrarySection(self.service)
        host.add_section(
            LIBRARY,
            self.tr("Library"),
            "folder",
            self.section,
            tooltip=self.tr("Guides shared by other municipalities"),
            nav=nav,
        )
        self.preview = LibraryPreviewPage(admin.blobs)
        self.update_page = LibraryUpdatePage()
        self.suggestions_page = SuggestionsPage()
        host.add_page(self.suggestions_page)
        host.add_page(self.preview, focus=[self.preview.copy_button])
        host.add_page(self.update_page, focus=[self.update_page.take_all])
        self.suggest_dialog: SuggestDialog | None = None
        self.section.refresh_requested.connect(self.refresh)
        self.section.open_requested.connect(self.open_entry)
        self.section.suggestions_requested.connect(self.open_suggestions)
        self.preview.notify.connect(host.note)
        self.preview.copy_requested.connect(self.copy)
        self.preview.open_copy_requested.connect(self.edit_guide)
        self.update_page.take_requested.connect(self.take)
        self.update_page.dismiss_requested.connect(self.dismiss)
        self.update_page.detach_requested.connect(self.detach)
        self.update_page.suggest_requested.connect(
            lambda gid: self.suggest(gid, self.update_page_origin())
        )
        self.origin_bar.suggest_requested.connect(
            lambda gid, code: self.suggest(gid, self.origin_bar.name(code))
        )

    # -- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        """The library from the server (quietly kept as it was when that fails)."""

        def done(_found: list[LibraryGuide]) -> None:
            self.origin_bar.names = dict(self.service.municipalities())
            self.section.show_library()

        self.host.ops.run(self.service.fetch, done, lambda _exc: self.section.show_library())

    def open_entry(self, entry: LibraryGuide) -> None:
        def done(fresh: LibraryGuide) -> None:
            self.preview.show_entry(fresh)
            self.host.open_page(self.preview, self.preview.copy_button)

        self.host.ops.run(lambda: self.service.preview(entry), done)

    def copy(self, entry: LibraryGuide) -> None:
        def done(guide: Guide) -> None:
            self.host.note(
                self.tr(
                    "Copied from %1 as a draft. Adjust the local details (phone numbers, "
                    "opening hours) and publish it."
                ).replace("%1", entry.municipality_name),
                timeout=False,
            )
            self.refresh_admin()
            self.refresh()
            self.edit_guide(guide.id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, AlreadyCopied):
                self.preview.show_already(str(exc), exc.guide_id)
            else:
                self.host.show_error(exc)

        self.host.ops.run(lambda: self.service.copy(entry), done, failed)

    # -- following the origin ---------------------------------------------------------------
    def open_update(self, guide_id: str) -> None:
        def done(detail: LibraryUpdateDetail) -> None:
            self.update_page.show_detail(detail)
            self.host.open_page(self.update_page, self.update_page.take_all)

        self.host.ops.run(lambda: self.service.update(guide_id), done)

    def update_page_origin(self) -> str:
        detail = self.update_page.detail
        return detail.update.origin_municipality_name if detail is not None else ""

    def take(self, guide_id: str, parts: list[str] | None) -> None:
        def done(guide: Guide) -> None:
            self.host.note(
                self.tr("The changes are in a new draft. Check it and publish it."),
                timeout=False,
            )
            self.refresh_admin()
            self.edit_guide(guide.id)

        self.host.ops.run(lambda: self.service.take(guide_id, parts), done)

    def dismiss(self, guide_id: str) -> None:
        def done(update: LibraryUpdate) -> None:
            self.host.note(
                self.tr("Version %1 from %2 is dismissed; a newer one will be offered.")
                .replace("%1", str(update.origin_revision))
                .replace("%2", update.origin_municipality_name)
            )
            self.refresh_admin()
            self.host.show_section("admin.overview")

        self.host.ops.run(lambda: self.service.dismiss(guide_id), done)

    def detach(self, guide_id: str) -> None:
        def done(_result: None) -> None:
            self.host.note(self.tr("The copy no longer follows its origin."))
            self.refresh_admin()
            self.host.show_section("admin.overview")

        self.host.ops.run(lambda: self.service.detach(guide_id), done)

    # -- offer back ----------------------------------------------------------------------
    def suggest(self, guide_id: str, origin_name: str) -> SuggestDialog:
        dialog = SuggestDialog(guide_id, origin_name, self.host.window)
        dialog.accepted.connect(lambda: self._send(dialog, origin_name))
        self.suggest_dialog = dialog
        dialog.open()
        return dialog

    def open_suggestions(self) -> None:
        def done(items: list[Suggestion]) -> None:
            self.suggestions_page.show_suggestions(items, dict(self.service.municipalities()))
            self.host.open_page(self.suggestions_page)

        self.host.ops.run(self.service.suggestions, done)

    def _send(self, dialog: SuggestDialog, origin_name: str) -> None:
        text, include = dialog.values()

        def done(_sent: object) -> None:
            self.host.note(
                self.tr("The suggestion is sent to %1; their answer comes back here.").replace(
                    "%1", origin_name
                )
            )

        self.host.ops.run(lambda: self.service.suggest(dialog.guide_id, text, include), done)
