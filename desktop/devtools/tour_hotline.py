"""The tour's shared-hotline screens (45–47): the demo server gets a hotline "Fælles Hotline"
(990) that Demo Kommune admits; its agent picks the caller's municipality in the timer bar
(45), sees Demo Kommune's guide with the bar naming the municipality (46); Demo Kommune's
admin sees "Fælles hotlines" in admin mode (47)."""

from __future__ import annotations

import secrets
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtTest import QTest

from desktop.services.profile import TokenVault
from desktop.ui.admin.feature import HOTLINES, AdminFeature
from desktop.ui.admin.mode_band import ADMIN
from desktop.ui.contact.feature import ContactFeature
from desktop.ui.lookup.feature import LookupFeature
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow

if TYPE_CHECKING:
    from .demo_server import DemoServer
    from .tour import Camera

FIRST = 45
HOTLINE, HOTLINE_NAME, MEMBER = "990", "Fælles Hotline", "999"
GUIDE = "faa-mitid"


def _seed(server: DemoServer) -> str:
    """The hotline, its agent ``hotline`` (the password returned), admitted by 999."""
    password = secrets.token_urlsafe(12)
    for args in (
        ("create-hotline", HOTLINE, HOTLINE_NAME),
        ("create-user", "--municipality", HOTLINE, "--username", "hotline", "--role", "agent",
         "--display-name", "Hanne Hotline", "--password", password),
        ("admit-hotline", "--hotline", HOTLINE, "--municipality", MEMBER),
    ):  # fmt: skip
        subprocess.run(
            server._cli(*args), env=server._env(), check=True, capture_output=True, timeout=120
        )
    return password


def _window(server: DemoServer, code: str, username: str, password: str) -> MainWindow:
    from desktop.app import AppContext

    root = Path(tempfile.mkdtemp(prefix=f"vejviser-tour-{code}-"))
    context = AppContext(root=root, vault=TokenVault())
    context.session.login(server.url, code, username, password, True)
    context.after_login()
    report = context.sync_once()
    if report.error is not None:
        raise report.error
    window = MainWindow(context, UiPrefs())
    window.show()
    return window


def hotline_screens(
    server: DemoServer,
    camera: Camera,
    layouts: tuple[tuple[str, int, int], ...],
    pump: Callable[[float], None],
    wait_until: Callable[..., None],
) -> None:
    window = _window(server, HOTLINE, "hotline", _seed(server))
    contact = window.feature(ContactFeature)
    lookup = window.feature(LookupFeature)
    try:
        contact.service.start()
        for layout, width, height in layouts:
            window.resize(width, height)
            contact.service.set_caller(None)
            contact.update_bar()
            pump(0.2)
            picker = contact.pick_caller()
            QTest.keyClicks(picker.search, "demo")
            camera.shoot(FIRST, "hotline-picker", layout, window, picker)
            picker.pick(MEMBER)
            pump(0.2)
            lookup.open_guide(GUIDE)
            camera.shoot(FIRST + 1, "hotline-guide", layout, window)
    finally:
        window.close()
        window.context.close()

    admin_window = _window(server, MEMBER, "admin", server.password("admin"))
    admin = admin_window.feature(AdminFeature)
    try:
        for layout, width, height in layouts:
            admin_window.resize(width, height)
            admin.show_mode(ADMIN)
            admin.host.show_section(HOTLINES)
            admin.refresh_hotlines()
            wait_until(lambda: not admin_window.ops.busy and admin.hotlines.hotlines, what="list")
            pump(0.2)
            dialog = admin.confirm_hotline(admin.hotlines.hotlines[0])  # "take away access?"
            camera.shoot(FIRST + 2, "hotline-members", layout, admin_window, dialog)
            dialog.reject()
    finally:
        admin_window.close()
        admin_window.context.close()
