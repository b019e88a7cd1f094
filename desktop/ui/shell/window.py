"""The main window: composes the views and routes between them. No business rules here —
what a guide is, what may be sent and how sync works live in the services."""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from ..contact.contact_settings_card import ContactSettingsCard
from ..contact.feature import ContactUi
from ..kit import icons
from ..kit.errors import describe
from ..kit.list_model import ListRow
from ..kit.widgets import MessageBar, PageStack
from ..kit.worker import Operations
from ..lookup.browse_section import BrowseSection
from ..lookup.faq_answer_page import FaqAnswerPage
from ..lookup.faq_section import FaqSection
from ..lookup.feedback_dialog import FeedbackDialog
from ..lookup.guide_page import GuidePage
from ..lookup.search_section import SearchSection
from . import shortcuts as actions
from .frame import Frame, NavPanel
from .login import LoginDialog
from .municipality_card import MunicipalityCard
from .prefs import UiPrefs
from .settings_page import SettingsPage
from .status_band import StatusBand
from .sync_controller import LOGGED_OUT, ONLINE, SyncController
from .welcome import welcome_page

log = logging.getLogger("vejviser.ui")
NOTE_MS = 4000


class MainWindow(QMainWindow):
    prefs_changed = Signal(object)  # UiPrefs
    workspace_changed = Signal()  # logged in elsewhere: the app rebuilds the window

    def __init__(self, context, prefs: UiPrefs, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.context = context
        self.workspace = context.workspace
        self.setWindowTitle("Vejviser")
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName(self.tr("Vejviser"))
        self.setMinimumSize(360, 480)
        self.messages = MessageBar()
        self.ops = Operations(self.show_error, self)

        lookup = self.workspace.lookup
        self.search = SearchSection(self.workspace)
        self.browse = BrowseSection(self.workspace)
        self.faq_list = FaqSection(self.workspace)
        self.nav = NavPanel(self.search, self.browse, self.faq_list)
        self.guide = GuidePage(self.workspace.blobs)
        self.faq_answer = FaqAnswerPage()
        self.settings = SettingsPage(prefs, context.session)
        self.welcome = welcome_page()
        self.detail = PageStack()
        self.detail.setAccessibleName(self.tr("Details"))
        for page in (self.welcome, self.guide, self.faq_answer, self.settings):
            self.detail.addWidget(page)

        profile = context.session.profile
        subtitle = " · ".join(p for p in (profile.municipality_name, profile.display_name) if p)
        self.shell = Frame(self.nav, self.detail, subtitle)
        self.shell.layout().insertWidget(1, self.messages)
        self.contact = ContactUi(self)  # the timer bar above the messages, its pages
        self.contact_settings = ContactSettingsCard(self.workspace.contact)
        self.settings.add_section(self.contact_settings)
        self.municipality_card = MunicipalityCard(context.municipality, self.ops)
        self.settings.add_section(self.municipality_card)
        self.status = StatusBand()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.shell, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)

        self.sync = SyncController(context, self.ops, parent=self)
        self._connect(lookup)
        self.actions = actions.install(
            self,
            {
                "search": self.focus_search,
                "browse": lambda: self.show_section(NavPanel.BROWSE),
                "faq": lambda: self.show_section(NavPanel.FAQ),
                "level1": lambda: self.show_level(0),
                "level2": lambda: self.show_level(1),
                "level3": lambda: self.show_level(2),
                "favourite": self._when_guide(self.guide.toggle_favourite),
                "feedback": self._when_guide(self.guide.request_feedback),
                "send": lambda: self.contact.send_to_citizen(),
                "start_stop": self.contact.controller.start_stop,
                "pause": self.contact.controller.toggle_pause,
                "manual": self.contact.register_manual,
                "today": self.contact.show_today,
                "copy_link": self.copy_link,
                "open_link": self.open_link,
                "sync": self.sync_requested,
                "settings": self.show_settings,
                "back": self.back,
                "quit": self.close,
            },
        )
        self._tab_order()
        self.status.set_state(LOGGED_OUT if context.session.token() is None else ONLINE)
        self.refresh_status()
        self.search.focus_search()

    def _connect(self, lookup) -> None:  # type: ignore[no-untyped-def]
        self.search.open_requested.connect(self.open_row)
        self.search.escape_pressed.connect(self.back)
        self.search.search_started.connect(self.contact.search_started)
        self.guide.send_requested.connect(self.contact.send_to_citizen)
        self.contact_settings.changed.connect(self.contact.update_bar)
        self.browse.open_requested.connect(self.open_row)
        self.faq_list.open_requested.connect(self.open_row)
        self.guide.favourite_toggled.connect(self._favourite)
        self.guide.feedback_requested.connect(self.give_feedback)
        self.guide.notify.connect(self.note)
        self.faq_answer.notify.connect(self.note)
        self.settings.prefs_changed.connect(self.prefs_changed.emit)
        self.settings.logout_requested.connect(self.logout)
        self.settings.login_requested.connect(lambda: self.open_login())
        self.shell.back_requested.connect(self.back)
        self.shell.settings_requested.connect(self.show_settings)
        self.shell.mode_changed.connect(self._mode_changed)
        self.status.sync_requested.connect(self.sync_requested)
        self.sync.state_changed.connect(self.status.set_state)
        self.sync.state_changed.connect(lambda _s: self.settings.refresh())
        self.sync.synced.connect(self._after_sync)
        self.sync.auth_lost.connect(self._auth_lost)
        self.sync.problem.connect(self.show_error_text)

    def _tab_order(self) -> None:
        """Left to right, top to bottom: sections, search, results, the guide, status."""
        bar = self.contact.bar
        chain = [
            *bar.focus_chain(),
            *(self.contact.strip.correct, self.contact.strip.undo),
            *self.nav.sections.buttons,
            self.search.box,
            self.search.results,
            self.guide.favourite,
            self.guide.feedback,
            self.guide.send,
            *self.guide.levels.buttons,
            *self.guide.scrolls,
            self.status.sync_button,
            self.shell.settings,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _mode_changed(self, mode: str) -> None:
        compact = mode == "compact"
        self.status.set_compact(compact)
        self.guide.set_compact(compact)
        self.contact.set_mode(mode)

    def start(self) -> None:
        """Sync on start and then every few minutes; the window is usable meanwhile. A
        contact left unfinished by a crash or restart is asked about."""
        if self.context.session.token() is None:
            self._auth_lost(
                self.tr("You are not logged in. The saved guides can be used; log in to sync.")
            )
        self.sync.start()
        if self.context.session.token() is not None:
            self.ops.run(self.workspace.messaging.refresh_templates, on_error=lambda _e: None)
            self.contact.watcher.watch()  # an SMS may still wait for its delivery report
        self.contact.ask_recovery()

    # -- navigation -------------------------------------------------------------------
    def open_row(self, row: ListRow) -> None:
        if row.kind == "faq":
            self.open_faq(row.key)
        elif row.kind == "guide":
            self.open_guide(row.key)

    def open_guide(self, guide_id: str, level: int = 0) -> None:
        lookup = self.workspace.lookup
        guide = lookup.guide(guide_id)
        if guide is None:
            self.show_error_text(self.tr("The guide is no longer available. Sync to update."))
            return
        self.guide.show_guide(guide, lookup.is_favourite(guide_id), level)
        lookup.record_use(guide_id)  # a running contact collects it
        self.refresh_guide_messages()
        self.detail.setCurrentWidget(self.guide)
        self._open_detail(self.guide.levels.buttons[level])
        QTimer.singleShot(0, self._refresh_recent)

    def open_faq(self, entry_id: str) -> None:
        entry = self.workspace.lookup.faq(entry_id)
        if entry is None:
            self.show_error_text(self.tr("The answer is no longer available. Sync to update."))
            return
        self.faq_answer.show_entry(entry)
        self.detail.setCurrentWidget(self.faq_answer)
        self._open_detail(self.faq_answer.scroll)

    def _open_detail(self, focus: QWidget) -> None:
        self.shell.show_detail()
        if self.shell.compact:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_start(self) -> None:
        """The start page (welcome and shortcuts) in the detail pane."""
        self.detail.setCurrentWidget(self.welcome)
        self.shell.show_nav()

    def show_settings(self) -> None:
        self.settings.refresh()
        self.contact_settings.refresh()
        self.municipality_card.refresh()
        self.detail.setCurrentWidget(self.settings)
        self._open_detail(self.settings)

    def show_section(self, index: int) -> None:
        self.shell.show_nav()
        self.nav.show_section(index)
        self.nav.stack.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.show_section(NavPanel.SEARCH)
        self.search.focus_search()

    def show_level(self, index: int) -> None:
        if self.guide.guide is None:
            return
        self.detail.setCurrentWidget(self.guide)
        self.shell.show_detail()
        self.guide.set_level(index)

    def back(self) -> None:
        if self.search.box.hasFocus() and self.search.box.text():
            self.search.set_query("")
        elif self.shell.compact and self.shell.detail_open:
            self.shell.show_nav()
            self.nav.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.messages.isVisible():
            self.messages.dismiss()
        else:
            self.focus_search()

    def copy_link(self) -> None:
        current = self.detail.currentWidget()
        if current is self.guide or current is self.faq_answer:
            current.copy_link()

    def open_link(self) -> None:
        current = self.detail.currentWidget()
        if current is self.guide or current is self.faq_answer:
            current.open_link()

    def _when_guide(self, action):  # type: ignore[no-untyped-def]
        def run() -> None:
            if self.guide.guide is not None and self.detail.currentWidget() is self.guide:
                action()

        return run

    # -- use cases --------------------------------------------------------------------
    def _favourite(self, guide_id: str, favourite: bool) -> None:
        self.workspace.lookup.set_favourite(guide_id, favourite)
        self.browse.refresh()
        self.note(
            self.tr("Added to favourites.") if favourite else self.tr("Removed from favourites.")
        )

    def give_feedback(self, guide) -> FeedbackDialog:  # type: ignore[no-untyped-def]
        dialog = FeedbackDialog(self.workspace.feedback, guide, self)
        dialog.accepted.connect(self._feedback_sent)
        dialog.open()
        return dialog

    def _feedback_sent(self) -> None:
        self.refresh_status()
        self.note(self.tr("Thank you! Your feedback is sent with the next sync."))
        if self.sync.state == ONLINE:
            self.sync.sync_now()

    def sync_requested(self) -> None:
        """The user asked to sync (button, F5). Logged out, that needs a login first: ask for
        it rather than do nothing (the timer's syncs never ask)."""
        if self.context.session.token() is None:
            self.open_login(self.tr("Log in to sync."))
            return
        self.sync.sync_now()

    def open_login(self, reason: str | None = None) -> LoginDialog:
        dialog = LoginDialog(self.context, reason, self)
        dialog.logged_in.connect(self._logged_in)
        dialog.open()
        return dialog

    def _logged_in(self, result) -> None:  # type: ignore[no-untyped-def]
        if self.context.workspace is not self.workspace:
            self.workspace_changed.emit()
            return
        self.messages.dismiss()
        if not result.keyring_available:
            self.note(self.keyring_note(), timeout=False)
        self.settings.refresh()
        self.sync.sync_now()

    def keyring_note(self) -> str:
        return self.tr(
            "This computer has no keyring: your login is kept only while Vejviser is open."
        )

    def logout(self) -> None:
        def done(_result: object) -> None:
            self.sync.sync_now()  # becomes "logged out"
            self.settings.refresh()
            self.note(self.tr("You are logged out. The saved guides can still be used."))

        self.ops.run(self.context.session.logout, on_done=done)

    # -- refreshing -------------------------------------------------------------------
    def _after_sync(self, report) -> None:  # type: ignore[no-untyped-def]
        self.refresh_status()
        if report.rejected:
            self.show_error_text(
                self.tr(
                    "%n item(s) were refused by the server and will not be sent. "
                    "The reason is in the log file.",
                    "",
                    report.rejected,
                )
            )
        if report.changes.empty and report.pulled_items == 0:
            return
        self.search.refresh()
        self.browse.refresh()
        self.faq_list.refresh()
        if self.guide.guide is not None:
            fresh = self.workspace.lookup.guide(self.guide.guide.id)
            if fresh is not None and fresh.revision != self.guide.guide.revision:
                self.guide.show_guide(
                    fresh, self.workspace.lookup.is_favourite(fresh.id), self.guide.level()
                )

    def _refresh_recent(self) -> None:
        if not self.search.box.text():
            self.search.run_search()
        if self.browse.tabs.current() != 0:
            self.browse.refresh()

    def refresh_guide_messages(self) -> None:
        if self.guide.guide is not None:
            self.guide.show_messages(self.workspace.messaging.states_for_guide(self.guide.guide.id))

    def refresh_status(self) -> None:
        self.status.set_details(self.workspace.last_sync(), self.workspace.pending())

    # -- the one message display ------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        self.show_error_text(describe(exc))

    def show_error_text(self, text: str) -> None:
        log.info("shown to the user: %s", text)
        self.messages.show_message(text, "error")

    def note(self, text: str, timeout: bool = True) -> None:
        self.messages.show_message(text, "info", timeout_ms=NOTE_MS if timeout else None)

    def _auth_lost(self, text: str) -> None:
        self.messages.show_message(
            text, "error", action=(self.tr("Log in"), lambda: self.open_login(text))
        )

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.sync.stop()
        self.contact.shutdown()
        super().closeEvent(event)
