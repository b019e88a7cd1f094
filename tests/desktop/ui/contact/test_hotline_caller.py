"""A shared hotline's agent picks the caller's municipality in the timer bar and switches it
mid-contact: the guide on screen and the registration's served municipality follow; the
telephony hook can set it (``vejviser contact start --municipality CODE``). The finish page
pre-chooses the authority the served municipality's area states (protocol 6), else guesses
it from the area's name."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from support.gui import AGENT_PASSWORD, wait_idle
from support.guides_da import guide
from support.hotline_desk import HOTLINE, seed_hotline
from support.live_server import LiveServer

from desktop.app import AppContext
from desktop.services.control import ControlHandler
from desktop.services.profile import TokenVault
from desktop.store import outbox
from desktop.ui.contact.feature import ContactFeature
from desktop.ui.lookup.feature import LookupFeature
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import Authority, Outcome

pytestmark = pytest.mark.live


@pytest.fixture
def hotline_context(ui_server: LiveServer, danish) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    seed_hotline(ui_server, AGENT_PASSWORD)
    context = AppContext(vault=TokenVault())
    context.session.login(ui_server.url, HOTLINE, "agent", AGENT_PASSWORD, True)
    context.after_login()
    report = context.sync_once()
    assert report.error is None, report.error
    yield context
    context.close()


@pytest.fixture
def hotline_window(qtbot, hotline_context: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(hotline_context, UiPrefs())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    wait_idle(qtbot, win)


def _pick(qtbot, contact: ContactFeature, typed: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Open the picker from the bar, type, press Enter; the codes the search had shown."""
    qtbot.mouseClick(contact.bar.caller, Qt.MouseButton.LeftButton)
    picker = contact.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.search, typed)
    shown = picker.visible_codes()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert not picker.isVisible()
    return shown


def test_switching_the_callers_municipality_mid_contact(qtbot, hotline_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    contact = hotline_window.feature(ContactFeature)
    lookup = hotline_window.feature(LookupFeature)
    service = contact.service
    assert contact.bar.caller.isVisible()
    assert contact.bar.caller.text() == "Kommune?"
    contact.controller.start()
    assert _pick(qtbot, contact, "nord") == ["102"]  # by name
    assert contact.bar.caller.text() == "Nordby Kommune"
    lookup.open_guide("pas")
    shown = lookup.guide.guide
    assert shown is not None and (shown.municipality, shown.title) == ("102", "Pas i Nordby")
    # The caller turns out to live in 101: the guide on screen follows.
    assert _pick(qtbot, contact, "101") == ["101"]  # by code
    shown = lookup.guide.guide
    assert shown is not None and shown.municipality == "101"
    assert shown.title != "Pas i Nordby"
    assert service.status().served_municipality == "101"
    contact.controller.stop()
    page = contact.finish
    assert page.authority.isVisible()
    assert page.authority.value() is Authority.KOMMUNE  # from the guide's area
    page.authority.select(Authority.UDBETALING_DANMARK)
    page.outcomes.select(Outcome.RESOLVED)
    page.submit()
    [item] = outbox.due(hotline_window.context.workspace.cache, "registration", 10)
    sent = json.loads(item.payload)
    assert sent["served_municipality"] == "101"
    assert sent["authority"] == "udbetaling_danmark"
    assert sent["guide_ids"] == ["pas"]
    # After the contact the picker is empty again: the next caller may be anyone's.
    assert service.caller is None and contact.bar.caller.text() == "Kommune?"
    report = hotline_window.context.sync_once()
    assert report.error is None and report.pushed == 1  # the server took it for 101


def test_the_telephony_hook_sets_the_callers_municipality(hotline_context: AppContext) -> None:
    service = hotline_context.workspace.contact
    handler = ControlHandler(lambda: service)
    refused = handler.handle({"command": "contact.start", "municipality": "103"})
    assert not refused.ok and "103" in refused.message  # not a member
    reply = handler.handle({"command": "contact.start", "municipality": "102"})
    assert reply.ok and reply.data["municipality"] == "102"
    guide = hotline_context.workspace.lookup.guide("pas")
    assert guide is not None and guide.title == "Pas i Nordby"


def test_the_finish_page_pre_chooses_the_authority_the_area_states(  # type: ignore[no-untyped-def]
    qtbot, hotline_window: MainWindow, ui_server: LiveServer
) -> None:
    """102's areas state their authority against the words of their names ("Byggeri" is
    Skattestyrelsen's, "Pension" the municipality's); "Familie" states none, so its name
    decides (Udbetaling Danmark). 101's area of the same name states another authority:
    only the served municipality's area counts."""
    nordby, own = ui_server.admin_api("102"), ui_server.admin_api("101")
    for area, stated in (("Byggeri", "skattestyrelsen"), ("Pension", "kommune"), ("Familie", "")):
        slug = area.lower()
        nordby.create_guide(guide(slug, f"{area} i Nordby", area, [slug], ["Hjælp."], []))
        if stated:
            nordby.put_area(area, authority=stated)
    own.put_area("Byggeri", authority="digitaliseringsstyrelsen")
    context = hotline_window.context
    assert context.sync_once().error is None
    contact = hotline_window.feature(ContactFeature)
    lookup = hotline_window.feature(LookupFeature)
    service = contact.service
    expected = {
        "byggeri": Authority.SKATTESTYRELSEN,
        "pension": Authority.KOMMUNE,
        "familie": Authority.UDBETALING_DANMARK,  # states none: the name's guess
    }
    for guide_id, authority in expected.items():
        contact.controller.start()
        service.set_caller("102")
        lookup.open_guide(guide_id)
        assert service.status().area_authority == (None if guide_id == "familie" else authority)
        contact.controller.stop()
        wait_idle(qtbot, hotline_window)
        page = contact.finish
        assert page.isVisible() and page.authority.isVisible()
        assert page.authority.value() is authority, guide_id
        assert page.authority.button_for(authority).isChecked()
        page.outcomes.select(Outcome.RESOLVED)
        page.submit()
        wait_idle(qtbot, hotline_window)
    sent = [
        json.loads(item.payload) for item in outbox.due(context.workspace.cache, "registration", 10)
    ]
    assert [(s["served_municipality"], s["area"], s["authority"]) for s in sent] == [
        ("102", "Byggeri", "skattestyrelsen"),
        ("102", "Pension", "kommune"),
        ("102", "Familie", "udbetaling_danmark"),
    ]
