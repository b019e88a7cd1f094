"""The municipality's accounts: list, create (username, name, role, password), change role,
reset the password (a new one shown once) and deactivate (its tokens stop at once)."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from sync_server.protocol import Role, UserAccount

from ..kit.list_model import ListRow, RowListView
from ..kit.widgets import button, card, label
from .guides.editor_parts import line
from .labels import role_name

WORDS = "abcdefghjkmnpqrstuvwxyz23456789"


def temporary_password() -> str:
    """Four groups of four (no look-alike characters): easy to read aloud, 16 characters."""
    return "-".join("".join(secrets.choice(WORDS) for _ in range(4)) for _ in range(4))


class UsersSection(QWidget):
    open_requested = Signal(object)  # ListRow
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users: list[UserAccount] = []
        self.setAccessibleName(self.tr("Users"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Users"), "heading"), 1)
        self.new_button = button(self.tr("New user"), icon="add", on_click=self.new_requested.emit)
        self.new_button.setObjectName("new_user")
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.list = RowListView(self.tr("Users"))
        self.list.activated_row.connect(self.open_requested.emit)
        layout.addWidget(self.list, 1)

    def show_users(self, users: list[UserAccount]) -> None:
        self.users = users
        self.list.set_rows(
            [
                ListRow(
                    "user",
                    str(user.id),
                    user.display_name,
                    f"{user.username} · {role_name(user.role.value)}",
                    "" if user.active else self.tr("Deactivated"),
                )
                for user in users
            ]
        )

    def user(self, key: str) -> UserAccount | None:
        return next((u for u in self.users if str(u.id) == key), None)


class UserPage(QWidget):
    create_requested = Signal(str, str, object, str)  # username, name, Role, password
    role_requested = Signal(int, object)  # user id, Role
    reset_requested = Signal(int)  # user id (the server makes the password)
    deactivate_requested = Signal(int)  # user id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user: UserAccount | None = None
        self.setAccessibleName(self.tr("User"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = label(self.tr("New user"), "title")
        layout.addWidget(self.heading)
        self.username = line("", self.tr("Username"))
        self.username.setObjectName("user_username")
        self.display_name = line("", self.tr("Full name"))
        self.display_name.setObjectName("user_name")
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        self.role.setMinimumHeight(44)
        for role in (Role.AGENT, Role.ADMIN, Role.MANAGER):
            self.role.addItem(role_name(role.value), role)
        for text, widget in (
            (self.tr("Username"), self.username),
            (self.tr("Full name"), self.display_name),
            (self.tr("Role"), self.role),
        ):
            layout.addWidget(label(text, "small"))
            layout.addWidget(widget)
        self.password_card, inner = card(self.tr("Password"))
        self.password = label("", "heading", selectable=True)
        self.password.setObjectName("user_password")
        inner.addWidget(
            label(
                self.tr(
                    "Give the user this password; it is shown only now. "
                    "They choose their own at the next login."
                ),
                "small",
            )
        )
        inner.addWidget(self.password)
        self.password_card.hide()
        layout.addWidget(self.password_card)
        row = QHBoxLayout()
        self.create_button = button(
            self.tr("Create user"), icon="add", role="primary", on_click=self._create
        )
        self.create_button.setObjectName("create_user")
        self.change_role = button(self.tr("Change role"), on_click=self._role)
        self.reset = button(self.tr("Reset password"), on_click=self._reset)
        self.deactivate = button(self.tr("Deactivate"), icon="delete", on_click=self._deactivate)
        for action in (self.create_button, self.change_role, self.reset, self.deactivate):
            row.addWidget(action)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_new(self) -> None:
        self.user = None
        self.heading.setText(self.tr("New user"))
        for edit in (self.username, self.display_name):
            edit.clear()
            edit.setReadOnly(False)
        self.role.setCurrentIndex(0)
        self.password_card.hide()
        self.create_button.show()
        for widget in (self.change_role, self.reset, self.deactivate):
            widget.hide()

    def show_user(self, user: UserAccount) -> None:
        self.user = user
        self.heading.setText(user.display_name)
        self.username.setText(user.username)
        self.display_name.setText(user.display_name)
        for edit in (self.username, self.display_name):
            edit.setReadOnly(True)
        self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
        self.password_card.hide()
        self.create_button.hide()
        for widget in (self.change_role, self.reset, self.deactivate):
            widget.show()
        self.deactivate.setEnabled(user.active)

    def show_password(self, password: str) -> None:
        self.password.setText(password)
        self.password_card.show()

    def _create(self) -> None:
        password = temporary_password()
        self.show_password(password)
        self.create_requested.emit(
            self.username.text(), self.display_name.text(), self.role.currentData(), password
        )

    def _role(self) -> None:
        if self.user is not None:
            self.role_requested.emit(self.user.id, self.role.currentData())

    def _reset(self) -> None:
        if self.user is not None:
            self.reset_requested.emit(self.user.id)

    def _deactivate(self) -> None:
        if self.user is not None:
            self.deactivate_requested.emit(self.user.id)
