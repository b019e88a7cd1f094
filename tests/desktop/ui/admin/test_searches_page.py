"""»Søgninger uden svar« in admin mode against the real server: a term three staff members
taught a guide is listed and, with one action, added to the guide's own synonyms; a miss is
listed with how often it was searched."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from support.gui import wait_idle

from desktop.sync.transport import ApiClient
from desktop.ui.admin.guide_picker import GuidePicker
from desktop.ui.admin.mode_band import ADMIN

pytestmark = pytest.mark.live


def _teach(server, words: list[str], guide_id: str | None, staff: int, who: str = "laerer") -> None:  # type: ignore[no-untyped-def]
    for number in range(staff):
        name = f"{who}{number}"
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


def test_a_search_without_an_answer_is_added_to_a_guide_picked_from_the_cache(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    _teach(ui_server, ["ny", "adresse"], None, 2, "soeger")
    _teach(ui_server, ["kolonihave"], None, 1, "mangler")
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    admin_ui.overview.searches_button.click()
    wait_idle(qtbot, admin_window)
    page = admin_ui.searches
    assert {"ny adresse", "kolonihave"} <= set(page.miss_buttons)
    add = page.miss_buttons["ny adresse"]
    assert add.text() == "Tilføj som søgeord til en vejledning"  # Danish by default
    assert add.height() >= 44
    seen: dict[str, object] = {}

    def pick() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, GuidePicker)
        seen["all"] = [row.key for row in picker.list.rows()]
        qtbot.keyClicks(picker.search, "flytning")
        keys = [row.key for row in picker.list.rows()]
        seen["found"] = keys
        picker.list.select_row(keys.index("melde-flytning"))
        picker.add_button.click()

    QTimer.singleShot(0, pick)
    add.click()
    wait_idle(qtbot, admin_window)
    cached = admin_window.context.workspace.lookup.all_guides()
    assert seen["all"] == [g.id for g in sorted(cached, key=lambda g: g.title.casefold())]
    assert "melde-flytning" in seen["found"]
    assert "ny adresse" not in page.miss_buttons  # the miss left the list
    assert "kolonihave" in page.miss_buttons
    admin = ui_server.admin_api("101")
    assert "ny adresse" in admin.get_guide("melde-flytning")["synonyms"]


def test_the_picker_can_be_left_without_adding_anything(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    _teach(ui_server, ["vinterhi"], None, 1, "fortryder")
    admin_ui.open_searches()
    wait_idle(qtbot, admin_window)
    page = admin_ui.searches
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    page.miss_buttons["vinterhi"].click()
    wait_idle(qtbot, admin_window)
    assert "vinterhi" in page.miss_buttons
    assert "vinterhi" not in ui_server.admin_api("101").get_guide("melde-flytning")["synonyms"]
