"""Looking things up: the sections Søg, Områder and FAQ, the guide page with its three levels,
the FAQ answer page and feedback on a guide. The rules live in ``LookupService``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from desktop.store.scope import split_key
from sync_server.protocol import Guide

from ..kit.list_model import ListRow
from ..kit.widgets import shortcut_hint
from ..shell.host import Changes, Feature, Host, Shortcut
from .browse_section import BrowseSection
from .faq_answer_page import FaqAnswerPage
from .faq_section import FaqSection
from .feedback_dialog import FeedbackDialog
from .guide_page import GuidePage
from .qr_dialog import QrDialog
from .search_section import SearchSection

translate = QCoreApplication.translate
SEARCH, BROWSE, FAQ = "search", "browse", "faq"


class LookupFeature(Feature):
    name = "lookup"

    def install(self, host: Host) -> None:
        self.host = host
        workspace = host.workspace
        self.lookup = workspace.lookup
        self.messaging = workspace.messaging
        self.feedback_service = workspace.feedback
        self.search = SearchSection(self.lookup)
        self.browse = BrowseSection(self.lookup)
        self.faq_list = FaqSection(self.lookup)
        self.guide = GuidePage(workspace.blobs)
        self.faq_answer = FaqAnswerPage()
        host.add_section(
            SEARCH,
            self.tr("Search"),
            "search",
            self.search,
            tooltip=shortcut_hint(self.tr("Search for a guide"), "Ctrl+F", "F3"),
            focus=[self.search.box, self.search.results],
        )
        host.add_section(
            BROWSE,
            self.tr("Areas"),
            "folder",
            self.browse,
            tooltip=shortcut_hint(self.tr("Browse by area, recent and favourites"), "Ctrl+2"),
        )
        host.add_section(
            FAQ,
            self.tr("FAQ"),
            "help",
            self.faq_list,
            tooltip=shortcut_hint(self.tr("Technical FAQ"), "Ctrl+3"),
        )
        host.add_page(
            self.guide,
            focus=[
                self.guide.favourite,
                self.guide.feedback,
                self.guide.send,
                self.guide.qr,
                *self.guide.levels.buttons,
                *self.guide.scrolls,
            ],
        )
        host.add_page(self.faq_answer)
        self._shortcuts(host)
        host.add_back_step(self._clear_search)
        host.set_home(self.focus_search)
        self._connect(host)

    def _shortcuts(self, host: Host) -> None:
        # The texts of the shortcut table share the context "Actions" (the start page lists them).
        add = host.add_shortcut
        add(
            Shortcut("search", ("Ctrl+F", "F3", "Ctrl+1"), translate("Actions", "Search")),
            self.focus_search,
        )
        add(
            Shortcut("browse", ("Ctrl+2",), translate("Actions", "Browse by area")),
            lambda: self.show_section(BROWSE),
        )
        add(
            Shortcut("faq", ("Ctrl+3",), translate("Actions", "Technical FAQ")),
            lambda: self.show_section(FAQ),
        )
        add(
            Shortcut("level1", ("Alt+1",), translate("Actions", "Guidance")),
            lambda: self.show_level(0),
        )
        add(
            Shortcut("level2", ("Alt+2",), translate("Actions", "Step by step")),
            lambda: self.show_level(1),
        )
        add(
            Shortcut("level3", ("Alt+3",), translate("Actions", "Referral")),
            lambda: self.show_level(2),
        )
        add(
            Shortcut("favourite", ("Ctrl+D",), translate("Actions", "Favourite on/off")),
            self._on_guide(self.guide.toggle_favourite),
        )
        add(
            Shortcut("feedback", ("Ctrl+Shift+F",), translate("Actions", "Give feedback")),
            self._on_guide(self.guide.request_feedback),
        )
        add(
            Shortcut("show_qr", ("Ctrl+Shift+Q",), translate("Actions", "Show QR code")),
            self._on_guide(self.guide.request_qr),
        )
        add(
            Shortcut("copy_link", ("Ctrl+Shift+C",), translate("Actions", "Copy link")),
            self.copy_link,
        )
        add(
            Shortcut(
                "open_link", ("Ctrl+O",), translate("Actions", "Open the self-service solution")
            ),
            self.open_link,
        )

    def _connect(self, host: Host) -> None:
        events = host.events
        self.search.open_requested.connect(self.open_row)
        self.search.escape_pressed.connect(host.go_back)
        self.search.search_started.connect(events.search_started.emit)
        self.browse.open_requested.connect(self.open_row)
        self.faq_list.open_requested.connect(self.open_row)
        self.guide.send_requested.connect(events.send_requested.emit)
        self.guide.favourite_toggled.connect(self._favourite)
        self.guide.feedback_requested.connect(self.give_feedback)
        self.guide.qr_requested.connect(self.show_qr)
        self.guide.notify.connect(host.note)
        self.faq_answer.notify.connect(host.note)
        events.mode_changed.connect(lambda mode: self.guide.set_compact(mode == "compact"))
        events.page_changed.connect(self._page_changed)
        events.content_changed.connect(self._content_changed)
        events.caller_changed.connect(self._caller_changed)

    # -- navigation -------------------------------------------------------------------
    def open_row(self, row: ListRow) -> None:
        if row.kind == "faq":
            self.open_faq(row.key)
        elif row.kind == "guide":
            self.open_guide(row.key)

    def open_guide(self, guide_id: str, level: int = 0) -> None:
        """Open a guide by id, or by a list row's key naming its municipality."""
        guide_id, municipality = split_key(guide_id)
        guide = self.lookup.guide(guide_id, municipality)
        if guide is None:
            self.host.show_error_text(self.tr("The guide is no longer available. Sync to update."))
            return
        # favourite and use are the opened municipality's guide's (members share guide ids)
        self.guide.show_guide(guide, self.lookup.is_favourite(guide.id, guide.municipality), level)
        self.guide.set_citizen_link(self.lookup.citizen_link(guide))
        self.lookup.record_use(guide.id, guide.municipality)  # a running contact collects it
        self.refresh_guide_messages()
        self.host.open_page(self.guide, self.guide.levels.buttons[level])
        self.host.events.guide_on_screen.emit(guide)
        QTimer.singleShot(0, self._refresh_recent)

    def open_faq(self, entry_id: str) -> None:
        entry = self.lookup.faq(entry_id)
        if entry is None:
            self.host.show_error_text(self.tr("The answer is no longer available. Sync to update."))
            return
        self.faq_answer.show_entry(entry)
        self.host.open_page(self.faq_answer, self.faq_answer.scroll_area)

    def show_section(self, name: str) -> None:
        self.host.show_section(name)

    def focus_search(self) -> None:
        self.show_section(SEARCH)
        self.search.focus_search()

    def show_level(self, index: int) -> None:
        if self.guide.guide is None:
            return
        self.host.open_page(self.guide)
        self.guide.set_level(index)

    def _clear_search(self) -> bool:
        """Esc in the search box with text clears it (before anything else)."""
        if self.search.box.hasFocus() and self.search.box.text():
            self.search.set_query("")
            return True
        return False

    def copy_link(self) -> None:
        page = self.host.current_page()
        if page is self.guide:
            self.guide.copy_link()
        elif page is self.faq_answer:
            self.faq_answer.copy_link()

    def open_link(self) -> None:
        page = self.host.current_page()
        if page is self.guide:
            self.guide.open_link()
        elif page is self.faq_answer:
            self.faq_answer.open_link()

    def _on_guide(self, action: Callable[[], None]) -> Callable[[], None]:
        """Only while a guide is on screen."""

        def run() -> None:
            if self.guide.guide is not None and self.host.current_page() is self.guide:
                action()

        return run

    def _page_changed(self, page: QWidget | None) -> None:
        self.host.events.guide_on_screen.emit(self.guide.guide if page is self.guide else None)

    # -- use cases --------------------------------------------------------------------
    def _favourite(self, guide_id: str, favourite: bool) -> None:
        shown = self.guide.guide
        municipality = shown.municipality if shown is not None and shown.id == guide_id else None
        self.lookup.set_favourite(guide_id, favourite, municipality)
        self.browse.refresh()
        self.host.note(
            self.tr("Added to favourites.") if favourite else self.tr("Removed from favourites.")
        )

    def give_feedback(self, guide: Guide) -> FeedbackDialog:
        dialog = FeedbackDialog(self.feedback_service, guide, self.host.window)
        dialog.accepted.connect(self._feedback_sent)
        dialog.open()
        return dialog

    def show_qr(self, guide: Guide, url: str) -> QrDialog:
        dialog = QrDialog(url, guide.title, self.host.window)
        dialog.open()
        return dialog

    def _feedback_sent(self) -> None:
        self.host.events.content_changed.emit(Changes(outbox=True))  # counted, sent when online
        self.host.note(self.tr("Thank you! Your feedback is sent with the next sync."))

    # -- refreshing -------------------------------------------------------------------
    def _content_changed(self, changes: Changes) -> None:
        if changes.messages:
            self.refresh_guide_messages()
        if not changes.content:
            return
        self.search.refresh()
        self.browse.refresh()
        self.faq_list.refresh()
        shown = self.guide.guide
        if shown is not None:
            fresh = self.lookup.guide(shown.id)
            if fresh is not None and fresh.revision != shown.revision:
                self.guide.show_guide(
                    fresh,
                    self.lookup.is_favourite(fresh.id, fresh.municipality),
                    self.guide.level(),
                )
                if self.host.current_page() is self.guide:
                    self.host.events.guide_on_screen.emit(fresh)
            # the public address comes with every sync, the guide's visibility with its revision
            self.guide.set_citizen_link(self.lookup.citizen_link(fresh or shown))

    def _caller_changed(self, _code: object) -> None:
        """A hotline's caller is another municipality's citizen: the lists and the guide on
        screen follow (that municipality's version of the guide, else the hotline's own)."""
        self.search.refresh()
        self.search.run_search()
        self.browse.refresh()
        self.faq_list.refresh()
        shown = self.guide.guide
        if shown is None:
            return
        fresh = self.lookup.guide(shown.id)
        if fresh is None or fresh.municipality == shown.municipality:
            return
        self.guide.show_guide(
            fresh, self.lookup.is_favourite(fresh.id, fresh.municipality), self.guide.level()
        )
        self.guide.set_citizen_link(self.lookup.citizen_link(fresh))
        if self.host.current_page() is self.guide:
            self.host.events.guide_on_screen.emit(fresh)

    def _refresh_recent(self) -> None:
        if not self.search.box.text():
            self.search.run_search()
        if self.browse.tabs.current() != 0:
            self.browse.refresh()

    def refresh_guide_messages(self) -> None:
        if self.guide.guide is not None:
            self.guide.show_messages(self.messaging.states_for_guide(self.guide.guide.id))
