"""The shared library in admin mode, against the real server with two municipalities: 202
publishes a guide, the admin of 101 finds it with the Danish search, previews it, copies it,
adjusts the referral phone and publishes; 202 publishes new versions; 101 takes the update
with its own phone kept, dismisses the next one, and sends a suggestion back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox
from support.gui import wait_idle
from support.live_server import LiveServer

from desktop.services.library import AlreadyCopied
from desktop.ui.admin.feature import AdminFeature
from desktop.ui.admin.feedback_inbox import FeedbackPage
from desktop.ui.admin.library.controller import LIBRARY
from desktop.ui.admin.mode_band import ADMIN
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import Feedback

pytestmark = pytest.mark.live

ORIGIN = "202"
GUIDE = "boligstoette-ansoeg"
ORIGIN_PHONE = "70 12 80 63"
LOCAL_PHONE = "33 66 33 66"
LOCAL_PHONE_SAVED = "+45 33 66 33 66"  # the editor writes Danish numbers with +45


def _origin_guide(server: LiveServer) -> Any:
    """Municipality 202 with its admin and one published guide."""
    server.create_municipality(ORIGIN, "Kommune To")
    origin = server.admin_api(ORIGIN)
    origin.create_guide(
        {
            "id": GUIDE,
            "title": "Boligstøtte – ansøgning",
            "area": "Bolig",
            "synonyms": ["boligsikring"],
            "guidance": [
                "Borgeren søger boligstøtte digitalt hos Udbetaling Danmark.",
                "Husk at have lejekontrakten ved hånden.",
            ],
            "steps": [{"title": "Log ind", "text": "Log ind med MitID."}],
            "referral": [{"name": "Udbetaling Danmark Boligstøtte", "phone": ORIGIN_PHONE}],
            "status": "published",
        }
    )
    return origin


def _library(qtbot: Any, window: MainWindow, ui: AdminFeature) -> None:
    ui.show_mode(ADMIN)
    wait_idle(qtbot, window)
    ui.host.show_section(LIBRARY)
    wait_idle(qtbot, window)


def test_copy_adjust_publish_then_take_an_update_keeping_the_local_phone(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    origin = _origin_guide(ui_server)
    _library(qtbot, admin_window, admin_ui)
    lib = admin_ui.library
    section = lib.section
    # Found with the support part's search engine (a synonym, and an unfinished word).
    qtbot.keyClicks(section.search, "boligsikr")
    rows = section.list.rows()
    assert [r.title for r in rows] == ["Boligstøtte – ansøgning"]
    assert "Kommune To" in rows[0].subtitle and "Bruges af 0 kommuner" in rows[0].subtitle
    # Filtered by municipality: 202 has it, 101 (the caller) is never in its own library.
    codes = [section.municipality.itemData(i) for i in range(section.municipality.count())]
    assert "101" not in codes and ORIGIN in codes
    section.search.clear()
    section.area.setCurrentIndex(section.area.findData("Bolig"))
    assert [r.key for r in section.list.rows()] == [f"{ORIGIN}/{GUIDE}"]

    # The read-only preview: all three levels.
    section.list.activated_row.emit(section.list.rows()[0])
    wait_idle(qtbot, admin_window)
    preview = lib.preview
    assert preview.title.text() == "Boligstøtte – ansøgning"
    preview.set_level(2)
    assert ORIGIN_PHONE in _texts(preview.page(2))

    # Copy: a draft in the own list, its provenance shown in the editor.
    preview.copy_button.click()
    wait_idle(qtbot, admin_window)
    editor = admin_ui.editor
    assert editor.guide_id == GUIDE
    assert editor.origin.isVisibleTo(editor)
    assert "Kommune To" in editor.origin.text.text()
    # Adjust the referral phone and publish.
    editor.referral.rows[0].edits["phone"].setText(LOCAL_PHONE)
    editor.publish_button.click()
    wait_idle(qtbot, admin_window)
    assert not editor.error.isVisible(), editor.error.text()

    # Copying twice: the clear message, pointing at the copy (which opens).
    lib.refresh()
    wait_idle(qtbot, admin_window)
    entry = lib.service.entries[f"{ORIGIN}/{GUIDE}"]
    assert entry.used_by == 1
    lib.open_entry(entry)
    wait_idle(qtbot, admin_window)
    preview.copy_button.click()
    wait_idle(qtbot, admin_window)
    assert preview.already.isVisibleTo(preview)
    assert "allerede kopieret" in preview.already_text.text()
    preview.open_copy.click()
    wait_idle(qtbot, admin_window)
    assert editor.guide_id == GUIDE

    # The origin publishes a new version: new text in a bullet and a new title.
    origin.update_guide(
        GUIDE,
        title="Boligstøtte – søg digitalt",
        guidance=[
            "Borgeren søger boligstøtte digitalt hos Udbetaling Danmark med MitID.",
            "Husk at have lejekontrakten ved hånden.",
        ],
    )
    admin_ui.refresh()
    wait_idle(qtbot, admin_window)
    rows = admin_ui.overview.list.rows()
    update_rows = [r for r in rows if r.kind == "library_update"]
    assert [(r.key, r.subtitle) for r in update_rows] == [(GUIDE, "Ny version fra Kommune To")]
    admin_ui.open_row(update_rows[0])
    wait_idle(qtbot, admin_window)
    page = lib.update_page
    assert "Kommune To" in page.heading.text()
    parts = {c.part for _box, c in page.choices}
    assert {"title", "guidance/0"} <= parts
    referral_change = next(c for c in _changes(page) if c.what.startswith("Henvisningskort"))
    assert referral_change.local_changed and not referral_change.origin_changed

    # Take everything: the origin's new text, the local phone kept (a new draft).
    page.take_all.click()
    wait_idle(qtbot, admin_window)
    mine = ui_server.admin_api("101").get_guide(GUIDE)
    assert mine["pending_draft"] is not None
    draft = mine["pending_draft"]["content"]
    assert draft["title"] == "Boligstøtte – søg digitalt"
    assert draft["guidance"][0].endswith("med MitID.")
    assert draft["referral"][0]["phone"] == LOCAL_PHONE_SAVED
    assert editor.guide_id == GUIDE

    # The next version is dismissed; the overview no longer offers it.
    origin.update_guide(GUIDE, guidance=["Borgeren søger boligstøtte hos Udbetaling Danmark."])
    lib.open_update(GUIDE)
    wait_idle(qtbot, admin_window)
    page.dismiss.click()
    wait_idle(qtbot, admin_window)
    admin_ui.refresh()
    wait_idle(qtbot, admin_window)
    assert not [r for r in admin_ui.overview.list.rows() if r.kind == "library_update"]

    # Offer back: from the copy, a suggestion with the changed version.
    admin_ui.edit_guide(GUIDE)
    wait_idle(qtbot, admin_window)
    editor.origin.suggest.click()
    dialog = lib.suggest_dialog
    assert dialog is not None and "Kommune To" in dialog.windowTitle()
    dialog.text.setPlainText("Nævn gerne at lejekontrakten skal uploades.")
    dialog.include.setChecked(True)
    dialog.findChild(type(editor.publish_button), "suggest_send").click()
    wait_idle(qtbot, admin_window)
    inbox = origin.feedback()
    suggestion = next(f for f in inbox if "lejekontrakten skal uploades" in (f.get("text") or ""))
    assert suggestion["guide_id"] == GUIDE
    # In the origin's inbox it is marked as coming from 101, with 101's version attached.
    received = Feedback.model_validate(suggestion)
    inbox_page = FeedbackPage()
    qtbot.addWidget(inbox_page)
    inbox_page.show_item(received, received.guide_title or GUIDE)
    assert inbox_page.origin.text().startswith(f"Fra {received.origin.municipality_name}")
    assert LOCAL_PHONE_SAVED in inbox_page.origin.text()
    # The origin answers; the answer comes back to 101's "Vores forslag".
    origin.request(
        "PUT",
        f"/feedback/{received.id}",
        json={"answer": "Tak, det tilføjer vi.", "status": "resolved", "base_revision": 1},
    )
    lib.section.suggestions_button.click()
    wait_idle(qtbot, admin_window)
    answers = lib.suggestions_page.findChildren(QLabel, "suggestion_answer")
    assert [a.text() for a in answers] == ["Tak, det tilføjer vi."]


def test_take_chosen_parts_and_detach(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    origin = _origin_guide(ui_server)
    mine = ui_server.admin_api("101")
    mine.request("POST", f"/library/{ORIGIN}/{GUIDE}/copy", expect=201)
    origin.update_guide(
        GUIDE,
        title="Boligstøtte – søg digitalt",
        guidance=["Ny tekst om boligstøtte.", "Husk at have lejekontrakten ved hånden."],
    )
    _library(qtbot, admin_window, admin_ui)
    lib = admin_ui.library
    lib.open_update(GUIDE)
    wait_idle(qtbot, admin_window)
    page = lib.update_page
    box = page.findChild(QCheckBox, "take:title")
    assert box is not None
    box.setChecked(True)
    page.take_chosen.click()
    wait_idle(qtbot, admin_window)
    draft = mine.get_guide(GUIDE)
    content = (draft.get("pending_draft") or {}).get("content") or draft
    assert content["title"] == "Boligstøtte – søg digitalt"
    assert content["guidance"][0] == "Borgeren søger boligstøtte digitalt hos Udbetaling Danmark."

    # Detach (confirmed): no update is offered any more.
    origin.update_guide(GUIDE, guidance=["Endnu en ny tekst om boligstøtte."])
    lib.open_update(GUIDE)
    wait_idle(qtbot, admin_window)
    page.detach.click()
    confirm = page.confirm_box
    confirm.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, admin_window)
    assert mine.request("GET", "/library/updates") == []


def _texts(widget: Any) -> str:
    return " ".join(w.text() for w in widget.findChildren(QLabel))


def _changes(page: Any) -> list[Any]:
    from desktop.ui.admin.library.changes import changes

    assert page.detail is not None
    return changes(page.detail)


def test_a_copy_whose_id_is_taken_gets_the_origin_code_and_a_second_copy_is_refused(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    ui_server.create_municipality(ORIGIN, "Kommune To")
    origin = ui_server.admin_api(ORIGIN)
    own = ui_server.admin_api("101").get_guide("melde-flytning")  # 101 has this id already
    origin.create_guide(
        {
            "id": "melde-flytning",
            "title": "Flytning – meld adresseændring",
            "area": "Flytning",
            "guidance": ["Borgeren melder flytning på borger.dk."],
            "status": "published",
        }
    )
    _library(qtbot, admin_window, admin_ui)
    service = admin_ui.library.service
    entry = service.entries[f"{ORIGIN}/melde-flytning"]
    copy = service.copy(entry)
    assert copy.id == f"melde-flytning-{ORIGIN}"
    assert copy.copied_from is not None and copy.copied_from.municipality == ORIGIN
    assert ui_server.admin_api("101").get_guide("melde-flytning")["title"] == own["title"]
    with pytest.raises(AlreadyCopied) as refused:
        service.copy(entry)
    assert refused.value.guide_id == f"melde-flytning-{ORIGIN}"
