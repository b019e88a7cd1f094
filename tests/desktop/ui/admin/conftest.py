"""Admin-mode fixtures: the synced cache of 101 with the profile's role set to admin (no
server: offline at once), and for ``live`` tests the admin of 101 logged in to ``ui_server``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.gui import wait_idle
from support.live_server import DEFAULT_PASSWORD, LiveServer

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.admin.feature import AdminFeature
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow


def admin_context(server: LiveServer) -> AppContext:
    """An application logged in to ``server`` as the admin of 101, synced once."""
    context = AppContext(vault=TokenVault())
    context.session.login(server.url, "101", "admin", DEFAULT_PASSWORD, True)
    context.after_login()
    report = context.sync_once()
    assert report.error is None, report.error
    return context


@pytest.fixture
def admin_ctx(request: pytest.FixtureRequest, danish) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    if request.node.get_closest_marker("live") is not None:
        ctx = admin_context(request.getfixturevalue("ui_server"))
    else:
        root: Path = request.getfixturevalue("synced_profile")
        profile = root / "profile.json"
        data = json.loads(profile.read_text(encoding="utf-8"))
        profile.write_text(json.dumps({**data, "role": "admin"}), encoding="utf-8")
        ctx = AppContext(vault=TokenVault())
    yield ctx
    ctx.close()


@pytest.fixture
def admin_window(qtbot, admin_ctx: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(admin_ctx, UiPrefs())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    wait_idle(qtbot, win)


@pytest.fixture
def admin_ui(admin_window: MainWindow) -> AdminFeature:
    return admin_window.feature(AdminFeature)
