"""Admin mode (role admin only): the switch "Opslag"/"Administration" (Ctrl+Shift+A), the
overview, the guide editor with screenshots, history and merging, the feedback inbox, the
users and the message templates. Everything goes through ``AdminService``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.services.admin import EditConflict, Overview
from sync_server.protocol import (
    Feedback,
    FeedbackStatus,
    Guide,
    GuideRevision,
    Hotline,
    PasswordResetResult,
    Role,
    SearchReview,
    UserAccount,
)

from ..kit.list_model import ListRow
from ..shell.host import Changes, Feature, Host, Shortcut
from .citizen_web.controller import CitizenWebController
from .directory.controller import DirectoryAdmin
from .feedback_inbox import FeedbackPage, FeedbackSection
from .guide_picker import GuidePicker
from .guides.editor_page import GuideEditorPage
from .guides.history_page import HistoryPage
from .guides.merge_dialog import MergeDialog
from .hotlines import ConfirmHotline, HotlinesSection
from .library.controller import LibraryController
from .mode_band import ADMIN, LOOKUP, ModeBand
from .report_settings.controller import ReportSettingsController
from .searches_page import SearchesPage
from .sections import GuideListSection, OverviewSection
from .templates_flow import TemplatesFlow
from .templates_page import TemplatesPage
from .users import UserPage, UsersSection

translate = QCoreApplication.translate
ADMIN_NAV = "admin"
OVERVIEW, GUIDES, FEEDBACK, USERS = (
    "admin.overview",
    "admin.guides",
    "admin.feedback",
    "admin.users",
)
HOTLINES = "admin.hotlines"
# The mode band sits above the contact band.
MODE_BAND_ORDER = 50


class AdminFeature(Feature):
    name = "admin"

    def install(self, host: Host) -> None:
        self.host = host
        self.service = host.workspace.admin
        self.merge_dialog: MergeDialog | None = None
        self.band = ModeBand()
        host.add_band(
            "admin.mode", self.band, order=MODE_BAND_ORDER, focus=self.band.switch.buttons
        )
        self.overview = OverviewSection()
        self.guides = GuideListSection()
        self.feedback = FeedbackSection()
        self.users = UsersSection()
        for name, title, icon, widget in (
            (OVERVIEW, self.tr("Overview"), "today", self.overview),
            (GUIDES, self.tr("Guides"), "signpost", self.guides),
            (FEEDBACK, self.tr("Feedback"), "feedback", self.feedback),
            (USERS, self.tr("Users"), "person", self.users),
        ):
            host.add_section(name, title, icon, widget, nav=ADMIN_NAV)
        self.directory = DirectoryAdmin(host, self.service, ADMIN_NAV)
        # A municipality admits shared hotlines (a hotline's own admin has no such list).
        self.hotlines = HotlinesSection()
        self.hotline_dialog: ConfirmHotline | None = None
        if not host.workspace.profile.is_hotline:
            host.add_section(
                HOTLINES, self.tr("Shared hotlines"), "phone", self.hotlines, nav=ADMIN_NAV
            )
        self.editor = GuideEditorPage(self.service, host.ops)
        self.history = HistoryPage()
        self.feedback_page = FeedbackPage()
        self.user_page = UserPage()
        self.templates = TemplatesPage(self.service)
        self.searches = SearchesPage()
        host.add_page(self.editor, focus=[self.editor.save_button, self.editor.publish_button])
        for page in (
            self.history,
            self.feedback_page,
            self.user_page,
            self.templates,
            self.searches,
        ):
            host.add_page(page)
        add = host.add_shortcut
        add(
            Shortcut(
                "admin_mode", ("Ctrl+Shift+A",), translate("Actions", "Lookup / administration")
            ),
            self.toggle_mode,
        )
        add(
            Shortcut("admin_save", ("Ctrl+S",), translate("Actions", "Save the guide as draft")),
            self._save_shortcut,
        )
        add(
            Shortcut("admin_publish", ("Ctrl+Shift+S",), translate("Actions", "Publish the guide")),
            self._on_editor(lambda: self.editor.publish_button.click()),
        )
        self.template_flow = TemplatesFlow(host, self.service, self.templates)
        self.report_settings = ReportSettingsController(host)
        self.library = LibraryController(
            host, self.service, ADMIN_NAV, self.edit_guide, self.refresh, self.editor.origin
        )
        # Borgerweb: a municipality's citizen web (a shared hotline has none).
        self.citizen_web: CitizenWebController | None = None
        if not host.workspace.profile.is_hotline:
            self.citizen_web = CitizenWebController(host, ADMIN_NAV)
        self._connect(host)

    def _connect(self, host: Host) -> None:
        self.band.mode_requested.connect(self.show_mode)
        host.events.nav_changed.connect(
            lambda nav: self.band.show_mode(ADMIN if nav == ADMIN_NAV else LOOKUP)
        )
        host.events.started.connect(self.refresh)
        host.events.content_changed.connect(self._content_changed)
        self.overview.open_requested.connect(self.open_row)
        self.overview.new_requested.connect(self.new_guide)
        self.overview.templates_requested.connect(self.open_templates)
        self.overview.searches_requested.connect(self.open_searches)
        self.overview.report_settings_requested.connect(self.report_settings.open)
        self.searches.adopt_requested.connect(self.adopt_term)
        self.searches.reject_requested.connect(self.reject_learned)
        self.searches.add_miss_requested.connect(self.add_miss)
        self.guides.open_requested.connect(self.open_row)
        self.guides.new_requested.connect(self.new_guide)
        self.feedback.open_requested.connect(self.open_feedback)
        self.users.open_requested.connect(self.open_user)
        self.users.new_requested.connect(self.new_user)
        self.hotlines.toggle_requested.connect(self.confirm_hotline)
        self.editor.notify.connect(host.note)
        self.editor.saved.connect(self._saved)
        self.editor.conflict.connect(self.merge)
        self.editor.history_requested.connect(self.open_history)
        self.history.restore_requested.connect(self.restore)
        self.history.edit_requested.connect(self.edit_guide)
        self.feedback_page.answer_requested.connect(self.answer)
        self.feedback_page.guide_requested.connect(self.edit_guide)
        self.user_page.create_requested.connect(self.create_user)
        self.user_page.role_requested.connect(
            lambda uid, role: self._user_call(lambda: self.service.change_role(uid, role))
        )
        self.user_page.reset_requested.connect(self.reset_password)
        self.user_page.deactivate_requested.connect(
            lambda uid: self._user_call(lambda: self.service.deactivate(uid))
        )

    # -- the mode ------------------------------------------------------------------------------
    def show_mode(self, mode: int) -> None:
        if mode == ADMIN:
            self.host.show_section(OVERVIEW)
            self.refresh()
        else:
            self.host.show_section("search")
            self.host.show_start()

    def toggle_mode(self) -> None:
        self.show_mode(LOOKUP if self.band.mode() == ADMIN else ADMIN)

    def _save_shortcut(self) -> None:
        """Ctrl+S: the guide as a draft, the directory item on screen, or Borgerweb's
        settings."""
        if self.host.current_page() is self.editor:
            self.editor.save_button.click()
        elif (page := self.directory.current_page()) is not None:
            page.save_button.click()
        elif self.citizen_web is not None and self.host.current_page() is self.citizen_web.page:
            self.citizen_web.page.save_button.click()

    def _on_editor(self, action: Any) -> Any:
        def run() -> None:
            if self.host.current_page() is self.editor:
                action()

        return run

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Overview, guides and feedback from the server (the cache when offline); edits
        kept while offline are sent first."""

        def work() -> tuple[Overview, list[Guide], list[Feedback]]:
            overview = self.service.overview()
            if not overview.offline and overview.local_edits:
                self.service.send_pending()
                overview = self.service.overview()
            guides, _offline = self.service.guides()
            feedback = [] if overview.offline else self.service.feedback()
            return overview, guides, feedback

        self.host.ops.run(work, self._refreshed)
        self.refresh_users()
        self.directory.refresh()
        self.library.refresh()
        self.refresh_hotlines()
        if self.citizen_web is not None:
            self.citizen_web.load()

    def _refreshed(self, result: tuple[Overview, list[Guide], list[Feedback]]) -> None:
        overview, guides, feedback = result
        self.overview.show_overview(overview)
        self.guides.show_guides(guides)
        self.feedback.show_items(feedback, {g.id: g.title for g in guides})
        self.band.show_open_feedback(overview.server.open_feedback_count)

    def _content_changed(self, changes: Changes) -> None:
        if changes.content and self.band.mode() == ADMIN:
            self.refresh()

    # -- guides --------------------------------------------------------------------------------
    def open_row(self, row: ListRow) -> None:
        if row.kind == "library_update":
            self.library.open_update(row.key)
        elif row.kind == "local":
            guide_id = None if row.key.startswith("new:") else row.key
            if guide_id is None:
                self.editor._open(row.key, None, {}, None)
                self.host.open_page(self.editor)
                return
            self.edit_guide(guide_id)
        else:
            self.edit_guide(row.key)

    def new_guide(self) -> None:
        self.editor.open_new()
        self.host.open_page(self.editor, self.editor.title)
        self.editor.title.setFocus()

    def edit_guide(self, guide_id: str) -> None:
        self.host.ops.run(lambda: self.service.guide(guide_id), self._edit)

    def _edit(self, guide: Guide) -> None:
        self.editor.open_guide(guide)
        self.host.open_page(self.editor, self.editor.title)

    def _saved(self, guide: Guide) -> None:
        self.refresh()
        if guide.status.value == "published":
            self.host.events.content_changed.emit(Changes(outbox=True))

    def merge(self, conflict: EditConflict) -> MergeDialog:
        dialog = MergeDialog(conflict, self.editor.data(), self.host.window)
        dialog.accepted.connect(lambda: self._merged(dialog))
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, dialog: MergeDialog) -> None:
        merged = dialog.merged()
        self.editor.base_revision = int(merged["base_revision"])
        self.editor.guide_id = str(merged["id"])
        self.editor.load(merged)
        self.editor.autosave_now()
        self.host.note(self.tr("Merged. Check the guide and save or publish it."), timeout=False)

    def open_history(self, guide_id: str) -> None:
        title = self.editor.title.text()
        self.host.ops.run(
            lambda: self.service.revisions(guide_id),
            lambda revs: self._history(guide_id, title, revs),
        )

    def _history(self, guide_id: str, title: str, revisions: list[GuideRevision]) -> None:
        self.history.show_history(guide_id, title, revisions)
        self.host.open_page(self.history)

    def restore(self, guide_id: str, revision: int) -> None:
        def done(guide: Guide) -> None:
            self.host.note(
                self.tr("Version %1 is restored as version %2.")
                .replace("%1", str(revision))
                .replace("%2", str(guide.revision))
            )
            self.open_history(guide_id)
            self.refresh()

        newest = self.history.revisions[0].revision if self.history.revisions else None
        self.host.ops.run(lambda: self.service.restore(guide_id, revision, newest), done)

    # -- feedback ------------------------------------------------------------------------------
    def open_feedback(self, row: ListRow) -> None:
        item = next((f for f in self.feedback.items if str(f.id) == row.key), None)
        if item is not None:
            self.feedback_page.show_item(
                item, self.feedback.titles.get(item.guide_id, item.guide_id)
            )
            self.host.open_page(self.feedback_page, self.feedback_page.answer)

    def answer(self, item: Feedback, text: str, status: FeedbackStatus) -> None:
        def done(saved: Feedback) -> None:
            self.host.note(self.tr("The answer is saved; the staff member sees it after a sync."))
            self.feedback_page.show_item(
                saved, self.feedback.titles.get(saved.guide_id, saved.guide_id)
            )
            self.refresh()

        self.host.ops.run(lambda: self.service.answer_feedback(item, text, status), done)

    # -- searches without an answer -----------------------------------------------------------
    def open_searches(self) -> None:
        def done(review: SearchReview) -> None:
            self.searches.show_review(review)
            self.host.open_page(self.searches)

        self.host.ops.run(self.service.search_review, done)

    def adopt_term(self, guide_id: str, term: str) -> None:
        def done(review: SearchReview) -> None:
            self.searches.show_review(review)
            self.host.note(self.tr("The search term is added to the guide."))

        self.host.ops.run(lambda: self.service.adopt_term(guide_id, term), done)

    def add_miss(self, query: str) -> None:
        """Pick a guide (from the local cache) and add the search's words to its synonyms."""
        picker = GuidePicker(self.host.workspace.lookup, query, self.searches.window())
        if picker.exec() != GuidePicker.DialogCode.Accepted or picker.chosen is None:
            return
        guide_id = picker.chosen

        def done(review: SearchReview) -> None:
            self.searches.show_review(review)
            self.host.note(self.tr("The search term is added to the guide."))

        self.host.ops.run(lambda: self.service.adopt_miss(query, guide_id), done)

    def reject_learned(self, guide_id: str, term: str) -> None:
        def done(review: SearchReview) -> None:
            self.searches.show_review(review)
            self.host.note(self.tr("The learned search term is rejected."))

        self.host.ops.run(lambda: self.service.reject_learned(guide_id, term), done)

    # -- templates -----------------------------------------------------------------------------
    def open_templates(self) -> None:
        self.template_flow.open()

    # -- shared hotlines ------------------------------------------------------------------------
    def refresh_hotlines(self) -> None:
        if self.host.workspace.profile.is_hotline:
            return
        self.host.ops.run(self.service.hotlines, self.hotlines.show_hotlines, lambda _exc: None)

    def confirm_hotline(self, hotline: Hotline) -> ConfirmHotline:
        """Ask before giving or taking away a hotline's access."""
        dialog = ConfirmHotline(hotline, self.host.window)
        dialog.confirmed.connect(self.set_hotline_access)
        self.hotline_dialog = dialog
        dialog.open()
        return dialog

    def set_hotline_access(self, hotline: Hotline) -> None:
        admit = not hotline.admitted

        def done(hotlines: list[Hotline]) -> None:
            self.hotlines.show_hotlines(hotlines)
            text = (
                self.tr("%1 has access to your guides.")
                if admit
                else self.tr("%1 no longer has access to your guides.")
            )
            self.host.note(text.replace("%1", hotline.name))

        self.host.ops.run(lambda: self.service.set_hotline_access(hotline.code, admit), done)

    # -- users ---------------------------------------------------------------------------------
    def refresh_users(self) -> None:
        self.host.ops.run(self.service.users, self.users.show_users, lambda _exc: None)

    def new_user(self) -> None:
        self.user_page.show_new()
        self.host.open_page(self.user_page, self.user_page.username)

    def open_user(self, row: ListRow) -> None:
        user = self.users.user(row.key)
        if user is not None:
            self.user_page.show_user(user)
            self.host.open_page(self.user_page)

    def create_user(self, username: str, name: str, role: Role, password: str) -> None:
        def done(_user: UserAccount) -> None:
            self.host.note(self.tr("The user is created."))
            self.refresh_users()

        self.host.ops.run(lambda: self.service.create_user(username, name, role, password), done)

    def reset_password(self, user_id: int) -> None:
        def done(result: PasswordResetResult) -> None:
            if result.password:
                self.user_page.show_password(result.password)
            self.host.note(self.tr("The password is reset; give the user the new one."))

        self.host.ops.run(lambda: self.service.reset_password(user_id), done)

    def _user_call(self, work: Any) -> None:
        def done(_result: object) -> None:
            self.host.note(self.tr("The account is changed."))
            self.refresh_users()

        self.host.ops.run(work, done)
