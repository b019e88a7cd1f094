"""Feedback on a guide: kind (fejl / forældet / forslag) and a text.

The service checks the text (e.g. refuses CPR numbers); its message appears inline and the
text stays, so the user only has to remove the number. Sent feedback waits in the outbox
until the next sync.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.errors import VejviserError
from desktop.services.feedback import FeedbackService
from sync_server.protocol import FeedbackIn, FeedbackKind, Guide

from ..kit import icons
from ..kit.errors import describe
from ..kit.widgets import CtrlEnter, SegmentedControl, button, label, polish, shortcut_hint

KINDS = (FeedbackKind.ERROR, FeedbackKind.OUTDATED, FeedbackKind.SUGGESTION)


class FeedbackDialog(QDialog):
    def __init__(
        self, feedback: FeedbackService, guide: Guide, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = feedback
        self.guide = guide
        self.sent: FeedbackIn | None = None
        self.setWindowTitle(self.tr("Give feedback – %1").replace("%1", guide.title))
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName(self.tr("Give feedback"))
        self.setMinimumWidth(340)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Give feedback"), "title"))
        layout.addWidget(
            label(
                self.tr("On »%1«. The guide's editors in your municipality read it.").replace(
                    "%1", guide.title
                ),
                "muted",
            )
        )
        layout.addWidget(label(self.tr("What is it about?"), "field"))
        self.kind = SegmentedControl(
            [self.tr("Error"), self.tr("Outdated"), self.tr("Suggestion")],
            self.tr("Kind of feedback"),
        )
        for item, hint in zip(
            self.kind.buttons,
            (
                self.tr("Something in the guide is wrong"),
                self.tr("The guide no longer matches the solution or the rules"),
                self.tr("An idea that would make the guide better"),
            ),
            strict=True,
        ):
            item.setToolTip(hint)
        layout.addWidget(self.kind)

        caption = label(self.tr("Your feedback"), "field")
        layout.addWidget(caption)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Your feedback"))
        self.text.setPlaceholderText(
            self.tr(
                "Describe what should be changed. Never write CPR numbers or names of citizens."
            )
        )
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(140)
        caption.setBuddy(self.text)
        layout.addWidget(self.text, 1)

        self.error = label("", "error")
        self.error.setAccessibleName(self.tr("Feedback error"))
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.cancel_button = button(self.tr("Cancel"), on_click=self.reject)
        self.send_button = button(
            self.tr("Send feedback"),
            role="primary",
            tooltip=shortcut_hint(self.tr("Send feedback"), "Ctrl+Return"),
            on_click=self.send,
        )
        self.send_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.send)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.send)
        CtrlEnter(self.text, self.send)  # the edit would take Ctrl+Return itself

        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        QWidget.setTabOrder(self.kind.buttons[-1], self.text)
        QWidget.setTabOrder(self.text, self.send_button)
        QWidget.setTabOrder(self.send_button, self.cancel_button)

    def kind_value(self) -> FeedbackKind:
        return KINDS[max(0, self.kind.current())]

    def send(self) -> None:
        try:
            self.sent = self.service.send(
                self.guide.id,
                self.guide.revision,
                self.kind_value(),
                self.text.toPlainText(),
                self.guide.municipality,
            )
        except VejviserError as exc:
            self.show_error(describe(exc))
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleDescription(text)
        self.error.show()
        polish(self.error)
        self.text.setFocus()
