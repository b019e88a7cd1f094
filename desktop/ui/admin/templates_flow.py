"""The templates in admin mode: open, save (a 409 opens the merge dialog; what was typed stays
in the editor), the history with who and when, and restore as a new version."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from desktop.services.admin import AdminService
from desktop.services.admin_templates import TemplateAdmin, TemplateConflict
from sync_server.protocol import MessageTemplates, TemplateRevision

from ..shell.host import Host
from .templates_compare import TemplatesMergeDialog
from .templates_history import TemplatesHistoryPage
from .templates_page import TemplatesPage


class TemplatesFlow(QObject):
    def __init__(self, host: Host, service: AdminService, page: TemplatesPage) -> None:
        super().__init__(page)
        self.host = host
        self.service = TemplateAdmin(service)
        self.page = page
        self.history = TemplatesHistoryPage()
        self.merge_dialog: TemplatesMergeDialog | None = None
        host.add_page(self.history, focus=[self.history.pick, self.history.restore])
        page.save_requested.connect(self.save)
        page.history_requested.connect(self.open_history)
        self.history.restore_requested.connect(self.restore)
        self.history.back_requested.connect(self.open)

    def open(self) -> None:
        def done(templates: MessageTemplates) -> None:
            self.page.show_templates(templates)
            self.host.open_page(self.page)

        self.host.ops.run(self.service.templates, done)

    def save(self, data: dict[str, Any]) -> None:
        def done(templates: MessageTemplates) -> None:
            self.page.forget_local()
            self.page.show_templates(templates)
            self.host.note(QCoreApplication.translate("AdminFeature", "The templates are saved."))

        self.host.ops.run(lambda: self.service.save(data), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, TemplateConflict):
            self.merge(exc)
        else:
            self.page.show_error_text(str(exc))
            self.host.show_error(exc)

    def merge(self, conflict: TemplateConflict) -> TemplatesMergeDialog:
        dialog = TemplatesMergeDialog(conflict, self.host.window)
        dialog.accepted.connect(lambda: self._merged(dialog))
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, dialog: TemplatesMergeDialog) -> None:
        self.page.load(dialog.merged())
        self.host.note(self.tr("Merged. Check the templates and save them."), timeout=False)

    def open_history(self) -> None:
        def done(revisions: list[TemplateRevision]) -> None:
            self.history.show_history(revisions)
            self.host.open_page(self.history, self.history.pick)

        self.host.ops.run(self.service.history, done)

    def restore(self, old: TemplateRevision, newest: int) -> None:
        def done(templates: MessageTemplates) -> None:
            self.page.show_templates(templates)
            self.host.note(
                self.tr("Version %1 is restored as version %2.")
                .replace("%1", str(old.revision))
                .replace("%2", str(templates.revision))
            )
            self.open_history()

        self.host.ops.run(lambda: self.service.restore(old, newest), done, self._failed)
