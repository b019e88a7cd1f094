"""A shared hotline's favourites and recent guides are each municipality's own guide: the
members' guides share ids, so a favourite of 101's "pas" is not 102's, and opening it from
the list opens 101's version (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.gui import AGENT_PASSWORD, wait_idle
from support.hotline_desk import HOTLINE, seed_hotline
from support.live_server import LiveServer

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.contact.feature import ContactFeature
from desktop.ui.lookup.feature import LookupFeature
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow

pytestmark = pytest.mark.live

RECENT, FAVOURITES = 1, 2


@pytest.fixture
def hotline_window(qtbot, ui_server: LiveServer, danish) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    seed_hotline(ui_server, AGENT_PASSWORD)
    context = AppContext(vault=TokenVault())
    context.session.login(ui_server.url, HOTLINE, "agent", AGENT_PASSWORD, True)
    context.after_login()
    report = context.sync_once()
    assert report.error is None, report.error
    win = MainWindow(context, UiPrefs())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    wait_idle(qtbot, win)
    context.close()


def _listed(lookup: LookupFeature, tab: int) -> list[str]:
    lookup.browse.tabs.set_current(tab)
    return [row.key for row in lookup.browse.list.rows()]


def test_a_favourite_is_the_municipality_s_own_guide(hotline_window: MainWindow) -> None:
    contact = hotline_window.feature(ContactFeature).service
    lookup = hotline_window.feature(LookupFeature)
    contact.set_caller("101")
    lookup.open_guide("pas")
    shown = lookup.guide.guide
    assert shown is not None and shown.municipality == "101"
    assert not lookup.guide.favourite.isChecked()
    lookup.guide.toggle_favourite()
    assert lookup.lookup.is_favourite("pas", "101")
    assert _listed(lookup, FAVOURITES) == ["pas@101"]

    # The next caller lives in 102: its "pas" is another guide, neither favourite nor 101's.
    contact.set_caller("102")
    shown = lookup.guide.guide  # the guide on screen followed the caller
    assert shown is not None and shown.municipality == "102"
    assert not lookup.guide.favourite.isChecked()
    assert not lookup.lookup.is_favourite("pas", "102")
    assert _listed(lookup, FAVOURITES) == []
    lookup.open_guide("pas")
    assert _listed(lookup, RECENT) == ["pas@102"]  # 101's "pas" was another caller's

    contact.set_caller("101")
    assert _listed(lookup, FAVOURITES) == ["pas@101"]
    assert _listed(lookup, RECENT) == ["pas@101"]
    lookup.open_row(lookup.browse.list.rows()[0])
    shown = lookup.guide.guide
    assert shown is not None and shown.municipality == "101"
    assert lookup.guide.favourite.isChecked()
