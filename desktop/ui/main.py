"""``run_gui()``: the QApplication, translation, theme, the AppContext and the main window."""

from __future__ import annotations

import gc
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.errors import VejviserError

from . import i18n, icons, theme
from .login import LoginDialog
from .main_window import MainWindow
from .prefs import PrefsStore, UiPrefs

if TYPE_CHECKING:
    from desktop.app import AppContext

log = logging.getLogger("vejviser.ui")


class VejviserApp:
    """Owns the window. Rebuilds it when the language changes or a login switches to
    another server or municipality (views are built for one workspace and one language)."""

    def __init__(self, qapp: QApplication, context) -> None:  # type: ignore[no-untyped-def]
        self.qapp = qapp
        self.context = context
        self.store = PrefsStore(context.root)
        self.prefs: UiPrefs = self.store.load()
        self.window: MainWindow | None = None
        i18n.install_translator(qapp, self.prefs.language)
        theme.apply_theme(qapp, self.prefs.theme, self.prefs.text_size)
        qapp.setWindowIcon(icons.app_icon())

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
    if not controller.start():
        controller.shutdown()
        return 0
    code = qapp.exec()
    controller.shutdown()
    return int(code)
