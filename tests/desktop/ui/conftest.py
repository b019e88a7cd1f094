"""GUI test fixtures: real widgets offscreen on a real local cache; the real sync server for the
end-to-end tests.

A widget or page is tested against a real local cache and the real services, without a live
server: ``context`` copies a profile that logged in to the real server and synced the Danish
test content once per session, and points it at an address where nothing answers (a sync
attempt is "offline" at once). Tests marked ``@pytest.mark.live`` drive the window end to end:
their ``context`` is logged in to ``ui_server`` and synced there.

- ``ui_qapp`` and ``danish`` (from ``tests/desktop/conftest.py``): the QApplication in Danish
  with the light theme;
- ``ui_server``: like ``agent_server`` (municipality 101, agent ``agent``, the Danish test
  content) but copied from a database seeded once per session, which keeps the GUI tests fast;
  messages to citizens go to the file provider's folder ``ui_server.outbox``;
- ``context``: an ``AppContext`` of the agent of 101 with the synced cache (for ``live`` tests:
  logged in to ``ui_server`` and synced once);
- ``window``: the main window on that context, shown at 1280×800 (not started: no sync);
- ``lookup_ui``, ``contact_ui``, ``messaging_ui``: the window's features.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from support.gui import AGENT_PASSWORD, logged_in_context, wait_idle
from support.guides_da import seed_agent_content
from support.keyring_backend import no_keyring
from support.live_server import LiveServer

from desktop.app import AppContext
from desktop.core.paths import cache_name, profile_root
from desktop.services.profile import KEYRING_SERVICE, TokenVault, load_profile, save_profile
from desktop.ui.contact.feature import ContactFeature
from desktop.ui.lookup.feature import LookupFeature
from desktop.ui.messaging.feature import MessagingFeature
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow

#: Nothing listens on the discard port (tests' servers take ephemeral ports): offline at once.
UNREACHABLE = "http://127.0.0.1:9"


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


@dataclass(frozen=True)
class SyncedProfile:
    folder: Path
    keyring_user: str
    token: str


@pytest.fixture(scope="session")
def _synced_profile(tmp_path_factory: pytest.TempPathFactory, _seeded_db: Path) -> SyncedProfile:
    """A profile that logged in to the real server as the agent of 101 and synced (once per
    session); then pointed at ``UNREACHABLE``, its cache renamed to match."""
    folder = tmp_path_factory.mktemp("synced-profile")
    root = folder / "profile"
    root.mkdir()
    server = LiveServer(folder / "server", template=_seeded_db).start()
    try:
        with no_keyring():  # the token stays in the vault's memory
            context = AppContext(root=root, vault=TokenVault())
            context.session.login(server.url, "101", "agent", AGENT_PASSWORD, True)
        context.after_login()
        report = context.sync_once()
        assert report.error is None, report.error
        token = context.session.token()
        assert token is not None
        context.close()
    finally:
        server.close()
    profile = load_profile(root)
    old = cache_name(profile.server_url, profile.municipality, profile.username)
    new = cache_name(UNREACHABLE, profile.municipality, profile.username)
    for path in root.glob(f"{old}*"):
        path.rename(root / path.name.replace(old, new))
    profile.server_url = UNREACHABLE
    save_profile(profile, root)
    return SyncedProfile(root, profile.keyring_user, token)


@pytest.fixture
def synced_profile(_synced_profile: SyncedProfile) -> Path:
    """This test's profile (``VEJVISER_HOME``) is a copy of the synced one, its login in the
    keyring: as an earlier session of the program left it."""
    root = profile_root()
    shutil.copytree(_synced_profile.folder, root, dirs_exist_ok=True)
    keyring.set_password(KEYRING_SERVICE, _synced_profile.keyring_user, _synced_profile.token)
    return root


@pytest.fixture
def context(request: pytest.FixtureRequest, danish) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """The agent's application on the synced cache; for tests marked ``live``, logged in to
    ``ui_server`` and synced there."""
    if request.node.get_closest_marker("live") is not None:
        ctx = logged_in_context(request.getfixturevalue("ui_server"))
    else:
        assert "ui_server" not in request.fixturenames, "a test that uses the server is live"
        request.getfixturevalue("synced_profile")
        ctx = AppContext(vault=TokenVault())
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
