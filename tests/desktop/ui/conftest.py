"""GUI test fixtures: real widgets offscreen, the real sync server, a logged-in profile.

- ``ui_qapp`` and ``danish`` (from ``tests/desktop/conftest.py``): the QApplication in Danish
  with the light theme;
- ``ui_server``: like ``agent_server`` (municipality 101, agent ``agent``, the Danish test
  content) but copied from a database seeded once per session, which keeps the GUI tests fast;
  messages to citizens go to the file provider's folder ``ui_server.outbox``;
- ``context``: an ``AppContext`` logged in to ``ui_server`` as ``agent`` and synced once;
- ``window``: the main window on that context, shown at 1280×800 (no periodic sync).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.gui import AGENT_PASSWORD, logged_in_context, wait_idle
from support.guides_da import seed_agent_content
from support.live_server import LiveServer

from desktop.app import AppContext
from desktop.ui.contact.feature import ContactFeature
from desktop.ui.lookup.feature import LookupFeature
from desktop.ui.messaging.feature import MessagingFeature
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow


@pytest.fixture(scope="session")
def _seeded_db(tmp_path_factory: pytest.TempPathFactory, _server_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("ui-seed")
    server = LiveServer(folder / "server", template=_server_template).start()
    try:
        seed_agent_content(server, AGENT_PASSWORD)
    finally:
        server.close()
    seeded = folder / "seeded.sqlite3"
    shutil.copy(server.db_path, seeded)
    return seeded


@pytest.fixture
def ui_server(tmp_path: Path, _seeded_db: Path) -> Iterator[LiveServer]:
    outbox = tmp_path / "message-outbox"
    server = LiveServer(
        tmp_path / "ui-server",
        template=_seeded_db,
        mail_provider="file",
        sms_provider="file",
        message_outbox_dir=outbox,
    )
    server.outbox = outbox  # type: ignore[attr-defined]
    server.start()
    yield server
    server.close()


@pytest.fixture
def context(ui_server: LiveServer, danish) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    ctx = logged_in_context(ui_server)
    yield ctx
    ctx.close()


@pytest.fixture
def window(qtbot, context: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(context, UiPrefs())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()  # stops the sync timer, the contact listeners and message polling
    wait_idle(qtbot, win)


@pytest.fixture
def lookup_ui(window: MainWindow) -> LookupFeature:
    """The window's lookup feature (sections, guide page, FAQ answer page)."""
    return window.feature(LookupFeature)


@pytest.fixture
def contact_ui(window: MainWindow) -> ContactFeature:
    """The window's contact feature (timer band, finish page, I dag)."""
    return window.feature(ContactFeature)


@pytest.fixture
def messaging_ui(window: MainWindow) -> MessagingFeature:
    """The window's messaging feature (Send til borger)."""
    return window.feature(MessagingFeature)
