"""The municipality's other content in admin mode, against the real server: service areas
(create with a KLE number, rename, order, hide, versions), a synonym group saved over
someone else's change (409: both versions, nothing typed lost), FAQ entries with ordered
paragraphs, and contacts with the referral cards' phone and e-mail rules."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from support.gui import wait_idle

from desktop.ui.admin.directory.forms import field_text
from desktop.ui.admin.mode_band import ADMIN

pytestmark = pytest.mark.live


def _server_items(ui_server: Any, kind: str) -> dict[str, dict[str, Any]]:
    other = ui_server.admin_api("101", "admin2")
    try:
        key = {"areas": "name", "synonyms": "term"}.get(kind, "id")
        return {item[key]: item for item in other.request("GET", f"/{kind}")}
    finally:
        other.close()


def _open(qtbot, window, admin_ui, kind: str, key: str):  # type: ignore[no-untyped-def]
    directory = admin_ui.directory
    section = directory.show_kind(kind)
    item = section.item(key)
    assert item is not None, [i.key for i in section.items]
    section.select(key)
    directory.open_item(item)
    return directory.pages[kind]


def test_service_areas_created_renamed_ordered_and_hidden(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    directory = admin_ui.directory
    directory.new_item("areas")
    page = directory.pages["areas"]
    qtbot.keyClicks(page.form.lines["name"], "Affald")
    qtbot.keyClicks(page.form.lines["kle"], "7.5")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    # A KLE number in the wrong form: a Danish error in the page, nothing sent, nothing lost.
    assert page.error.isVisible()
    assert "KLE-nummer" in page.error.text() and "23.05.04" in page.error.text()
    assert "Affald" not in _server_items(ui_server, "areas")
    assert page.form.lines["name"].text() == "Affald"

    page.form.lines["kle"].setText("07.00.01")
    page.save_button.click()  # Ctrl+S does the same
    wait_idle(qtbot, admin_window)
    assert not page.error.isVisible(), page.error.text()
    assert _server_items(ui_server, "areas")["Affald"]["kle"] == "07.00.01"
    assert page.base is not None and page.base.key == "Affald"

    # Renamed: the old name is gone, the new one keeps the KLE number.
    page.form.lines["name"].setText("Affald og genbrug")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    areas = _server_items(ui_server, "areas")
    assert "Affald" not in areas and areas["Affald og genbrug"]["kle"] == "07.00.01"

    # Ordered: move it to the top from the list (Alt+Up there does the same).
    section = directory.sections["areas"]
    wait_idle(qtbot, admin_window)
    keys = [i.key for i in section.items]
    position = keys.index("Affald og genbrug")
    assert position > 0
    for _ in range(position):
        section.select("Affald og genbrug")
        section.up.click()
        wait_idle(qtbot, admin_window)
    areas = _server_items(ui_server, "areas")
    ordered = sorted(areas.values(), key=lambda a: (a["sort_order"], a["name"]))
    assert ordered[0]["name"] == "Affald og genbrug"
    assert section.items[0].key == "Affald og genbrug"

    # Hidden and shown again from the list.
    section.select("Affald og genbrug")
    section.hide_button.click()
    wait_idle(qtbot, admin_window)
    assert _server_items(ui_server, "areas")["Affald og genbrug"]["hidden"] is True
    assert section.list.rows()[0].badge == "Skjult"
    section.select("Affald og genbrug")
    assert section.hide_button.text() == "Vis"

    # Versions: who and when; an old one is loaded into the form to be saved again.
    page = _open(qtbot, admin_window, admin_ui, "areas", "Affald og genbrug")
    page.history_button.click()
    wait_idle(qtbot, admin_window)
    assert page.version_list.isVisible()
    revisions = [v.revision for v in page.versions]
    assert revisions == sorted(revisions, reverse=True) and len(revisions) >= 2
    oldest = page.version_list.rows()[-1]
    page.version_list.activated_row.emit(oldest)
    assert page.form.hidden.isChecked() is False


def test_an_area_s_authority_is_chosen_by_keyboard_and_saved(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    """The "Myndighed" choice (protocol 6): the authority a shared hotline's contacts about
    the area concern, whatever the area's name says; "(ikke angivet)" clears it."""
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    directory = admin_ui.directory
    directory.new_item("areas")
    page = directory.pages["areas"]
    choice = page.form.authority
    assert choice.minimumHeight() >= 44 and choice.accessibleName() == "Myndighed"
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "(ikke angivet)",
        "Kommune",
        "Udbetaling Danmark",
        "Skattestyrelsen",
        "Digitaliseringsstyrelsen (MitID)",
        "Andet",
    ]
    assert choice.currentData() is None  # a new area states none
    qtbot.keyClicks(page.form.lines["name"], "Byggeri")
    # Tab from the KLE field reaches the choice; arrow keys choose.
    page.form.lines["kle"].setFocus()
    qtbot.keyClick(page.form.lines["kle"], Qt.Key.Key_Tab)
    assert choice.hasFocus()
    for _ in range(3):
        qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert choice.currentText() == "Skattestyrelsen"
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert not page.error.isVisible(), page.error.text()
    assert _server_items(ui_server, "areas")["Byggeri"]["authority"] == "skattestyrelsen"
    row = next(r for r in directory.sections["areas"].list.rows() if r.key == "Byggeri")
    assert "Skattestyrelsen" in row.subtitle

    # Opened again it shows the saved choice; Home goes back to "(ikke angivet)".
    page = _open(qtbot, admin_window, admin_ui, "areas", "Byggeri")
    assert page.form.authority.currentData() == "skattestyrelsen"
    page.form.authority.setFocus()
    qtbot.keyClick(page.form.authority, Qt.Key.Key_Home)
    assert page.form.authority.currentText() == "(ikke angivet)"
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert not page.error.isVisible(), page.error.text()
    assert _server_items(ui_server, "areas")["Byggeri"]["authority"] is None
    # the merge dialog after a 409 names the authority as the choice does
    assert field_text("kommune", "authority") == "Kommune"
    assert field_text(None, "authority") == "–"


def test_a_409_on_a_synonym_group_shows_both_and_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    other = ui_server.admin_api("101", "admin2")
    try:
        other.put_synonyms("MitID", ["NemID", "nøglekort"])
        admin_ui.show_mode(ADMIN)
        wait_idle(qtbot, admin_window)
        page = _open(qtbot, admin_window, admin_ui, "synonyms", "MitID")
        words = page.form.texts["words"]
        assert words.toPlainText().splitlines() == ["NemID", "nøglekort"]
        words.setPlainText("NemID\nnøglekort\nkodeapp")

        theirs = other.put_synonyms("MitID", ["NemID", "nøglekort", "mit id"])
        page.save_button.click()
        wait_idle(qtbot, admin_window)
        dialog = admin_ui.directory.merge_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.changed_fields == ["words"]
        mine = dialog.findChild(type(page.heading), "words_1").text()
        assert "kodeapp" in mine  # what was typed is shown, and still in the form
        assert "mit id" in dialog.findChild(type(page.heading), "words_2").text()
        assert "kodeapp" in words.toPlainText()

        dialog.use.click()  # my words, based on their version
        assert page.base is not None and page.base.revision == theirs["revision"]
        words.setPlainText(words.toPlainText() + "\nmit id")  # and theirs added by hand
        page.save_button.click()
        wait_idle(qtbot, admin_window)
        saved = _server_items(ui_server, "synonyms")["MitID"]
        assert saved["words"] == ["NemID", "nøglekort", "kodeapp", "mit id"]
        assert saved["revision"] == theirs["revision"] + 1
    finally:
        other.close()


def test_faq_entry_added_with_ordered_paragraphs_edited_and_removed(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    directory = admin_ui.directory
    directory.new_item("faq")
    page = directory.pages["faq"]
    form = page.form
    qtbot.keyClicks(form.lines["question"], "Browseren viser en blank side")
    form.lines["category"].setText("Browser")
    form.answer.add("Ryd browserens cache.", False)
    second = form.answer.add("Prøv en anden browser.", False)
    form.answer.move_row(second, -1)  # Alt+Up in the paragraph does the same
    form.lines["self_service_url"].setText("http://example")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert "https" in page.error.text()  # refused before anything is sent

    form.lines["self_service_url"].setText("")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert not page.error.isVisible(), page.error.text()
    assert page.base is not None
    key = page.base.key
    saved = _server_items(ui_server, "faq")[key]
    assert saved["answer"] == ["Prøv en anden browser.", "Ryd browserens cache."]
    assert saved["category"] == "Browser"

    form.lines["question"].setText("Browseren viser kun en hvid side")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert _server_items(ui_server, "faq")[key]["question"] == "Browseren viser kun en hvid side"

    page.delete_button.click()  # asks first
    assert key in _server_items(ui_server, "faq")
    page.delete_button.click()
    wait_idle(qtbot, admin_window)
    assert key not in _server_items(ui_server, "faq")
    assert key not in [i.key for i in directory.sections["faq"].items]


def test_contacts_check_phone_and_email_as_referral_cards_do(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    directory = admin_ui.directory
    directory.new_item("contacts")
    page = directory.pages["contacts"]
    lines = page.form.lines
    qtbot.keyClicks(lines["name"], "Jobcenter")
    lines["phone"].setText("12 34")
    lines["email"].setText("jobcenter@kommune.dk")
    lines["hours"].setText("Man–fre 9–15")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert page.error.isVisible() and "telefonnummer" in page.error.text()
    assert lines["hours"].text() == "Man–fre 9–15"  # nothing typed is lost

    lines["phone"].setText("33 33 33 33")
    lines["email"].setText("jobcenter@")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert "e-mailadresse" in page.error.text()

    lines["email"].setText("jobcenter@kommune.dk")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert not page.error.isVisible(), page.error.text()
    assert page.base is not None
    saved = _server_items(ui_server, "contacts")[page.base.key]
    assert saved["name"] == "Jobcenter" and saved["hours"] == "Man–fre 9–15"
    assert saved["phone"].replace(" ", "").endswith("33333333")
    assert saved["email"] == "jobcenter@kommune.dk"

    # The referral cards of the guide editor pick from the synced directory.
    admin_window.sync.sync_now()
    wait_idle(qtbot, admin_window)
    qtbot.waitUntil(
        lambda: "Jobcenter" in [c.name for c in admin_ui.service.contacts()], timeout=15_000
    )
