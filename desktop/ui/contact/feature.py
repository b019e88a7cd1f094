"""The contact and messaging screens in the main window: the timer bar, the finish panel, the
last registration strip, the "I dag" page, the start-up question about an unfinished contact
and "Send til borger". It routes between them; the rules live in the services."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from desktop.core.errors import VejviserError
from desktop.services.contact import ContactEvent, ContactState, ContactStatus, LogEntry
from sync_server.protocol import Guide, MessageState

from ..kit.errors import describe
from ..kit.labels import minutes_text
from ..messaging.message_status import MessageWatcher, state_text
from ..messaging.send_dialog import SendDialog
from .controller import ContactController
from .finish_page import CORRECT, FINISH, MANUAL, FinishChoice, FinishPage
from .last_registration_band import LastRegistrationBand
from .recovery_dialog import DISCARD, RESUME, RecoveryDialog
from .recovery_dialog import FINISH as RECOVER_FINISH
from .timer_band import TimerBand
from .today_page import TodayPage, entry_text

log = logging.getLogger("vejviser.ui")


class ContactUi(QObject):
    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.window = window
        workspace = window.workspace
        self.service = workspace.contact
        self.messaging = workspace.messaging
        self.lookup = workspace.lookup
        self.controller = ContactController(self.service, self)
        self.watcher = MessageWatcher(self.messaging, window.ops, self)
        self.bar = TimerBand()
        self.strip = LastRegistrationBand()
        self.finish = FinishPage()
        self.today = TodayPage()
        self.send_dialog: SendDialog | None = None
        self._previous: QWidget | None = None
        layout = window.shell.layout()
        layout.insertWidget(1, self.bar)
        layout.insertWidget(2, self.strip)
        window.detail.addWidget(self.finish)
        window.detail.addWidget(self.today)
        self._connect()
        self.update_bar()
        self.refresh_today()
        self.show_last()  # still correctable after a restart

    def _connect(self) -> None:
        c, bar = self.controller, self.bar
        c.changed.connect(self._changed)
        c.ticked.connect(bar.show_time)
        c.problem.connect(self.window.show_error_text)
        c.noted.connect(self.window.note)
        bar.start_requested.connect(c.start)
        bar.stop_requested.connect(c.stop)
        bar.pause_requested.connect(c.toggle_pause)
        bar.finish_requested.connect(self.show_finish)
        bar.send_requested.connect(self.send_to_citizen)
        bar.today_requested.connect(self.show_today)
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
        self.watcher.state_changed.connect(self._message_state)

    # -- the window's hooks -----------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.bar.set_mode(mode)
        self.strip.set_compact(mode == "compact")

    def shutdown(self) -> None:
        self.controller.detach()
        self.watcher.detach()

    def search_started(self) -> None:
        if self.controller.state is ContactState.IDLE:
            self.controller.on_search_started()

    def ask_recovery(self) -> RecoveryDialog | None:
        """At start-up: ask what to do with a contact left unfinished (crash, restart)."""
        status = self.service.recover()
        if status is None:
            return None
        dialog = RecoveryDialog(status, self.window)
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
                self.window.note(self.tr("The unfinished contact was discarded."))
        except VejviserError as exc:
            self.window.show_error_text(describe(exc))

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

    def refresh_today(self) -> None:
        summary = self.service.today()
        self.bar.set_today(summary.count, minutes_text(summary.active_seconds))
        if self.window.detail.currentWidget() is self.today:
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
        current = self.window.detail.currentWidget()
        if current not in (self.finish, self.today):
            self._previous = current
        self.window.detail.setCurrentWidget(page)
        self.window.shell.show_detail()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finishing(self) -> bool:
        return self.window.detail.currentWidget() is self.finish and self.finish.mode == FINISH

    def _leave_finish(self) -> None:
        if self.window.detail.currentWidget() not in (self.finish, self.today):
            return
        previous = self._previous
        if previous is not None and previous is not self.window.welcome:
            self.window.detail.setCurrentWidget(previous)
        else:
            self.window.show_start()

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
            self.window.show_error_text(self.tr("The last registration can no longer be changed."))
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
        self.window.note(done.replace("%1", entry_text(entry)))

    def _register(self, mode: str, choice: FinishChoice) -> LogEntry:
        fields = {
            "outcome": choice.outcome,
            "citizen_type": choice.citizen_type,
            "referral_target": choice.referral_target,
            "stuck_solution": choice.stuck_solution,
            "note": choice.note,
        }
        if mode == CORRECT:
            return self.service.correct_last(**fields)
        if mode == MANUAL:
            return self.service.register_manual(
                timedelta(minutes=choice.minutes), choice.channel, **fields
            )
        return self.service.finish(**fields)

    def _discard(self) -> None:
        self.controller.discard()
        self.window.note(self.tr("The contact was discarded without a registration."))

    def undo_last(self) -> None:
        try:
            self.service.undo_last()
        except VejviserError as exc:
            self.window.show_error_text(describe(exc))
            return
        self.window.note(self.tr("The last registration was undone."))

    def show_today(self) -> None:
        self.today.show_day(self.service.today())
        self._open_page(self.today, self.today.manual)

    # -- sending to the citizen -------------------------------------------------------------
    def guide_to_send(self) -> Guide | None:
        """The guide on screen; else the last guide opened during the running contact."""
        guide_view = self.window.guide
        if guide_view.guide is not None and self.window.detail.currentWidget() is guide_view:
            return guide_view.guide
        status = self.controller.refresh()
        for guide_id in reversed(status.guide_ids):
            guide = self.lookup.guide(guide_id)
            if guide is not None:
                return guide
        return guide_view.guide

    def send_to_citizen(self, guide: Guide | None = None) -> SendDialog | None:
        guide = guide or self.guide_to_send()
        if guide is None:
            self.window.note(self.tr("Open a guide first; then send it to the citizen."))
            return None
        if self.send_dialog is not None:
            self.send_dialog.close()
        dialog = SendDialog(self.messaging, guide, self.window.ops, self.window)
        dialog.sent.connect(self._sent)
        dialog.destroyed.connect(lambda _o=None: self._dialog_gone(dialog))
        self.send_dialog = dialog
        if self.window.shell.compact:
            dialog.resize(self.window.width(), self.window.height())
        else:
            dialog.resize(min(640, self.window.width() - 40), min(760, self.window.height() - 40))
        dialog.open()
        return dialog

    def _dialog_gone(self, dialog: SendDialog) -> None:
        if self.send_dialog is dialog:
            self.send_dialog = None

    def _sent(self, state: MessageState) -> None:
        self.watcher.watch()
        self.window.note(self.tr("Sent to the citizen: %1").replace("%1", state_text(state, False)))
        self._message_state(state)

    def _message_state(self, state: MessageState) -> None:
        dialog = self.send_dialog
        if dialog is not None:
            try:
                dialog.show_state(state)
            except RuntimeError:
                self.send_dialog = None
        self.window.refresh_guide_messages()
        self.update_bar()
