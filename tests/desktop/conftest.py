"""Desktop test fixtures: the real sync server on 127.0.0.1 (``live_server``).

``live_server`` is a running :class:`support.live_server.LiveServer` on a fresh database:

- ``live_server.url`` — ``http://127.0.0.1:PORT``
- ``live_server.create_account(code, username, password, role)`` — role "agent", "admin" or
  "manager"; the municipality is created when new
- ``live_server.admin_api(code)`` — an admin client: ``create_guide``, ``update_guide``,
  ``delete_guide``, ``put_area``, ``put_faq``, ``put_synonyms``, ``delete_item``,
  ``upload_blob``, ``feedback``
- ``live_server.stop()`` / ``live_server.start()`` — the server goes away and comes back (same
  port, same database)

``agent_server`` is the same server with municipality 101, an agent ``agent`` (password
``AGENT_PASSWORD``) and the Danish starter content of ``support.guides_da``.

``ui_qapp`` is the QApplication with the Danish translation (built from the .ts when the .qm is
missing) and the light theme, as ``run_gui`` sets it up; ``danish`` puts it back in that state
for each test (for the GUI tests and the development tools' tests).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.guides_da import seed_agent_content
from support.live_server import DEFAULT_PASSWORD, LiveServer, migrated_template

AGENT_PASSWORD = DEFAULT_PASSWORD

# Tests talk to 127.0.0.1 only: never through a proxy configured on the machine.
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"


@pytest.fixture(scope="session")
def _server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_template(tmp_path_factory.mktemp("live-server-template"))


@pytest.fixture
def live_server(tmp_path: Path, _server_template: Path) -> Iterator[LiveServer]:
    """The real sync server under uvicorn on 127.0.0.1, on its own fresh SQLite file."""
    server = LiveServer(tmp_path / "live-server", template=_server_template)
    server.start()
    yield server
    server.close()


@pytest.fixture
def agent_server(live_server: LiveServer) -> LiveServer:
    """``live_server`` with municipality 101, agent ``agent`` and Danish content."""
    seed_agent_content(live_server, AGENT_PASSWORD)
    return live_server


def _ensure_qm() -> None:
    from desktop.devtools import i18n_build

    stale = [
        ts
        for ts in i18n_build.ts_files()
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        i18n_build.release(quiet=True)


@pytest.fixture(scope="session")
def ui_qapp(qapp):  # type: ignore[no-untyped-def]
    from desktop.ui.kit import i18n, theme

    _ensure_qm()
    assert i18n.install_translator(qapp, "da")
    theme.apply_theme(qapp, "light", "normal")
    return qapp


@pytest.fixture
def danish(ui_qapp):  # type: ignore[no-untyped-def]
    """Every test starts in Danish with the light theme, whatever the test before did."""
    from desktop.ui.kit import i18n, theme

    i18n.install_translator(ui_qapp, "da")
    if theme.current().name != "light":
        theme.apply_theme(ui_qapp, "light", "normal")
    return ui_qapp
