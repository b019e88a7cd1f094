"""The three-way view of an origin's update, without a server: which parts it offers, what
it shows as changed locally, and that it fits a 400 px handheld."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox

from desktop.ui.admin.library.changes import BASICS, GUIDANCE, REFERRAL, changes
from desktop.ui.admin.library.update_page import LibraryUpdatePage
from sync_server.protocol import LibraryUpdateDetail

BASE: dict[str, Any] = {
    "title": "Fuldmagt til boligstøtte",
    "area": "Bolig",
    "guidance": ["Hjælperen skal være fyldt 18 år.", "Fuldmagten kan gives digitalt."],
    "referral": [{"name": "Udbetaling Danmark Boligstøtte", "phone": "70 12 80 63"}],
}


def _detail() -> LibraryUpdateDetail:
    origin = {
        **BASE,
        "title": "Fuldmagt til boligstøtte – også uden MitID",
        "guidance": [
            "Hjælperen skal være fyldt 18 år og have sit eget MitID.",
            BASE["guidance"][1],
        ],
    }
    local = {
        **BASE,
        "guidance": [*BASE["guidance"], "Borgerservice kan hjælpe ved skranken."],
        "referral": [{"name": "Udbetaling Danmark Boligstøtte", "phone": "+45 33 66 33 66"}],
    }
    return LibraryUpdateDetail.model_validate(
        {
            "update": {
                "guide_id": "fuldmagt",
                "title": BASE["title"],
                "origin_municipality": "998",
                "origin_municipality_name": "Nabokommunen",
                "origin_guide_id": "fuldmagt",
                "copied_revision": 1,
                "origin_revision": 3,
            },
            "base": BASE,
            "origin": origin,
            "local": local,
        }
    )


def test_the_changes_name_the_parts_the_origin_changed_and_show_the_local_ones() -> None:
    found = {(c.level, c.part, c.origin_changed, c.local_changed) for c in changes(_detail())}
    assert found == {
        (BASICS, "title", True, False),
        (GUIDANCE, "guidance/0", True, False),
        (GUIDANCE, None, False, True),  # the local third bullet: kept, nothing to take
        (REFERRAL, None, False, True),  # the local phone: kept
    }


def test_chosen_parts_are_sent_and_the_page_fits_a_handheld(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = LibraryUpdatePage()
    qtbot.addWidget(page)
    page.show_detail(_detail())
    page.resize(400, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.body_scroll.horizontalScrollBar().maximum() == 0
    # Nothing chosen: nothing is sent, the page says what to do.
    with qtbot.assertNotEmitted(page.take_requested):
        page.take_chosen.click()
    assert page.facts.text() in (
        "Choose the parts to take first.",
        "Vælg først de dele, I vil tage.",
    )
    box = page.findChild(QCheckBox, "take:guidance/0")
    assert box is not None
    assert box.accessibleName().endswith(("Punkt 1", "Bullet 1"))
    box.setChecked(True)
    with qtbot.waitSignal(page.take_requested) as sent:
        page.take_chosen.click()
    assert sent.args == ["fuldmagt", ["guidance/0"]]
    with qtbot.waitSignal(page.take_requested) as sent:
        page.take_all.click()
    assert sent.args == ["fuldmagt", None]
