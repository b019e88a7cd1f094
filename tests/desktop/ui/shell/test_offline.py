"""Starting without the server: the cached guides open at once; sync only says "offline"."""

from __future__ import annotations

import time

import pytest
from support.gui import logged_in_context, wait_idle
from support.keyring_backend import no_keyring

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.lookup.feature import LookupFeature
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow


@pytest.mark.live
def test_offline_start_opens_cached_guides(qtbot, ui_server, danish) -> None:  # type: ignore[no-untyped-def]
    first = logged_in_context(ui_server)
    vault = first.session.vault
    first.close()
    ui_server.stop()

    started = time.monotonic()
    context = AppContext(vault=vault)  # as on the next start of the program
    window = MainWindow(context, UiPrefs())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    lookup_ui = window.feature(LookupFeature)
    # The window is usable before the sync attempt has even finished.
    lookup_ui.search.set_query("flytning")
    assert lookup_ui.search.results.rows()[0].key == "melde-flytning"
    assert time.monotonic() - started < 5
    lookup_ui.open_row(lookup_ui.search.results.rows()[0])
    assert lookup_ui.guide.title.text() == "Melde flytning"

    qtbot.waitUntil(lambda: window.sync.state == "offline", timeout=15_000)
    wait_idle(qtbot, window)
    assert window.status.state_text.text() == "Offline – viser gemte vejledninger"
    assert not window.messages.isVisible()  # offline is a state, not an error
    assert window.status.last_sync.text().startswith("Senest synkroniseret ")

    # The server comes back: F5 syncs and the state turns online.
    ui_server.start()
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.state == "online", timeout=15_000)
    assert window.status.state_text.text() == "Online"
    window.sync.stop()
    wait_idle(qtbot, window)
    context.close()


@pytest.mark.live
def test_revoked_login_asks_to_log_in_again(qtbot, ui_server, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    ui_server.revoke_tokens("101", "agent")
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.state == "logged_out", timeout=15_000)
    wait_idle(qtbot, window)
    assert window.messages.isVisible()
    assert window.messages.text.text() == "Du er blevet logget ud. Log ind igen."
    assert window.messages.action.text() == "Log ind"
    assert window.status.state_text.text() == "Ikke logget ind – viser gemte vejledninger"
    # The guides are still there.
    lookup_ui.open_guide("pas")
    assert lookup_ui.guide.title.text() == "Ansøge om pas"


@pytest.mark.live
def test_no_saved_login_still_opens_the_cache(qtbot, ui_server, danish) -> None:  # type: ignore[no-untyped-def]
    first = logged_in_context(ui_server)
    first.close()
    with no_keyring():  # no keyring: the token did not survive
        context = AppContext(vault=TokenVault())
        window = MainWindow(context, UiPrefs())
        qtbot.addWidget(window)
        window.show()
        window.start()
        lookup_ui = window.feature(LookupFeature)
        assert window.sync.state == "logged_out"
        assert window.messages.action.isVisible()
        lookup_ui.search.set_query("pas")
        assert lookup_ui.search.results.rows()
        window.sync.stop()
        context.close()
