"""The SMS and e-mail templates: sender, signature and wording, with the placeholders; the
history of saved versions is one click away. Every change is kept on this computer after a
short pause until it is saved or discarded (one copy per municipality)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.admin import AdminService
from sync_server.protocol import TEMPLATE_PLACEHOLDERS, MessageTemplates

from ..kit.widgets import button, label
from .guides.editor_parts import area_text, line
from .kept_note import KeptNote, LocalCopy


class TemplatesPage(QWidget):
    save_requested = Signal(object)  # dict for MessageTemplates
    history_requested = Signal()

    LINES = ("sender_name", "sms_sender", "reply_to", "mail_subject")
    TEXTS = ("signature", "sms_text", "mail_text")

    def __init__(self, admin: AdminService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.revision = 0
        self.admin = admin
        self.server: MessageTemplates | None = None  # as the server last answered them
        self.copy = LocalCopy(admin, self._key, self.data, lambda: self.revision, self)
        self.setAccessibleName(self.tr("Templates"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(label(self.tr("Messages to citizens"), "title"))
        self.kept = KeptNote()
        self.kept.discard_requested.connect(self.discard_local)
        layout.addWidget(self.kept)
        layout.addWidget(
            label(
                self.tr("Placeholders: %1").replace(
                    "%1", " ".join("{" + p + "}" for p in TEMPLATE_PLACEHOLDERS)
                ),
                "small",
            )
        )
        names = {
            "sender_name": self.tr("Sender name"),
            "sms_sender": self.tr("SMS sender (at most 11 characters)"),
            "reply_to": self.tr("Reply-to e-mail address"),
            "mail_subject": self.tr("E-mail subject"),
            "signature": self.tr("Signature"),
            "sms_text": self.tr("SMS text"),
            "mail_text": self.tr("E-mail text"),
        }
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key in (*self.LINES, *self.TEXTS):
            layout.addWidget(label(names[key], "small"))
            edit: QLineEdit | QPlainTextEdit = (
                line("", names[key]) if key in self.LINES else area_text("", names[key], 100)
            )
            edit.setObjectName(f"template_{key}")
            edit.textChanged.connect(self.copy.edited)
            self.edits[key] = edit
            layout.addWidget(edit)
        self.error = label("", "error")
        self.error.setObjectName("templates_error")
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.history = button(
            self.tr("History"), icon="history", on_click=self.history_requested.emit
        )
        self.history.setObjectName("templates_history")
        self.save = button(self.tr("Save templates"), role="primary", on_click=self._save)
        self.save.setObjectName("save_templates")
        row.addWidget(self.history)
        row.addStretch(1)
        row.addWidget(self.save)
        layout.addLayout(row)
        layout.addStretch(1)
        scroll.setWidget(holder)
        outer.addWidget(scroll)

    def show_templates(self, templates: MessageTemplates) -> None:
        """The server's templates, or the changes to them kept on this computer (based on
        the version they began from: if someone saved since, saving asks to merge)."""
        self.copy.flush()  # a change still waiting for the pause is kept first
        self.server = templates
        kept = self.copy.kept()
        with self.copy.loading():
            self.load(kept.data if kept is not None else templates.model_dump())
        if kept is not None:
            self.kept.show_from(kept.saved_at)
        else:
            self.kept.hide()

    # -- the copy kept on this computer -------------------------------------------------------
    def _key(self) -> str:
        assert self.admin is not None
        return self.admin.form_key("templates")

    def forget_local(self) -> None:
        """The kept copy is saved or no longer wanted."""
        self.kept.hide()
        self.copy.discard()

    def discard_local(self) -> None:
        """The note's "Discard": back to the server's templates."""
        self.forget_local()
        if self.server is not None:
            self.show_templates(self.server)
        self.edits["sender_name"].setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self.copy.flush()  # leaving the page or closing the window
        super().hideEvent(event)

    def load(self, data: dict[str, Any]) -> None:
        """Fill the editor with ``data`` (its ``revision``: what the next save is based on)."""
        self.revision = int(data.get("revision") or 0)
        self.error.hide()
        for key, edit in self.edits.items():
            value = str(data.get(key) or "")
            if isinstance(edit, QLineEdit):
                edit.setText(value)
            else:
                edit.setPlainText(value)

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"revision": self.revision}
        for key, edit in self.edits.items():
            text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            out[key] = text.strip() or None
        return out

    def show_error_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _save(self) -> None:
        self.error.hide()
        self.copy.flush()
        self.save_requested.emit(self.data())
