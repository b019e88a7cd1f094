"""The main window: the frame and the install loop. The features of the user's role (the table
in ``features.py``) install their sections, pages, bands, settings cards and shortcuts through
the :class:`~desktop.ui.shell.host.Host`; the window owns only what every role has — the title
bar, the message band, the status band and sync, the start and settings pages, login and
logout. No business rules here, and no feature's internals."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from desktop.app import AppContext, Workspace
from desktop.services.session import LoginResult
from desktop.sync.engine import SyncReport
from sync_server.protocol import Role

from ..kit import icons
from ..kit.errors import describe
from ..kit.widgets import MessageBar
from ..kit.worker import Operations
from .features import features_for
from .frame import Frame
from .host import Band, Changes, Feature, Host, Shortcut
from .login import LoginDialog
from .municipality_card import MunicipalityCard
from .prefs import UiPrefs
from .settings_page import SettingsPage
from .status_band import StatusBand
from .sync_controller import LOGGED_OUT, ONLINE, SyncController
from .welcome import welcome_page

log = logging.getLogger("vejviser.ui")
translate = QCoreApplication.translate
NOTE_MS = 4000
F = TypeVar("F", bound=Feature)


def role_of(workspace: Workspace) -> Role:
    """The profile's role; an unknown one gets what every role gets."""
    try:
        return Role(workspace.profile.role)
    except ValueError:
        return Role.AGENT


class MainWindow(QMainWindow):
    prefs_changed = Signal(object)  # UiPrefs
    workspace_changed = Signal()  # logged in elsewhere: the app rebuilds the window

    def __init__(
        self,
        context: AppContext,
        prefs: UiPrefs,
        parent: QWidget | None = None,
        features: Sequence[Feature] | None = None,
    ) -> None:
        """``features``: those to install instead of the role's from the table (tests)."""
        super().__init__(parent)
        if context.workspace is None:
            raise ValueError("the main window needs a logged-in workspace")
        self.context = context
        self.workspace: Workspace = context.workspace
        self.setWindowTitle("Vejviser")
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName(self.tr("Vejviser"))
        self.setMinimumSize(360, 480)
        self.messages = MessageBar()
        self.ops = Operations(self.show_error, self)

        profile = context.session.profile
        subtitle = " · ".join(p for p in (profile.municipality_name, profile.display_name) if p)
        self.frame = Frame(subtitle)
        self.frame.add_band("messages", self.messages, Band.MESSAGES)
        self.settings = SettingsPage(prefs, context.session)
        self.frame.detail.addWidget(self.settings)
        self.status = StatusBand()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.frame, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)

        self.host = Host(
            self,
            self.frame,
            self.workspace,
            context.session,
            self.ops,
            role_of(self.workspace),
            messages=self,
            settings=self.settings,
            back=self.back,
        )
        self.features: list[Feature] = []
        chosen = features_for(self.host.role) if features is None else features
        for feature in chosen:
            feature.setParent(self)
            feature.install(self.host)
            self.features.append(feature)
        # The municipality's settings (admins only; the admin feature takes it over).
        self.municipality_card = MunicipalityCard(context.municipality, self.ops)
        self.host.add_settings_card(self.municipality_card, self.municipality_card.refresh)
        self._own_shortcuts()
        self.welcome = welcome_page(self.host.shortcuts.shortcuts())
        self.frame.set_start_page(self.welcome)

        self.sync = SyncController(context, self.ops, parent=self)
        self._connect()
        self.shortcut_actions = self.host.shortcuts.install(self)
        self._tab_order()
        self.status.set_state(LOGGED_OUT if context.session.token() is None else ONLINE)
        self.refresh_status()
        self.host.go_home()

    def feature(self, kind: type[F]) -> F:
        """The installed feature of this class (for the tour and the tests)."""
        for feature in self.features:
            if isinstance(feature, kind):
                return feature
        raise LookupError(f"{kind.__name__} is not installed for role {self.host.role.value}")

    def _own_shortcuts(self) -> None:
        add = self.host.add_shortcut
        add(Shortcut("sync", ("F5",), translate("Actions", "Sync now")), self.sync_requested)
        add(Shortcut("settings", ("Ctrl+,",), translate("Actions", "Settings")), self.show_settings)
        add(
            Shortcut("back", ("Esc", "Alt+Left"), translate("Actions", "Back / clear the search")),
            self.back,
        )
        add(Shortcut("quit", ("Ctrl+Q",), translate("Actions", "Quit")), self.close)

    def _connect(self) -> None:
        events = self.host.events
        self.frame.detail.currentChanged.connect(
            lambda index: events.page_changed.emit(self.frame.detail.widget(index))
        )
        self.frame.mode_changed.connect(self._mode_changed)
        self.frame.back_requested.connect(self.back)
        self.frame.settings_requested.connect(self.show_settings)
        events.content_changed.connect(self._content_changed)
        self.settings.prefs_changed.connect(self.prefs_changed.emit)
        self.settings.logout_requested.connect(self.logout)
        self.settings.login_requested.connect(lambda: self.open_login())
        self.status.sync_requested.connect(self.sync_requested)
        self.sync.state_changed.connect(self.status.set_state)
        self.sync.state_changed.connect(lambda _s: self.settings.refresh())
        self.sync.synced.connect(self._after_sync)
        self.sync.auth_lost.connect(self._auth_lost)
        self.sync.problem.connect(self.show_error_text)

    def _tab_order(self) -> None:
        """Left to right, top to bottom: bands, sections, pages, status, settings."""
        chain = [*self.host.focus_chain(), self.status.sync_button, self.frame.settings]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _mode_changed(self, mode: str) -> None:
        self.status.set_compact(mode == "compact")
        self.host.events.mode_changed.emit(mode)

    def start(self) -> None:
        """Sync on start and then every few minutes; the window is usable meanwhile. The
        features then start (e.g. a contact left unfinished by a crash is asked about)."""
        if self.context.session.token() is None:
            self._auth_lost(
                self.tr("You are not logged in. The saved guides can be used; log in to sync.")
            )
        self.sync.start()
        self.host.events.started.emit()

    # -- navigation -------------------------------------------------------------------
    def show_start(self) -> None:
        """The start page (welcome and shortcuts) in the detail pane."""
        self.frame.show_start()

    def show_settings(self) -> None:
        self.settings.shown()
        self.frame.open_page(self.settings, self.settings)

    def back(self) -> None:
        """Esc: a feature's own step first (e.g. clearing the search), then back from a page
        on a handheld, then away with a message, else home (the search)."""
        if self.host.run_back_steps():
            return
        if self.frame.compact and self.frame.detail_open:
            self.frame.show_nav()
            section = self.frame.current_section()
            if section is not None:
                section.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.messages.isVisible():
            self.messages.dismiss()
        else:
            self.host.go_home()

    # -- sync, login, logout ------------------------------------------------------------
    def sync_requested(self) -> None:
        """The user asked to sync (button, F5). Logged out, that needs a login first: ask for
        it rather than do nothing (the timer's syncs never ask)."""
        if self.context.session.token() is None:
            self.open_login(self.tr("Log in to sync."))
            return
        self.sync.sync_now()

    def open_login(self, reason: str | None = None) -> LoginDialog:
        dialog = LoginDialog(self.context, reason, self)
        dialog.logged_in.connect(self._logged_in)
        dialog.open()
        return dialog

    def _logged_in(self, result: LoginResult) -> None:
        if self.context.workspace is not self.workspace:
            self.workspace_changed.emit()
            return
        self.messages.dismiss()
        if not result.keyring_available:
            self.note(self.keyring_note(), timeout=False)
        self.settings.refresh()
        self.sync.sync_now()

    def keyring_note(self) -> str:
        return self.tr(
            "This computer has no keyring: your login is kept only while Vejviser is open."
        )

    def logout(self) -> None:
        def done(_result: object) -> None:
            self.sync.sync_now()  # becomes "logged out"
            self.settings.refresh()
            self.note(self.tr("You are logged out. The saved guides can still be used."))

        self.ops.run(self.context.session.logout, on_done=done)

    # -- refreshing -------------------------------------------------------------------
    def _after_sync(self, report: SyncReport) -> None:
        self.refresh_status()
        if report.rejected:
            self.show_error_text(
                self.tr(
                    "%n item(s) were refused by the server and will not be sent. "
                    "The reason is in the log file.",
                    "",
                    report.rejected,
                )
            )
        if report.changes.empty and report.pulled_items == 0:
            return
        self.host.events.content_changed.emit(Changes(content=True))

    def _content_changed(self, changes: Changes) -> None:
        """Something was queued to be sent: count it, and send it now when online."""
        if changes.outbox:
            self.refresh_status()
            if self.sync.state == ONLINE:
                self.sync.sync_now()

    def refresh_status(self) -> None:
        self.status.set_details(self.workspace.last_sync(), self.workspace.pending())

    # -- the one message display ------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        self.show_error_text(describe(exc))

    def show_error_text(self, text: str) -> None:
        log.info("shown to the user: %s", text)
        self.messages.show_message(text, "error")

    def note(self, text: str, timeout: bool = True) -> None:
        self.messages.show_message(text, "info", timeout_ms=NOTE_MS if timeout else None)

    def _auth_lost(self, text: str) -> None:
        self.messages.show_message(
            text, "error", action=(self.tr("Log in"), lambda: self.open_login(text))
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.stop()
        self.host.events.closing.emit()
        super().closeEvent(event)
