"""What an admin types in a directory form is kept on this computer until it is saved or
discarded: opening another item, leaving the page, closing the program or a new item not yet
saved lose nothing; the form comes back with a note and "Kassér" returns to the server's
version. Never among the guide edits (those are sent to the server as guides)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from support.gui import wait_idle

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.admin.directory.controller import DirectoryAdmin
from desktop.ui.admin.directory.item_page import ItemPage
from desktop.ui.admin.feature import AdminFeature
from desktop.ui.admin.mode_band import ADMIN
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow


def _directory(qtbot: Any, window: MainWindow) -> DirectoryAdmin:
    admin = window.feature(AdminFeature)
    admin.show_mode(ADMIN)
    wait_idle(qtbot, window)
    return admin.directory


def _open(directory: DirectoryAdmin, kind: str, index: int = 0) -> ItemPage:
    section = directory.show_kind(kind)
    assert len(section.items) > index, [i.key for i in section.items]
    item = section.items[index]
    section.select(item.key)
    directory.open_item(item)
    return directory.pages[kind]


def _kept(window: MainWindow, page: ItemPage, key: str) -> Any:
    admin = window.context.workspace.admin
    return admin.kept_form(admin.form_key("directory", page.kind, key))


def test_faq_text_survives_opening_another_item_and_a_restart(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui
) -> None:
    directory = _directory(qtbot, admin_window)
    page = _open(directory, "faq", 0)
    first = page.base
    assert first is not None and not page.kept.isVisible()
    question = page.form.lines["question"]
    question.setFocus()
    question.selectAll()
    qtbot.keyClicks(question, "Hvorfor virker MitID-appen ikke?")
    # kept after the guide editor's pause, without saving
    qtbot.waitUntil(lambda: _kept(admin_window, page, first.key) is not None, timeout=5_000)
    qtbot.keyClicks(question, " Igen")  # and at once when another item is opened

    _open(directory, "faq", 1)
    assert page.base is not None and page.base.key != first.key
    assert question.text() != "Hvorfor virker MitID-appen ikke? Igen"
    assert not page.kept.isVisible()

    _open(directory, "faq", 0)
    assert question.text() == "Hvorfor virker MitID-appen ikke? Igen"
    assert page.kept.isVisible()
    assert "Ikke-gemte ændringer fra" in page.kept.text.text()
    assert page.kept.discard.text() == "Kassér"
    assert page.kept.discard.minimumHeight() >= 44
    assert page.kept.discard.focusPolicy() & Qt.FocusPolicy.TabFocus
    # never among the guide edits (those are listed, and sent to the server, as guides)
    assert admin_ui.service.local_edits() == []

    # Typed on and the program closed before the pause: kept all the same.
    qtbot.keyClicks(question, "!")
    admin_window.close()
    wait_idle(qtbot, admin_window)

    again = AppContext(vault=TokenVault())
    window = MainWindow(again, UiPrefs())
    qtbot.addWidget(window)
    try:
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        page = _open(_directory(qtbot, window), "faq", 0)
        assert page.form.lines["question"].text() == "Hvorfor virker MitID-appen ikke? Igen!"
        assert page.kept.isVisible()

        # "Kassér": the server's version again, the local copy gone.
        page.kept.discard.click()
        assert page.form.lines["question"].text() == first.data["question"]
        assert not page.kept.isVisible()
        assert _kept(window, page, first.key) is None
        _open(_directory(qtbot, window), "faq", 1)
        page = _open(_directory(qtbot, window), "faq", 0)
        assert page.form.lines["question"].text() == first.data["question"]
        assert not page.kept.isVisible()
    finally:
        window.close()
        wait_idle(qtbot, window)
        again.close()


def test_a_new_area_not_yet_saved_comes_back_with_new_area(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui
) -> None:
    directory = _directory(qtbot, admin_window)
    directory.new_item("areas")
    page = directory.pages["areas"]
    qtbot.keyClicks(page.form.lines["name"], "Affald")
    qtbot.keyClicks(page.form.lines["kle"], "07.00.01")
    page.form.hidden.setChecked(True)
    _open(directory, "areas", 0)  # another item: the new one is kept at once
    assert page.form.lines["name"].text() != "Affald"

    directory.new_item("areas")
    assert page.base is None
    assert page.form.lines["name"].text() == "Affald"
    assert page.form.lines["kle"].text() == "07.00.01"
    assert page.form.hidden.isChecked()
    assert page.kept.isVisible()
    assert admin_ui.service.local_edits() == []

    page.kept.discard.click()  # an empty form again
    assert page.form.lines["name"].text() == "" and not page.form.hidden.isChecked()
    directory.new_item("areas")
    assert page.form.lines["name"].text() == "" and not page.kept.isVisible()


@pytest.mark.live
def test_a_save_removes_the_local_copy(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui
) -> None:
    directory = _directory(qtbot, admin_window)
    page = _open(directory, "faq", 0)
    assert page.base is not None
    key = page.base.key
    category = page.form.lines["category"]
    category.setText("Gemt kategori")
    qtbot.waitUntil(lambda: _kept(admin_window, page, key) is not None, timeout=5_000)
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert not page.error.isVisible(), page.error.text()
    assert _kept(admin_window, page, key) is None
    assert not page.kept.isVisible()
    _open(directory, "faq", 1)
    page = _open(directory, "faq", 0)
    assert page.form.lines["category"].text() == "Gemt kategori"
    assert not page.kept.isVisible()

    # A new contact: kept as "new" until its save, then gone.
    directory.new_item("contacts")
    page = directory.pages["contacts"]
    qtbot.keyClicks(page.form.lines["name"], "Jobcenter")
    qtbot.keyClicks(page.form.lines["phone"], "33 33 33 33")
    qtbot.waitUntil(lambda: _kept(admin_window, page, "new") is not None, timeout=5_000)
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert not page.error.isVisible(), page.error.text()
    assert _kept(admin_window, page, "new") is None
    directory.new_item("contacts")
    assert page.form.lines["name"].text() == "" and not page.kept.isVisible()


@pytest.mark.live
def test_a_409_keeps_the_local_copy_until_the_merge_is_saved(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    other = ui_server.admin_api("101", "admin2")
    try:
        other.put_synonyms("MitID", ["NemID"])
        directory = _directory(qtbot, admin_window)
        section = directory.show_kind("synonyms")
        item = section.item("MitID")
        assert item is not None
        directory.open_item(item)
        page = directory.pages["synonyms"]
        page.form.texts["words"].setPlainText("NemID\nkodeapp")
        other.put_synonyms("MitID", ["NemID", "mit id"])
        page.save_button.click()
        wait_idle(qtbot, admin_window)
        dialog = directory.merge_dialog
        assert dialog is not None and dialog.isVisible()
        kept = _kept(admin_window, page, "MitID")
        assert kept is not None and kept.data["words"] == ["NemID", "kodeapp"]

        dialog.use.click()  # merged into the form, not saved yet: still kept
        qtbot.waitUntil(
            lambda: _kept(admin_window, page, "MitID").base_revision == page.base.revision,
            timeout=5_000,
        )
        page.save_button.click()
        wait_idle(qtbot, admin_window)
        assert not page.error.isVisible(), page.error.text()
        assert _kept(admin_window, page, "MitID") is None
    finally:
        other.close()


@pytest.mark.live
def test_hiding_an_area_being_edited_keeps_the_text_and_saves_without_a_conflict(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui
) -> None:
    directory = _directory(qtbot, admin_window)
    page = _open(directory, "areas", 0)
    assert page.base is not None and not page.base.data.get("hidden")
    key = page.base.key
    page.form.texts["description"].setPlainText("Skrevet, ikke gemt")
    section = directory.sections["areas"]
    section.select(key)
    section.hide_button.click()  # from the list, before the autosave pause
    wait_idle(qtbot, admin_window)
    assert page.form.texts["description"].toPlainText() == "Skrevet, ikke gemt"
    assert page.form.hidden.isChecked()
    assert page.base is not None and page.base.data.get("hidden")
    page.save_button.click()
    wait_idle(qtbot, admin_window)
    assert directory.merge_dialog is None, "no 409: the copy follows the hide"
    assert not page.error.isVisible(), page.error.text()
    assert _kept(admin_window, page, key) is None
    saved = directory.sections["areas"].item(key)
    assert saved is not None and saved.data["description"] == "Skrevet, ikke gemt"
    assert saved.data["hidden"] is True
