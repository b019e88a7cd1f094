"""``run_gui()``: the QApplication, translation, theme, the AppContext and the main window."""

from __future__ import annotations

import gc
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.errors import VejviserError
from desktop.core.paths import profile_root
from desktop.services.control import ControlError, another_instance_running, ask_to_show

from ..kit import i18n, icons, theme
from .login import LoginDialog
from .prefs import PrefsStore, UiPrefs
from .window import MainWindow

if TYPE_CHECKING:
    from desktop.app import AppContext

log = logging.getLogger("vejviser.ui")


class _ShowBridge(QObject):
    """The control channel asks to show the window from its own thread; the signal brings
    the request to the UI thread."""

    requested = Signal()


class VejviserApp:
    """Owns the window. Rebuilds it when the language changes or a login switches to
    another server or municipality (views are built for one workspace and one language)."""

    def __init__(self, qapp: QApplication, context: AppContext) -> None:
        self.qapp = qapp
        self.context = context
        self.store = PrefsStore(context.root)
        self.prefs: UiPrefs = self.store.load()
        self.window: MainWindow | None = None
        self._show = _ShowBridge()
        self._show.requested.connect(self.show_window)
        i18n.install_translator(qapp, self.prefs.language)
        theme.apply_theme(qapp, self.prefs.theme, self.prefs.text_size)
        qapp.setWindowIcon(icons.app_icon())

    def serve_control(self) -> bool:
        """Serve the local control channel (``vejviser contact …``, a second start asking to
        be shown). False when another Vejviser already serves this profile."""
        try:
            self.context.start_control(self._show.requested.emit)
        except ControlError as exc:
            log.info("control channel not started: %s", exc.code)
            return exc.code != "running"
        except OSError:  # e.g. no local sockets here: run without the control channel
            log.exception("control channel not started")
        return True

    def show_window(self) -> None:
        """Bring the window forward (a second start of the app asked for it)."""
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def login_first(self) -> bool:
        """First run (no profile yet): the login dialog before anything else."""
        if self.context.workspace is not None:
            return True
        dialog = LoginDialog(self.context)
        return (
            dialog.exec() == LoginDialog.DialogCode.Accepted and self.context.workspace is not None
        )

    def build_window(self, show_settings: bool = False) -> MainWindow:
        old = self.window
        window = MainWindow(self.context, self.prefs)
        window.prefs_changed.connect(self.change_prefs)
        window.workspace_changed.connect(lambda: self.rebuild())
        if old is not None:
            window.setGeometry(old.geometry())
            old.sync.stop()
            old.close()
            if old.ops.busy:  # let a running sync finish before its window goes
                old.ops.idle.connect(old.deleteLater)
            else:
                old.deleteLater()
        else:
            geometry = self.store.geometry()
            if geometry is None or not window.restoreGeometry(geometry):
                window.resize(1280, 800)
        self.window = window
        if show_settings:
            window.show_settings()
        return window

    def start(self) -> bool:
        if not self.login_first():
            return False
        window = self.build_window()
        window.show()
        window.start()
        return True

    def rebuild(self, show_settings: bool = False) -> MainWindow:
        window = self.build_window(show_settings)
        window.show()
        window.start()
        return window

    def change_prefs(self, prefs: UiPrefs) -> None:
        old = self.prefs
        self.prefs = prefs
        self.store.save(prefs)
        if (prefs.theme, prefs.text_size) != (old.theme, old.text_size):
            theme.apply_theme(self.qapp, prefs.theme, prefs.text_size)
        if prefs.language != old.language:
            i18n.install_translator(self.qapp, prefs.language)
            self.rebuild(show_settings=True)

    def shutdown(self) -> None:
        if self.window is not None:
            self.store.save_geometry(self.window.saveGeometry())
            self.window.sync.stop()
            self.window.hide()
        QThreadPool.globalInstance().waitForDone(5000)
        self.context.close()


def make_qapp() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Vejviser")
    app.setOrganizationName("Vejviser")
    app.setApplicationDisplayName("Vejviser")
    return app


def run_gui(context: AppContext | None = None) -> int:
    """Run the GUI; ``context`` is an already built (e.g. logged-in demo) application."""
    from desktop.app import AppContext, setup_logging

    root = context.root if context is not None else profile_root()
    if another_instance_running(root):  # one Vejviser per profile: bring that one forward
        log.info("another instance runs; asking it to show its window")
        ask_to_show(root)
        return 0
    qapp = make_qapp()
    if context is None:
        try:
            context = AppContext()
        except VejviserError as exc:
            QMessageBox.critical(None, "Vejviser", exc.message)
            return 1
    setup_logging(context.root)
    gc.freeze()  # loaded cache and index live as long as the app: shorter GC pauses
    controller = VejviserApp(qapp, context)
    if not controller.serve_control():  # started at the same moment as another one
        ask_to_show(root)
        controller.shutdown()
        return 0
    if context.workspace is None:
        gc.enable()  # first run: the login dialog and its sync, not the fast path
    if not controller.start():
        controller.shutdown()
        return 0
    gc.freeze()  # and the window; the launcher may have paused the collector for the start
    gc.enable()
    code = qapp.exec()
    controller.shutdown()
    return int(code)
