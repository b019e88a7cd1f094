"""Admin mode on the real local cache without a server: the switch, the editor with its live
preview and validation, a screenshot with marks and a redaction, and the autosave that
survives a restart and the network being away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from support.gui import wait_idle

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.admin.feature import ADMIN_NAV
from desktop.ui.admin.guides.screenshot_dialog import ScreenshotDialog
from desktop.ui.admin.mode_band import ADMIN, LOOKUP


def test_the_switch_changes_between_lookup_and_administration(
    qtbot, admin_window, admin_ui
) -> None:  # type: ignore[no-untyped-def]
    band = admin_ui.band
    assert band.isVisible() and band.mode() == LOOKUP
    qtbot.keyClick(
        admin_window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert band.mode() == ADMIN
    assert admin_window.frame.nav.currentWidget() is admin_window.frame.navs[ADMIN_NAV]
    wait_idle(qtbot, admin_window)
    assert admin_ui.overview.offline.isVisible()  # no server: the cached guides
    qtbot.keyClick(admin_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert band.mode() == LOOKUP  # Ctrl+F shows the search: the switch follows


def _screenshot() -> QImage:
    image = QImage(800, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(100, 300):
        for y in range(100, 140):
            image.setPixelColor(x, y, QColor("#1565c0"))  # "a CPR number" to black out
    return image


def test_a_new_guide_with_an_annotated_redacted_screenshot_is_kept_offline_and_after_restart(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, admin_ctx
) -> None:
    admin_ui.show_mode(ADMIN)
    admin_ui.new_guide()
    editor = admin_ui.editor
    qtbot.keyClicks(editor.title, "Flytning for en hel familie")
    editor.area.setCurrentText("Flytning")
    editor.bullets.add("Meld flytning senest fem dage efter", False)
    editor.bullets.add("Alle i familien skal med", False)
    editor.bullets.move_row(editor.bullets.rows[1], -1)
    assert editor.bullets.values() == [
        "Alle i familien skal med",
        "Meld flytning senest fem dage efter",
    ]
    qtbot.keyClicks(editor.url, "http://borger.dk")
    assert not editor.url_error.isHidden()  # only https
    editor.url.setText("https://www.borger.dk")
    assert editor.url_error.isHidden()
    step = editor.steps.add(None, True)
    step.title.setText("Log ind med MitID")
    step.text.setPlainText("Vælg »Log ind« øverst.")

    dialog = ScreenshotDialog(admin_window, None, [], None)
    dialog.set_image(_screenshot())
    canvas = dialog.canvas
    canvas.add_mark(0.5, 0.5)
    canvas.add_mark(0.6, 0.1, 0.2, 0.1)
    canvas.add_redaction(100 / 800, 100 / 500, 200 / 800, 40 / 500, blur=False)
    (name1, note1), (name2, note2) = dialog.note_fields()
    dialog.accept()
    assert not dialog.error.isHidden()  # notes are required
    name1.setText("Log ind")
    note1.setText("Tryk her for at logge ind")
    name2.setText("Søg")
    note2.setText("Skriv navnet på blanketten")
    dialog.accept()
    assert dialog.result() == 1
    editor.apply_shot(step, dialog)
    data, kind = dialog.result_image()
    uploaded = QImage.fromData(data)
    assert kind == "image/png"
    assert uploaded.pixelColor(200, 120) == QColor("black")  # burned in, not a layer

    assert [f["position"]["n"] for f in step.fields] == [1, 2]
    assert step.fields[1]["position"]["w"] == 0.2
    steps_preview = editor.preview.page(1)
    assert steps_preview is not None
    texts = [w.text() for w in steps_preview.findChildren(type(editor.heading))]
    assert "1  »Log ind«" in texts and "2  »Søg«" in texts  # numbered as on the image
    assert "Skriv navnet på blanketten" in texts

    editor.publish_button.click()
    wait_idle(qtbot, admin_window)
    assert "sendes" in editor.state.text()  # kept on this computer, sent when back
    key = editor.key
    kept = admin_ctx.workspace.admin.local_edits()
    assert [(d.key, d.send) for d in kept] == [(key, "published")]

    # A restart: the edit comes back with the screenshot and its notes.
    again = AppContext(vault=TokenVault())
    try:
        restored = again.workspace.admin.local_edit(key)
        assert restored is not None
        assert restored["title"] == "Flytning for en hel familie"
        assert restored["steps"][0]["fields"][1]["label"] == "Søg"
        assert again.workspace.blobs.has(restored["steps"][0]["image"])
    finally:
        again.close()


def test_a_referral_card_from_the_directory_and_a_bad_phone_number(
    qtbot, admin_window, admin_ui
) -> None:  # type: ignore[no-untyped-def]
    admin_ui.new_guide()
    editor = admin_ui.editor
    editor.title.setText("Kørekort")
    editor.area.setCurrentText("Kørekort")
    if editor.contacts.count():
        editor.add_contact()
        assert editor.referral.values()[0]["name"] == editor.contacts.currentText()
    card = editor.referral.add(None, False)
    card.edits["name"].setText("Borgerservice")
    card.edits["phone"].setText("12 34")
    editor.save_button.click()
    assert not editor.error.isHidden() and "telefonnummer" in editor.error.text()
