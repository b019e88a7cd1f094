"""The three levels of a guide, copying to the clipboard, favourites."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def _texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_three_levels_are_kept_apart(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    lookup_ui.open_guide("melde-flytning")
    view = lookup_ui.guide
    assert [b.text() for b in view.levels.buttons] == ["Vejledning", "Trin for trin", "Henvisning"]
    assert view.title.text() == "Melde flytning"

    guidance = _texts(view.page(0))
    assert "Meld flytning på borger.dk senest 5 dage efter" in guidance
    assert "Selvbetjeningsløsning" in guidance
    assert view.level() == 0

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert view.level() == 1
    steps = _texts(view.page(1))
    assert "Udfyld ny adresse" in steps and "Vælg læge" in steps
    assert "Borgerservice" not in steps  # the referral is on its own level

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert view.level() == 2
    referral = _texts(view.page(2))
    assert "Borgerservice" in referral and "70 11 22 33" in referral
    assert "Man-fre 10-15, tors 10-17" in referral

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert view.level() == 0
    view.levels.buttons[2].click()
    assert view.level() == 2


def test_copy_link_and_phone_put_text_on_the_clipboard(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    clipboard = QGuiApplication.clipboard()
    lookup_ui.open_guide("melde-flytning")
    copy_link = lookup_ui.guide.page(0).findChild(QPushButton, "copy_link")
    assert copy_link.text() == "Kopiér link"
    assert lookup_ui.guide.page(0).findChild(QPushButton, "open_link").text() == "Åbn"
    qtbot.mouseClick(copy_link, Qt.MouseButton.LeftButton)
    assert clipboard.text() == "https://www.borger.dk/bolig-og-flytning/flytning"
    assert window.messages.isVisible()
    assert window.messages.text.text().startswith("Linket er kopieret")

    clipboard.setText("")
    lookup_ui.show_level(2)
    copy_phone = lookup_ui.guide.page(2).findChild(QPushButton, "copy_phone")
    qtbot.mouseClick(copy_phone, Qt.MouseButton.LeftButton)
    assert clipboard.text() == "70 11 22 33"

    clipboard.setText("")
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert clipboard.text() == "https://www.borger.dk/bolig-og-flytning/flytning"


@pytest.mark.live
def test_copy_email_of_a_referral(qtbot, window, ui_server, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    admin = ui_server.admin_api("101")
    admin.update_guide(
        "pas",
        referral=[{"name": "Pasekspeditionen", "email": "pas@kommune.dk", "phone": "70 00 00 01"}],
    )
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.state == "online" and not window.ops.busy, timeout=15_000)
    lookup_ui.open_guide("pas", level=2)
    button = lookup_ui.guide.page(2).findChild(QPushButton, "copy_email")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "pas@kommune.dk"


def test_favourite_toggle_with_ctrl_d(qtbot, window, context, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    lookup = context.workspace.lookup
    lookup_ui.open_guide("skifte-laege")
    assert not lookup.is_favourite("skifte-laege")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert lookup.is_favourite("skifte-laege")
    assert lookup_ui.guide.favourite.isChecked()
    assert lookup_ui.guide.favourite.text() == "Favorit"
    lookup_ui.browse.tabs.set_current(2)
    assert [row.key for row in lookup_ui.browse.list.rows()] == ["skifte-laege"]
    qtbot.mouseClick(lookup_ui.guide.favourite, Qt.MouseButton.LeftButton)
    assert not lookup.is_favourite("skifte-laege")


@pytest.mark.live
def test_screenshot_from_the_blob_store_zooms_on_click(qtbot, window, ui_server, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    from desktop.devtools.tour_art import mitid_scan_png
    from desktop.ui.kit.image_viewer import ImageViewer

    admin = ui_server.admin_api("101")
    sha = admin.upload_blob(mitid_scan_png())
    guide = admin.get_guide("melde-flytning")
    steps = guide["steps"]
    steps[0]["image"] = sha
    admin.update_guide("melde-flytning", steps=steps)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.state == "online" and not window.ops.busy, timeout=15_000)
    lookup_ui.open_guide("melde-flytning", level=1)
    thumb = lookup_ui.guide.page(1).findChild(QPushButton, "screenshot")
    assert thumb is not None
    assert "Skærmbillede til trin 1" in thumb.accessibleName()
    qtbot.mouseClick(thumb, Qt.MouseButton.LeftButton)
    viewer = window.findChild(ImageViewer)
    assert viewer is not None and viewer.isVisible()
    viewer.step(1)
    viewer.close()
