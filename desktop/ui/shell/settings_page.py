"""Settings: theme (light, dark, high contrast), text size, language and the account."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QRadioButton, QScrollArea, QVBoxLayout, QWidget

from desktop.services.session import SessionService

from ..kit.widgets import button, card, label
from .prefs import LANGUAGES, TEXT_SIZES, THEMES, UiPrefs


class SettingsPage(QWidget):
    prefs_changed = Signal(object)  # UiPrefs
    logout_requested = Signal()
    login_requested = Signal()

    def __init__(
        self, prefs: UiPrefs, session: SessionService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.session = session
        self.setAccessibleName(self.tr("Settings"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Settings"))
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Settings"), "title"))

        self.theme = self._choices(
            layout,
            self.tr("Theme"),
            THEMES,
            (self.tr("Light"), self.tr("Dark"), self.tr("High contrast")),
            prefs.theme,
        )
        self.text_size = self._choices(
            layout,
            self.tr("Text size"),
            TEXT_SIZES,
            (self.tr("Normal"), self.tr("Large"), self.tr("Larger")),
            prefs.text_size,
        )
        self.language = self._choices(
            layout, self.tr("Language"), LANGUAGES, ("Dansk", "English"), prefs.language
        )

        frame, inner = card(self.tr("Account"))
        inner.addWidget(label(self.tr("Account"), "heading"))
        self.account = label("", "body", selectable=True)
        inner.addWidget(self.account)
        self.logout_button = button(
            self.tr("Log out"), icon="logout", on_click=self.logout_requested.emit
        )
        self.logout_button.setObjectName("logout")
        self.login_button = button(
            self.tr("Log in again"), icon="login", on_click=self.login_requested.emit
        )
        self.login_button.setObjectName("login")
        inner.addWidget(self.logout_button)
        inner.addWidget(self.login_button)
        layout.addWidget(frame)
        layout.addStretch(1)
        self._layout = layout
        self._on_show: list[Callable[[], None]] = []
        self.refresh()

    def add_card(self, card: QWidget, on_show: Callable[[], None] | None = None) -> None:
        """A card of a feature (e.g. contact registration), before the account; ``on_show``
        runs each time the page is shown."""
        self._layout.insertWidget(self._layout.count() - 2, card)
        if on_show is not None:
            self._on_show.append(on_show)

    def shown(self) -> None:
        """The page is about to be shown: everything on it reads what is current."""
        self.refresh()
        for refresh in self._on_show:
            refresh()

    def _choices(
        self,
        layout: QVBoxLayout,
        heading: str,
        values: tuple[str, ...],
        texts: tuple[str, ...],
        current: str,
    ) -> QButtonGroup:
        frame, inner = card(heading)
        inner.addWidget(label(heading, "heading"))
        group = QButtonGroup(self)
        for number, (value, text) in enumerate(zip(values, texts, strict=True)):
            radio = QRadioButton(text)
            radio.setAccessibleName(f"{heading}: {text}")
            radio.setObjectName(f"{heading}-{value}")
            radio.setChecked(value == current)
            group.addButton(radio, number)
            inner.addWidget(radio)
        group.idClicked.connect(lambda _id: self._changed())
        layout.addWidget(frame)
        return group

    def refresh(self) -> None:
        profile = self.session.profile
        if profile.configured:
            text = self.tr("%1 (%2) in %3\nServer: %4")
            for marker, value in (
                ("%1", profile.display_name or profile.username),
                ("%2", profile.username),
                ("%3", profile.municipality_name or profile.municipality),
                ("%4", profile.server_url),
            ):
                text = text.replace(marker, value)
        else:
            text = self.tr("Not logged in.")
        self.account.setText(text)
        self.account.setAccessibleName(text)
        logged_in = self.session.token() is not None
        self.logout_button.setVisible(logged_in)
        self.login_button.setVisible(not logged_in)

    def select(
        self, theme: str | None = None, text_size: str | None = None, language: str | None = None
    ) -> None:
        """Choose values as the user would (used by shortcuts, the tour and tests)."""
        for group, values, value in (
            (self.theme, THEMES, theme),
            (self.text_size, TEXT_SIZES, text_size),
            (self.language, LANGUAGES, language),
        ):
            if value is not None:
                group.button(values.index(value)).setChecked(True)
        self._changed()

    def _changed(self) -> None:
        prefs = replace(
            self.prefs,
            theme=THEMES[max(0, self.theme.checkedId())],
            text_size=TEXT_SIZES[max(0, self.text_size.checkedId())],
            language=LANGUAGES[max(0, self.language.checkedId())],
        )
        if prefs != self.prefs:
            self.prefs = prefs
            self.prefs_changed.emit(prefs)
