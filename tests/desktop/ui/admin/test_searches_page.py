"""»Søgninger uden svar« in admin mode against the real server: a term three staff members
taught a guide is listed and, with one action, added to the guide's own synonyms; a miss is
listed with how often it was searched."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from support.gui import wait_idle

from desktop.sync.transport import ApiClient
from desktop.ui.admin.mode_band import ADMIN

pytestmark = pytest.mark.live


def _teach(server, words: list[str], guide_id: str | None, staff: int) -> None:  # type: ignore[no-untyped-def]
    for number in range(staff):
        name = f"laerer{number}"
        server.create_account("101", name)
        api = ApiClient(server.url, server.issue_token("101", name))
        event = {
            "id": str(uuid.uuid4()),
            "day": date.today().isoformat(),
            "words": words,
            "found": guide_id is not None,
            "guide_id": guide_id,
        }
        api._request("POST", "/search/log", json={"items": [event]})
        api.close()


def test_a_learned_term_is_added_to_the_guide_with_one_action(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    _teach(ui_server, ["pakkeboks"], "melde-flytning", 3)
    api = ApiClient(ui_server.url, ui_server.issue_token("101", "laerer0"))
    api._request(
        "POST",
        "/search/log",
        json={
            "items": [
                {
                    "id": str(uuid.uuid4()),
                    "day": date.today().isoformat(),
                    "words": ["hundeskat"],
                    "found": False,
                }
            ]
        },
    )
    api.close()
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    admin_ui.overview.searches_button.click()
    wait_idle(qtbot, admin_window)
    page = admin_ui.searches
    assert admin_window.isVisible() and page.isVisible()
    assert [(g, t) for g, t, _a, _r in page.learned_buttons] == [("melde-flytning", "pakkeboks")]
    texts = [w.text() for w in page.findChildren(type(page.learned_buttons[0][2]))]
    assert "Tilføj til vejledningens synonymer" in texts  # Danish by default
    page.learned_buttons[0][2].click()
    wait_idle(qtbot, admin_window)
    assert page.learned_buttons == []
    admin = ui_server.admin_api("101")
    assert "pakkeboks" in admin.get_guide("melde-flytning")["synonyms"]
