"""At start-up: a contact was still being timed when Vejviser stopped (a crash or a restart).
Continue it (it keeps its start time), finish it now, or discard it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desktop.services.contact import ContactState, ContactStatus

from ..kit import icons
from ..kit.labels import channel_label, duration_text
from ..kit.widgets import button, label

RESUME, FINISH, DISCARD = "resume", "finish", "discard"


class RecoveryDialog(QDialog):
    def __init__(self, status: ContactStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Unfinished contact"))
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName(self.tr("Unfinished contact"))
        self.setMinimumWidth(340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("A contact was not finished"), "title"))
        started = status.started_at.astimezone().strftime("%H:%M") if status.started_at else "?"
        details = (
            self.tr(
                "Vejviser was closed while a contact was timed: started at %1 (%2, %3), "
                "active time so far %4."
            )
            .replace("%1", started)
            .replace("%2", channel_label(status.channel))
            .replace("%3", status.location or "")
            .replace("%4", duration_text(status.active_seconds))
        )
        self.details = label(details, "body")
        layout.addWidget(self.details)
        layout.addWidget(label(self.tr("What would you like to do?"), "field"))
        waiting = status.state is ContactState.STOPPED
        self.resume_button = button(
            self.tr("Continue the contact"),
            icon="play",
            role="primary",
            on_click=lambda: self._choose(RESUME),
        )
        self.resume_button.setObjectName("recover_resume")
        self.resume_button.setVisible(not waiting)
        self.finish_button = button(
            self.tr("Finish it now"),
            icon="check",
            role="primary" if waiting else None,
            on_click=lambda: self._choose(FINISH),
        )
        self.finish_button.setObjectName("recover_finish")
        self.discard_button = button(
            self.tr("Discard it"), icon="delete", on_click=lambda: self._choose(DISCARD)
        )
        self.discard_button.setObjectName("recover_discard")
        for widget in (self.resume_button, self.finish_button, self.discard_button):
            layout.addWidget(widget)
        (self.finish_button if waiting else self.resume_button).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        """Closing the question decides nothing: the contact stays as it is."""
        self.choice = None
        super().reject()
