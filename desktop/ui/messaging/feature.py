""" "Send til borger": the send dialog (Ctrl+M, the guide page's and the timer band's buttons)
and the status of sent messages, kept current while it can still change. The rules live in
``MessagingService``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sync_server.protocol import Guide, MessageState

from ..kit.labels import state_text
from ..shell.host import Changes, Feature, Host, Shortcut
from .message_watcher import MessageWatcher
from .send_dialog import SendDialog

translate = QCoreApplication.translate


class MessagingFeature(Feature):
    name = "messaging"

    def install(self, host: Host) -> None:
        self.host = host
        workspace = host.workspace
        self.messaging = workspace.messaging
        self.lookup = workspace.lookup  # the guide to send, fresh from the cache
        self.contact = workspace.contact  # the guides of the running contact
        self.watcher = MessageWatcher(self.messaging, host.ops, self)
        self.send_dialog: SendDialog | None = None
        self._on_screen: Guide | None = None  # the guide the detail pane shows
        self._last: Guide | None = None  # the guide shown last
        host.add_shortcut(
            Shortcut("send", ("Ctrl+M",), translate("Actions", "Send the guide to the citizen")),
            self.send_to_citizen,
        )
        events = host.events
        events.send_requested.connect(self.send_to_citizen)
        events.guide_on_screen.connect(self._guide_on_screen)
        events.started.connect(self._started)
        events.closing.connect(self.watcher.detach)
        self.watcher.state_changed.connect(self._message_state)

    def _started(self) -> None:
        if self.host.session.token() is not None:
            self.host.ops.run(self.messaging.refresh_templates, on_error=lambda _e: None)
            self.watcher.watch()  # an SMS may still wait for its delivery report

    def _guide_on_screen(self, guide: Guide | None) -> None:
        self._on_screen = guide
        if guide is not None:
            self._last = guide

    def guide_to_send(self) -> Guide | None:
        """The guide on screen; else the last guide opened during the running contact; else
        the guide shown last."""
        if self._on_screen is not None:
            return self._on_screen
        for guide_id in reversed(self.contact.status().guide_ids):
            guide = self.lookup.guide(guide_id)
            if guide is not None:
                return guide
        if self._last is not None:
            return self.lookup.guide(self._last.id) or self._last
        return None

    def send_to_citizen(self, guide: Guide | None = None) -> SendDialog | None:
        guide = guide or self.guide_to_send()
        if guide is None:
            self.host.note(self.tr("Open a guide first; then send it to the citizen."))
            return None
        if self.send_dialog is not None:
            self.send_dialog.close()
        window = self.host.window
        dialog = SendDialog(self.messaging, guide, self.host.ops, window)
        dialog.sent.connect(self._sent)
        dialog.destroyed.connect(lambda _o=None: self._dialog_gone(dialog))
        self.send_dialog = dialog
        if self.host.compact:
            dialog.resize(window.width(), window.height())
        else:
            dialog.resize(min(640, window.width() - 40), min(760, window.height() - 40))
        dialog.open()
        return dialog

    def _dialog_gone(self, dialog: SendDialog) -> None:
        if self.send_dialog is dialog:
            self.send_dialog = None

    def _sent(self, state: MessageState) -> None:
        self.watcher.watch()
        self.host.note(self.tr("Sent to the citizen: %1").replace("%1", state_text(state, False)))
        self._message_state(state)

    def _message_state(self, state: MessageState) -> None:
        dialog = self.send_dialog
        if dialog is not None:
            try:
                dialog.show_state(state)
            except RuntimeError:
                self.send_dialog = None
        self.host.events.content_changed.emit(Changes(messages=True))
