"""Admin mode's directory part: a nav section and an editor page per kind (service areas,
synonyms, technical FAQ, contacts), the calls through :class:`DirectoryService`, and the
merge dialog on a 409."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.services.admin import AdminService
from desktop.services.admin_directory import (
    DirectoryService,
    InvalidItem,
    Item,
    ItemConflict,
    Version,
)

from ...shell.host import Changes, Host
from .content_section import KINDS, ContentSection
from .forms import FORMS
from .item_page import ItemPage
from .merge import ItemMergeDialog
from .section import DirectorySection

translate = QCoreApplication.translate
CONTENT = "admin.content"


class DirectoryAdmin:
    def __init__(self, host: Host, admin: AdminService, nav: str) -> None:
        self.host = host
        self.service = DirectoryService(admin)
        self.merge_dialog: ItemMergeDialog | None = None
        self.content = ContentSection()
        host.add_section(
            CONTENT, translate("DirectoryAdmin", "Content"), "folder", self.content, nav=nav
        )
        self.sections: dict[str, DirectorySection] = self.content.lists
        self.pages: dict[str, ItemPage] = {}
        for kind in KINDS:
            section = self.sections[kind]
            page = ItemPage(kind, admin)
            self.pages[kind] = page
            host.add_page(page, focus=[page.save_button])
            section.open_requested.connect(self.open_item)
            section.new_requested.connect(self.new_item)
            page.save_requested.connect(self.save)
            page.delete_requested.connect(self.delete)
            page.history_requested.connect(self.history)
        areas = self.sections["areas"]
        areas.move_requested.connect(self.move_area)
        areas.hide_requested.connect(self.set_hidden)

    def show_kind(self, kind: str) -> DirectorySection:
        """The content section with ``kind``'s list."""
        self.host.show_section(CONTENT)
        return self.content.show_kind(kind)

    def current_page(self) -> ItemPage | None:
        page = self.host.current_page()
        return page if isinstance(page, ItemPage) else None

    # -- lists -----------------------------------------------------------------------------
    def refresh(self, kind: str | None = None, then: Any = None) -> None:
        for name in (kind,) if kind else KINDS:
            section = self.sections[name]

            def done(result: tuple[list[Item], bool], section: DirectorySection = section) -> None:
                section.show_items(*result)
                if then is not None:
                    then()

            self.host.ops.run(partial(self.service.items, name), done, lambda _exc: None)

    def open_item(self, item: Item) -> None:
        page = self.pages[item.kind]
        page.open_item(item)
        self.host.open_page(page, page.form.first_field())

    def new_item(self, kind: str) -> None:
        page = self.pages[kind]
        page.open_new()
        self.host.open_page(page, page.form.first_field())
        page.form.first_field().setFocus()

    # -- writing ---------------------------------------------------------------------------
    def save(self, kind: str, data: dict[str, Any], base: Item | None) -> None:
        page = self.pages[kind]

        def done(item: Item) -> None:
            page.saved(item)
            self.host.note(
                translate("DirectoryAdmin", "Saved as version %1.").replace(
                    "%1", str(item.revision)
                )
            )
            self._changed(kind, item.key)

        self.host.ops.run(
            lambda: self.service.save(kind, data, base), done, lambda exc: self._failed(page, exc)
        )

    def _failed(self, page: ItemPage, exc: BaseException) -> None:
        if isinstance(exc, ItemConflict):
            self.merge(page, exc)
        elif isinstance(exc, InvalidItem):
            page.show_error(exc.message)
        else:
            self.host.show_error(exc)

    def merge(self, page: ItemPage, conflict: ItemConflict) -> ItemMergeDialog:
        dialog = ItemMergeDialog(
            conflict, page.form.data(), FORMS[page.kind].FIELDS, self.host.window
        )
        dialog.accepted.connect(lambda: self._merged(page, dialog))
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, page: ItemPage, dialog: ItemMergeDialog) -> None:
        page.rebase(dialog.merged(), dialog.theirs)
        self.host.note(
            translate("DirectoryAdmin", "Merged. Check the fields and save."), timeout=False
        )

    def delete(self, item: Item) -> None:
        page = self.pages[item.kind]

        def done(_result: object) -> None:
            self.host.note(translate("DirectoryAdmin", "Removed."))
            page.forget(item.key)
            page.open_new()
            self.show_kind(item.kind)
            self._changed(item.kind, None)

        self.host.ops.run(
            lambda: self.service.delete(item), done, lambda exc: self._failed(page, exc)
        )

    def history(self, item: Item) -> None:
        page = self.pages[item.kind]

        def done(versions: list[Version]) -> None:
            page.show_versions(versions)

        self.host.ops.run(lambda: self.service.history(item), done)

    def _changed(self, kind: str, key: str | None) -> None:
        section = self.sections[kind]
        self.refresh(kind, (lambda: section.select(key)) if key else None)
        self.host.events.content_changed.emit(Changes(outbox=True))

    # -- the areas' order and visibility --------------------------------------------------
    def move_area(self, key: str, step: int) -> None:
        areas = self.sections["areas"]
        self.host.ops.run(
            lambda: self.service.move_area(areas.items, key, step),
            lambda _r: self._changed("areas", key),
            self._area_failed,
        )

    def set_hidden(self, key: str, hidden: bool) -> None:
        areas = self.sections["areas"]
        item = areas.item(key)
        if item is None:
            return

        def done(saved: Item) -> None:
            self.pages["areas"].hidden_changed(item, saved)  # what was typed there is kept
            self.host.note(
                translate("DirectoryAdmin", "The area is hidden from staff.")
                if hidden
                else translate("DirectoryAdmin", "The area is shown to staff.")
            )
            self._changed("areas", key)

        self.host.ops.run(lambda: self.service.set_hidden(item, hidden), done, self._area_failed)

    def _area_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ItemConflict):
            self.host.show_error_text(
                translate(
                    "DirectoryAdmin",
                    "Someone changed the areas meanwhile. The list is reloaded; try again.",
                )
            )
            self.refresh("areas")
        else:
            self.host.show_error(exc)
