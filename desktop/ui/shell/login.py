"""The login dialog: server, municipality code, user name, password and "Husk mig".

The login call runs off the UI thread; its errors appear inline in the dialog, in words the
user can act on. Without a keyring the dialog says plainly that the login lasts for this
session only (cached guides stay usable either way).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.session import LoginResult

from ..kit import icons
from ..kit.errors import describe
from ..kit.widgets import button, label, polish
from ..kit.worker import Operations

if TYPE_CHECKING:
    from desktop.app import AppContext


class LoginDialog(QDialog):
    """Emits ``logged_in(LoginResult)`` and closes when the server accepted the login."""

    logged_in = Signal(object)

    def __init__(
        self, context: AppContext, reason: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.result_info: LoginResult | None = None
        self.setWindowTitle(self.tr("Log in – Vejviser"))
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName(self.tr("Log in"))
        self.setMinimumWidth(360)
        self.resize(520, 700)
        self.ops = Operations(self._show_error, self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Login form"))
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(6)

        layout.addWidget(label(self.tr("Log in to Vejviser"), "title"))
        layout.addWidget(
            label(self.tr("Use the account your municipality has created for you."), "muted")
        )
        self.reason = label(reason or "", "error")
        self.reason.setVisible(bool(reason))
        layout.addWidget(self.reason)
        layout.addSpacing(8)

        profile = context.session.profile
        self.server = self._field(
            layout, self.tr("Server address"), self.tr("e.g. https://vejviser.kommune.dk")
        )
        self.server.setText(profile.server_url)
        self.municipality = self._field(layout, self.tr("Municipality code"), self.tr("e.g. 101"))
        self.municipality.setValidator(QRegularExpressionValidator(r"\d{0,4}", self))
        self.municipality.setText(profile.municipality)
        self.username = self._field(layout, self.tr("User name"), "")
        self.username.setText(profile.username)
        self.password = self._field(layout, self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.remember.setAccessibleName(self.tr("Remember me on this computer"))
        self.remember.setChecked(profile.remember)
        layout.addWidget(self.remember)
        self.keyring_note = label(
            self.tr(
                "This computer has no keyring, so your login is kept for this session only: "
                "you log in again next time you start Vejviser. Saved guides can still be used."
            ),
            "muted",
        )
        if not context.session.keyring_available:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
        else:
            self.keyring_note.hide()
        layout.addWidget(self.keyring_note)

        self.error = label("", "error")
        self.error.setAccessibleName(self.tr("Login error"))
        self.error.hide()
        layout.addWidget(self.error)
        self.progress = label(self.tr("Logging in …"), "muted")
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 8, 24, 16)
        cancel_text = (
            self.tr("Use saved guides") if context.workspace is not None else self.tr("Cancel")
        )
        self.cancel_button = button(cancel_text, on_click=self.reject)
        self.login_button = button(
            self.tr("Log in"), role="primary", icon="login", on_click=self.submit
        )
        self.login_button.setDefault(True)
        self.login_button.setAutoDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        outer.addLayout(buttons)

        for field in (self.server, self.municipality, self.username, self.password):
            field.returnPressed.connect(self.submit)
        first_empty = next(
            (f for f in (self.server, self.municipality, self.username) if not f.text()),
            self.password,
        )
        first_empty.setFocus()
        QWidget.setTabOrder(self.server, self.municipality)
        QWidget.setTabOrder(self.municipality, self.username)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.remember)
        QWidget.setTabOrder(self.remember, self.login_button)
        QWidget.setTabOrder(self.login_button, self.cancel_button)

    def _field(self, layout: QVBoxLayout, caption: str, placeholder: str) -> QLineEdit:
        caption_label = label(caption, "field")
        field = QLineEdit()
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(caption)
        caption_label.setBuddy(field)
        layout.addWidget(caption_label)
        layout.addWidget(field)
        layout.addSpacing(4)
        return field

    # -- actions ----------------------------------------------------------------------
    def submit(self) -> None:
        if self.ops.busy:
            return
        values = (
            self.server.text(),
            self.municipality.text(),
            self.username.text(),
            self.password.text(),
            self.remember.isChecked(),
        )
        self._set_busy(True)
        self.ops.run(
            lambda: self.context.session.login(*values),
            on_done=self._logged_in,
            on_error=self._show_error,
        )

    def _logged_in(self, result: LoginResult) -> None:
        self._set_busy(False)
        self.context.after_login()
        self.result_info = result
        self.password.clear()
        self.logged_in.emit(result)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.server, self.municipality, self.username, self.password):
            widget.setReadOnly(busy)
        self.login_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.error.hide()

    def message_for(self, exc: BaseException) -> str:
        code = getattr(exc, "code", "")
        if code == "invalid_credentials":
            return self.tr("Wrong user name or password. Check them and try again.")
        if code == "unknown_municipality":
            return self.tr(
                "Municipality %1 is not on this server. Check the municipality code."
            ).replace("%1", self.municipality.text().strip())
        if code == "unreachable":
            text = self.tr(
                "Vejviser cannot reach the server. Check the address and the network connection."
            )
            if self.context.workspace is not None:
                text += " " + self.tr("You can keep using the saved guides meanwhile.")
            return text
        if code in ("token_expired", "token_revoked", "invalid_token"):
            return self.tr("Your login has expired. Log in again.")
        return describe(exc)

    def _show_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(self.message_for(exc))
        self.error.setAccessibleDescription(self.error.text())
        self.error.show()
        polish(self.error)
        target = {
            "unknown_municipality": self.municipality,
            "municipality_invalid": self.municipality,
            "server_missing": self.server,
            "unreachable": self.server,
            "username_invalid": self.username,
        }.get(getattr(exc, "code", ""), self.password)
        target.setFocus()
        target.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.ops.busy:
            return  # wait for the answer rather than leave a login half done
        super().keyPressEvent(event)
