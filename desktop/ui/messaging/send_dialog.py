""" "Send til borger": the guide's guidance by SMS or e-mail, through the server.

The recipient is checked as it is typed (shown normalised, "+45 20 12 34 56", or with a clear
Danish error); the text is composed from the guide and the municipality's templates and can
be edited; an SMS shows a live GSM 03.38 counter of characters and parts. Sending runs off
the UI thread. When the server cannot be reached the message is kept in memory only and can
be sent again with the same id ("Prøv igen": the server never sends it twice) or discarded.
A failed message can be edited and sent again; an unconfirmed SMS (handed to the gateway,
its answer lost) is shown with the server's reason and is not offered again: the delivery
report settles it. The recipient is never written to disk.
"""

from __future__ import annotations

from uuid import UUID, uuid4

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.sms import SmsCount, count_sms
from desktop.services.messaging import InvalidRecipient, MessagingService, Recipient
from sync_server.protocol import Guide, MessageChannel, MessageState, MessageStatus

from ..kit import icons
from ..kit.errors import describe
from ..kit.labels import state_text, unconfirmed
from ..kit.widgets import CtrlEnter, SegmentedControl, button, label, polish, shortcut_hint
from ..kit.worker import Operations

CHANNELS = (MessageChannel.SMS, MessageChannel.EMAIL)
EDITING, SENDING, UNREACHED, DONE = "editing", "sending", "unreached", "done"


class SendDialog(QDialog):
    sent = Signal(object)  # MessageState accepted by the server

    def __init__(
        self,
        messaging: MessagingService,
        guide: Guide,
        ops: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.messaging = messaging
        self.guide = guide
        self.ops = ops
        self.phase = EDITING
        self.message_id: UUID | None = None
        self.state: MessageState | None = None
        self.recipient: Recipient | None = None
        self.count: SmsCount | None = None
        self.drafts = {channel: messaging.compose(guide, channel) for channel in CHANNELS}
        self.bodies = {channel: draft.body for channel, draft in self.drafts.items()}
        self.recipients = dict.fromkeys(CHANNELS, "")  # in memory only
        self._shown = MessageChannel.SMS
        self.setWindowTitle(self.tr("Send to citizen – %1").replace("%1", guide.title))
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName(self.tr("Send to citizen"))
        self.setMinimumWidth(340)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        layout.addWidget(label(self.tr("Send to citizen"), "title"))
        layout.addWidget(label(guide.title, "muted"))
        self.channel = SegmentedControl([self.tr("SMS"), self.tr("E-mail")], self.tr("Send by"))
        self.channel.changed.connect(lambda _i: self._channel_changed())
        layout.addWidget(self.channel)

        self.recipient_label = label("", "field")
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setObjectName("recipient")
        self.recipient_label.setBuddy(self.recipient_edit)
        self.recipient_status = label("", "small")
        self.recipient_status.setObjectName("recipient_status")
        self.recipient_edit.textChanged.connect(lambda _t: self._check())
        layout.addWidget(self.recipient_label)
        layout.addWidget(self.recipient_edit)
        layout.addWidget(self.recipient_status)

        self.subject_label = label(self.tr("Subject"), "field")
        self.subject = QLineEdit(self.drafts[MessageChannel.EMAIL].subject or "")
        self.subject.setObjectName("subject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setMaxLength(200)
        self.subject_label.setBuddy(self.subject)
        self.subject.textChanged.connect(lambda _t: self._update())
        layout.addWidget(self.subject_label)
        layout.addWidget(self.subject)

        body_label = label(self.tr("Message"), "field")
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(120)
        body_label.setBuddy(self.body)
        self.body.textChanged.connect(self._body_changed)
        layout.addWidget(body_label)
        layout.addWidget(self.body, 1)
        self.counter = label("", "small")
        self.counter.setObjectName("sms_counter")
        layout.addWidget(self.counter)
        self.hints = label("", "small")
        self.hints.setObjectName("send_hints")
        layout.addWidget(self.hints)

        self.status = label("", "body")
        self.status.setObjectName("send_status")
        self.status.hide()
        layout.addWidget(self.status)
        retry_row = QHBoxLayout()
        self.retry_button = button(
            self.tr("Try again"), icon="sync", role="primary", on_click=self.retry
        )
        self.retry_button.setObjectName("retry")
        self.discard_button = button(self.tr("Discard"), icon="delete", on_click=self.discard)
        self.discard_button.setObjectName("discard_message")
        retry_row.addWidget(self.retry_button)
        retry_row.addWidget(self.discard_button)
        retry_row.addStretch(1)
        layout.addLayout(retry_row)

        buttons = QHBoxLayout()
        self.close_button = button(self.tr("Cancel"), on_click=self.reject)
        self.close_button.setObjectName("send_close")
        self.send_button = button(
            self.tr("Send"),
            icon="send",
            role="primary",
            tooltip=shortcut_hint(self.tr("Send the message"), "Ctrl+Return"),
            on_click=self.send,
        )
        self.send_button.setObjectName("send")
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.send)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.send)
        CtrlEnter(self.body, self.send)  # the edit would take Ctrl+Return itself
        QWidget.setTabOrder(self.channel.buttons[-1], self.recipient_edit)
        QWidget.setTabOrder(self.recipient_edit, self.subject)
        QWidget.setTabOrder(self.subject, self.body)
        QWidget.setTabOrder(self.body, self.send_button)
        self._channel_changed()
        self.recipient_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- editing --------------------------------------------------------------------------
    def channel_value(self) -> MessageChannel:
        return CHANNELS[max(0, self.channel.current())]

    def set_channel(self, channel: MessageChannel) -> None:
        self.channel.set_current(CHANNELS.index(channel))

    def _channel_changed(self) -> None:
        channel = self.channel_value()
        sms = channel is MessageChannel.SMS
        self.recipients[self._shown] = self.recipient_edit.text()
        self._shown = channel
        self.recipient_edit.blockSignals(True)
        self.recipient_edit.setText(self.recipients[channel])
        self.recipient_edit.blockSignals(False)
        self.recipient_label.setText(self.tr("Mobile number") if sms else self.tr("E-mail address"))
        self.recipient_edit.setAccessibleName(self.recipient_label.text())
        self.recipient_edit.setPlaceholderText(
            self.tr("e.g. 20 12 34 56") if sms else self.tr("e.g. name@example.dk")
        )
        self.subject_label.setVisible(not sms)
        self.subject.setVisible(not sms)
        self.counter.setVisible(sms)
        self.body.blockSignals(True)
        self.body.setPlainText(self.bodies[channel])
        self.body.blockSignals(False)
        draft = self.drafts[channel]
        hints = []
        if draft.omitted:
            hints.append(
                self.tr("%n bullet(s) left out to keep the SMS within 3 parts.", "", draft.omitted)
            )
        for note in draft.local_notes:
            hints.append(self.tr("Left out of the message: %1").replace("%1", note.strip("[] ")))
        self.hints.setText("\n".join(hints))
        self.hints.setVisible(bool(hints))
        self._check()
        self._count()

    def _body_changed(self) -> None:
        self.bodies[self.channel_value()] = self.body.toPlainText()
        self._count()
        self._update()

    def _count(self) -> None:
        if self.channel_value() is not MessageChannel.SMS:
            self.count = None
            return
        count = count_sms(self.body.toPlainText())
        self.count = count
        parts = [self.tr("%n character(s)", "", count.characters)]
        if count.parts:
            parts.append(self.tr("%n SMS", "", count.parts))
        parts.append(self.tr("%1 left").replace("%1", str(count.remaining)))
        if count.non_gsm:
            shown = " ".join(dict.fromkeys(count.non_gsm))[:20]
            special = self.tr("special characters (%1) make each SMS shorter")
            parts.append(special.replace("%1", shown))
        if count.warn:
            parts.append(self.tr("long message: consider shortening"))
        text = " · ".join(parts)
        self.counter.setText(text)
        self.counter.setAccessibleName(text)
        self.counter.setToolTip(
            self.tr("%1 encoding, %2 characters per part")
            .replace("%1", count.encoding.value)
            .replace("%2", str(count.per_part))
        )
        self.counter.setProperty("role", "warning" if count.warn else "small")
        polish(self.counter)

    def _check(self) -> None:
        text = self.recipient_edit.text().strip()
        sms = self.channel_value() is MessageChannel.SMS
        self.recipient = None
        if not text:
            hint = (
                self.tr("Enter the citizen's mobile number (Danish numbers without +45).")
                if sms
                else self.tr("Enter the citizen's e-mail address.")
            )
            self._recipient_look(hint, "small")
        else:
            try:
                self.recipient = self.messaging.check_recipient(self.channel_value(), text)
            except InvalidRecipient as exc:
                self._recipient_look(exc.message, "error")
            else:
                self._recipient_look("✓ " + self.recipient.display, "ok")
        self._update()

    def _recipient_look(self, text: str, role: str) -> None:
        self.recipient_status.setText(text)
        self.recipient_status.setAccessibleName(text)
        self.recipient_status.setProperty("role", role)
        polish(self.recipient_status)

    def can_send(self) -> bool:
        if self.phase != EDITING or self.recipient is None:
            return False
        if not self.body.toPlainText().strip():
            return False
        return self.channel_value() is MessageChannel.SMS or bool(self.subject.text().strip())

    def _update(self) -> None:
        editing = self.phase == EDITING
        self.send_button.setEnabled(self.can_send())
        self.send_button.setVisible(self.phase != DONE)
        for widget in (self.recipient_edit, self.subject, self.channel):
            widget.setEnabled(editing)
        self.body.setReadOnly(not editing)
        self.retry_button.setVisible(self.phase == UNREACHED)
        self.discard_button.setVisible(self.phase == UNREACHED)
        self.close_button.setEnabled(self.phase != SENDING)
        done = self.phase == DONE
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))
        self.close_button.setAccessibleName(self.close_button.text())
        self.close_button.setProperty("role", "primary" if done else "")
        polish(self.close_button)

    # -- sending --------------------------------------------------------------------------
    def send(self) -> None:
        if not self.can_send():
            return
        channel = self.channel_value()
        draft = self.drafts[channel].edited(self.body.toPlainText(), self.subject.text())
        recipient = self.recipient_edit.text()
        message_id = uuid4()
        self.message_id = message_id
        self._sending(self.tr("Sending …"))
        self.ops.run(
            lambda: self.messaging.send(draft, recipient, message_id=message_id),
            on_done=self._sent,
            on_error=self._failed,
        )

    def retry(self) -> None:
        if self.phase != UNREACHED or self.message_id is None:
            return
        message_id = self.message_id
        self._sending(self.tr("Trying again …"))
        self.ops.run(lambda: self.messaging.retry(message_id), self._sent, self._failed)

    def discard(self) -> None:
        if self.message_id is not None:
            self.messaging.discard(self.message_id)
        self.message_id = None
        self.phase = EDITING
        self._show_status(self.tr("The message was not sent."), "muted")
        self._update()

    def _sending(self, text: str) -> None:
        self.phase = SENDING
        self._show_status(text, "body")
        self._update()

    def _sent(self, state: MessageState) -> None:
        self.state = state
        if state.status is MessageStatus.FAILED:
            self.phase = EDITING
            self.message_id = None
            reason = state.reason or self.tr("no reason given")
            self._show_status(self.tr("Not sent: %1").replace("%1", reason), "error")
        else:
            self.phase = DONE
            self.show_state(state)
            self.sent.emit(state)
            self.close_button.setFocus()
        self._update()

    def _failed(self, exc: BaseException) -> None:
        kept = self.message_id is not None and self.message_id in self.messaging.pending_ids()
        if kept:
            self.phase = UNREACHED
            text = self.tr(
                "The server cannot be reached, so the message was not sent. "
                "Try again when the connection is back, or discard it."
            )
            if getattr(exc, "code", "") != "unreachable":
                text = describe(exc) + " " + self.tr("Try again, or discard the message.")
            self._show_status(text, "error")
        else:  # refused (e.g. the hourly limit) or unexpected: edit and send again
            self.phase = EDITING
            self.message_id = None
            self._show_status(describe(exc), "error")
        self._update()

    def show_state(self, state: MessageState) -> None:
        """The status of the message sent from here (also later updates)."""
        if self.state is not None and state.id != self.state.id:
            return
        self.state = state
        failed = state.status is MessageStatus.FAILED
        maybe = unconfirmed(state)  # maybe sent: no "send again", wait for the report
        role = "error" if failed else "warning" if maybe else "ok"
        text = state_text(state, with_time=False, with_reason=failed)
        if self.recipient is not None and not failed:
            text = self.tr("%1 to %2").replace("%1", text).replace("%2", self.recipient.display)
        if maybe and state.reason:
            text += f": {state.reason}"
        self._show_status(text, role)

    def _show_status(self, text: str, role: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setProperty("role", role)
        polish(self.status)
        self.status.show()

    def reject(self) -> None:
        if self.phase == SENDING:
            return  # the answer is on its way; closing now would hide the result
        if self.phase == UNREACHED and self.message_id is not None:
            self.messaging.discard(self.message_id)  # forget the recipient with the dialog
        super().reject()

    def done_ok(self) -> bool:
        return self.phase == DONE
