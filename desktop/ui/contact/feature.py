"""Contact timing and registration: the timer band, the last-registration band, the finish
page, the "I dag" page, the start-up question about an unfinished contact and the contact
settings card. It routes between them; the rules live in ``ContactService``."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop.core.errors import VejviserError
from desktop.services.contact import ContactEvent, ContactState, ContactStatus, LogEntry

from ..kit.errors import describe
from ..kit.labels import minutes_text, state_text
from ..shell.host import Band, Changes, Feature, Host, Shortcut
from .caller_picker import CallerPicker
from .contact_settings_card import ContactSettingsCard
from .controller import ContactController
from .finish_page import CORRECT, FINISH, MANUAL, FinishChoice, FinishPage
from .last_registration_band import LastRegistrationBand
from .recovery_dialog import DISCARD, RESUME, RecoveryDialog
from .recovery_dialog import FINISH as RECOVER_FINISH
from .timer_band import TimerBand
from .today_page import TodayPage, entry_text

log = logging.getLogger("vejviser.ui")
translate = QCoreApplication.translate


class ContactFeature(Feature):
    name = "contact"

    def install(self, host: Host) -> None:
        self.host = host
        workspace = host.workspace
        self.service = workspace.contact
        self.messaging = workspace.messaging  # the states of messages sent during a contact
        self.controller = ContactController(self.service, self)
        self.bar = TimerBand()
        self.strip = LastRegistrationBand()
        self.finish = FinishPage()
        self.today = TodayPage()
        self.settings_card = ContactSettingsCard(self.service)
        self._previous: QWidget | None = None
        self.hotline = workspace.profile.is_hotline
        self._caller: str | None = self.service.caller
        self.picker: CallerPicker | None = None
        self.bar.set_hotline(self.hotline)
        self.finish.set_hotline(self.hotline)
        host.add_band("timer", self.bar, order=Band.CONTACT, focus=self.bar.focus_chain())
        host.add_band(
            "last_registration",
            self.strip,
            order=Band.BELOW_CONTACT,
            focus=[self.strip.correct, self.strip.undo],
        )
        host.add_page(self.finish)
        host.add_page(self.today)
        host.add_settings_card(self.settings_card, self.settings_card.refresh)
        self._shortcuts(host)
        self._connect()
        self.update_bar()
        self.refresh_today()
        self.show_last()  # still correctable after a restart

    def _shortcuts(self, host: Host) -> None:
        add = host.add_shortcut
        c = self.controller
        add(
            Shortcut("start_stop", ("F9",), translate("Actions", "Start / stop the contact")),
            c.start_stop,
        )
        add(
            Shortcut("pause", ("F10",), translate("Actions", "Pause / resume the contact")),
            c.toggle_pause,
        )
        add(
            Shortcut("manual", ("Shift+F9",), translate("Actions", "Register a contact by hand")),
            self.register_manual,
        )
        add(
            Shortcut("today", ("Ctrl+I",), translate("Actions", "Today: your contacts")),
            self.show_today,
        )

    def _connect(self) -> None:
        c, bar = self.controller, self.bar
        c.changed.connect(self._changed)
        c.ticked.connect(bar.show_time)
        c.problem.connect(self.host.show_error_text)
        c.noted.connect(self.host.note)
        bar.start_requested.connect(c.start)
        bar.stop_requested.connect(c.stop)
        bar.pause_requested.connect(c.toggle_pause)
        bar.finish_requested.connect(self.show_finish)
        bar.send_requested.connect(lambda: self.host.events.send_requested.emit(None))
        bar.today_requested.connect(self.show_today)
        bar.caller_requested.connect(self.pick_caller)
        bar.channel_chosen.connect(c.set_channel)
        bar.location_chosen.connect(c.set_location)
        # The tap has checked its button already; show the service's word (a refusal undoes it).
        bar.channel_chosen.connect(lambda _channel: self.update_bar())
        bar.location_chosen.connect(lambda _name: self.update_bar())
        self.finish.submitted.connect(self._submitted)
        self.finish.discard_requested.connect(self._discard)
        self.finish.cancelled.connect(self._leave_finish)
        self.strip.correct_requested.connect(self.correct_last)
        self.strip.undo_requested.connect(self.undo_last)
        self.today.manual_requested.connect(self.register_manual)
        self.settings_card.changed.connect(self.update_bar)
        events = self.host.events
        events.search_started.connect(self.search_started)
        events.mode_changed.connect(self.set_mode)
        events.started.connect(self.ask_recovery)
        events.closing.connect(self.shutdown)
        events.content_changed.connect(self._content_changed)

    # -- the shell's events -------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.bar.set_mode(mode)
        self.strip.set_compact(mode == "compact")

    def shutdown(self) -> None:
        self.controller.detach()

    def _content_changed(self, changes: Changes) -> None:
        if changes.messages:  # sent, delivered or failed: the bar says so
            self.update_bar()

    def search_started(self) -> None:
        if self.controller.state is ContactState.IDLE:
            self.controller.on_search_started()

    def ask_recovery(self) -> RecoveryDialog | None:
        """At start-up: ask what to do with a contact left unfinished (crash, restart)."""
        status = self.service.recover()
        if status is None:
            return None
        dialog = RecoveryDialog(status, self.host.window)
        dialog.finished.connect(lambda _r: self._recovered(dialog.choice))
        dialog.open()
        return dialog

    def _recovered(self, choice: str | None) -> None:
        try:
            if choice == RESUME:
                self.service.resume()
            elif choice == RECOVER_FINISH:
                self.service.resume()  # accepted as it is (ends the question) …
                if self.controller.active:
                    self.service.stop()  # … and stopped: the finish panel opens
                else:
                    self.show_finish()
            elif choice == DISCARD:
                self.service.discard()
                self.host.note(self.tr("The unfinished contact was discarded."))
        except VejviserError as exc:
            self.host.show_error_text(describe(exc))

    # -- showing ----------------------------------------------------------------------------
    def _changed(self, event: ContactEvent, status: ContactStatus) -> None:
        self.update_bar(status)
        if event is ContactEvent.STOPPED:
            self.show_finish()
        elif event in (ContactEvent.STARTED, ContactEvent.DISCARDED) and self._finishing():
            self._leave_finish()
        if event in (ContactEvent.FINISHED, ContactEvent.CORRECTED, ContactEvent.UNDONE):
            self.refresh_today()
            self.show_last(undone=event is ContactEvent.UNDONE)

    def update_bar(self, status: ContactStatus | None = None) -> None:
        status = status or self.controller.refresh()
        extra = ""
        if status.id is not None:  # sent, delivered or failed (with the reason)
            states = self.messaging.states_for_contact(status.id)
            if states:
                extra = state_text(states[-1], with_time=False)
        self.bar.show_status(status, self.service.settings(), extra)
        if self.hotline:
            self._show_caller()

    # -- a shared hotline: the caller's municipality --------------------------------------
    def pick_caller(self) -> CallerPicker:
        """Open the picker (search by name or code; one tap picks)."""
        picker = CallerPicker(self.service.members(), self.service.caller, self.host.window)
        picker.chosen.connect(self.set_caller)
        self.picker = picker
        picker.open()
        picker.search.setFocus(Qt.FocusReason.PopupFocusReason)
        return picker

    def set_caller(self, code: str | None) -> None:
        try:
            self.service.set_caller(code)
        except VejviserError as exc:
            self.host.show_error_text(describe(exc))
            return
        self.update_bar()

    def _show_caller(self) -> None:
        code = self.service.caller
        member = next((m for m in self.service.members() if m.code == code), None)
        self.bar.show_caller(member.name if member else None, code if member else None)
        if code != self._caller:  # picked here, by a telephony hook, or a contact ended
            self._caller = code
            self.host.events.caller_changed.emit(code)
            if code and self.host.session.token() is not None:
                member_code = code  # the member's templates, for "Send til borger"
                self.host.ops.run(
                    lambda: self.messaging.refresh_templates(member_code),
                    on_error=lambda _e: None,
                )

    def refresh_today(self) -> None:
        summary = self.service.today()
        self.bar.set_today(summary.count, minutes_text(summary.active_seconds))
        if self.host.current_page() is self.today:
            self.today.show_day(summary)

    def show_last(self, undone: bool = False) -> None:
        """The last registration with "Ret" and "Fortryd" while they are possible; just
        after an undo, briefly what was undone."""
        entry = self.service.last()
        until = self.service.correctable_until()
        if entry is None or (until is None and not (undone and entry.registration.deleted)):
            self.strip.hide()
            return
        remaining = (until - self.service.clock()).total_seconds() if until else None
        saved = self.tr("Saved %1:").replace("%1", entry.finished_at.astimezone().strftime("%H:%M"))
        self.strip.show_entry(entry, remaining, saved)

    def _open_page(self, page: QWidget, focus: QWidget) -> None:
        current = self.host.current_page()
        if current not in (self.finish, self.today):
            self._previous = current
        self.host.open_page(page)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finishing(self) -> bool:
        return self.host.current_page() is self.finish and self.finish.mode == FINISH

    def _leave_finish(self) -> None:
        if self.host.current_page() not in (self.finish, self.today):
            return
        previous = self._previous
        if previous is not None and previous is not self.host.start_page:
            self.host.replace_page(previous)
        else:
            self.host.show_start()

    # -- finishing --------------------------------------------------------------------------
    def show_finish(self) -> None:
        status = self.controller.refresh()
        if status.state is ContactState.IDLE:
            return
        self.finish.open_finish(
            status,
            self.service.defaults(),
            self.service.referral_choices(),
            self.service.stuck_choices(),
        )
        self._open_page(self.finish, self.finish.register)

    def correct_last(self) -> None:
        entry = self.service.last()
        if entry is None or self.service.correctable_until() is None:
            self.host.show_error_text(self.tr("The last registration can no longer be changed."))
            self.show_last()
            return
        self.finish.open_correction(
            entry, self.service.referral_choices(), self.service.stuck_choices()
        )
        self._open_page(self.finish, self.finish.register)

    def register_manual(self) -> None:
        self.finish.open_manual(
            self.service.settings().channel,
            self.service.defaults(),
            self.service.referral_choices(),
            self.service.stuck_choices(),
        )
        self._open_page(self.finish, self.finish.minutes)

    def _submitted(self, mode: str, choice: FinishChoice) -> None:
        """Register; "Gemt" is shown only after the service returned (it is durable then)."""
        try:
            entry = self._register(mode, choice)
        except VejviserError as exc:
            self.finish.show_error(describe(exc))  # the panel keeps what was chosen and typed
            return
        self._leave_finish()
        self.show_last()
        done = {
            FINISH: self.tr("Saved: %1"),
            MANUAL: self.tr("Saved: %1"),
            CORRECT: self.tr("Correction saved: %1"),
        }[mode]
        self.host.note(done.replace("%1", entry_text(entry)))

    def _register(self, mode: str, choice: FinishChoice) -> LogEntry:
        c = choice
        if mode == CORRECT:
            return self.service.correct_last(
                c.outcome, c.citizen_type, c.referral_target, c.stuck_solution, c.note
            )
        if mode == MANUAL:
            return self.service.register_manual(
                timedelta(minutes=c.minutes),
                c.channel,
                c.outcome,
                c.citizen_type,
                c.referral_target,
                c.stuck_solution,
                c.note,
                served_municipality=self.service.caller,
                authority=c.authority,
            )
        return self.service.finish(
            c.outcome,
            c.citizen_type,
            c.referral_target,
            c.stuck_solution,
            c.note,
            authority=c.authority,
        )

    def _discard(self) -> None:
        self.controller.discard()
        self.host.note(self.tr("The contact was discarded without a registration."))

    def undo_last(self) -> None:
        try:
            self.service.undo_last()
        except VejviserError as exc:
            self.host.show_error_text(describe(exc))
            return
        self.host.note(self.tr("The last registration was undone."))

    def show_today(self) -> None:
        self.today.show_day(self.service.today())
        self._open_page(self.today, self.today.manual)
