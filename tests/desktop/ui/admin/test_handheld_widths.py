"""Admin mode at a handheld's width (400 px): the "Opslag"/"Administration" switch shows
both words whole, the screenshot dialog fits the screen with all four tools, and the
content section's four kinds fit two by two."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QPushButton, QWidget
from support.gui import wait_idle

from desktop.devtools.tour_art import mitid_scan_png
from desktop.ui.admin.guides.screenshot_dialog import ScreenshotDialog
from desktop.ui.admin.mode_band import ADMIN

HANDHELD = (400, 800)


def _text_fits(item: QPushButton) -> bool:
    return QFontMetrics(item.font()).horizontalAdvance(item.text()) <= item.width() - 4


def _inside(widget: QWidget, root: QWidget) -> bool:
    right = widget.mapTo(root, widget.rect().topRight()).x()
    return widget.mapTo(root, widget.rect().topLeft()).x() >= 0 and right < root.width()


def test_the_mode_switch_shows_administration_whole(qtbot, admin_window, admin_ui) -> None:  # type: ignore[no-untyped-def]
    admin_window.resize(*HANDHELD)
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    admin_ui.band.show_open_feedback(3)
    qtbot.wait(50)
    band = admin_ui.band
    assert [b.text() for b in band.switch.buttons] == ["Opslag", "Administration"]
    for item in band.switch.buttons:
        assert _text_fits(item), (item.text(), item.width())
        assert _inside(item, admin_window)
    assert band.count.text() == "3"  # the number only; the whole text for screen readers
    assert band.count.accessibleName() == "3 åbne feedback"
    assert _inside(band.count, admin_window)

    admin_window.resize(1280, 800)
    qtbot.wait(50)
    assert band.count.text() == "3 åbne feedback"


def test_the_screenshot_dialog_fits_a_handheld_with_all_tools(qtbot, admin_window) -> None:  # type: ignore[no-untyped-def]
    admin_window.resize(*HANDHELD)
    dialog = ScreenshotDialog(admin_window)
    qtbot.addWidget(dialog)
    dialog.set_image(QImage.fromData(mitid_scan_png()))
    dialog.canvas.add_mark(0.5, 0.3)
    dialog.resize(*HANDHELD)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= HANDHELD[0]
    assert len(dialog.tools.buttons) == 4
    for item in dialog.tools.buttons:
        assert item.isVisible() and _inside(item, dialog), item.text()
        assert _text_fits(item), (item.text(), item.width())
    for item in (dialog.ok, dialog.cancel, dialog.undo):
        assert _inside(item, dialog), item.text()
    dialog.reject()


def test_the_content_kinds_fit_a_handheld(qtbot, admin_window, admin_ui) -> None:  # type: ignore[no-untyped-def]
    admin_window.resize(*HANDHELD)
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    content = admin_ui.directory.content
    admin_ui.directory.show_kind("faq")
    qtbot.wait(50)
    assert content.kind() == "faq"
    for item in content.kind_buttons.values():
        assert item.isVisible() and _inside(item, admin_window), item.text()
        assert item.height() >= 44
        assert _text_fits(item), (item.text(), item.width())


def test_the_admin_nav_shows_every_section_name_whole_at_three_widths(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui
) -> None:
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    nav = admin_window.frame.navs["admin"].sections
    assert [b.text() for b in nav.buttons] == [
        "Oversigt",
        "Vejledninger",
        "Feedback",
        "Brugere",
        "Indhold",
        "Fælles hotlines",
        "Bibliotek",
        "Borgerweb",
    ]
    for size in (HANDHELD, (1024, 768), (1280, 800)):
        admin_window.resize(*size)
        admin_window.frame.show_nav()
        qtbot.wait(50)
        for item in nav.buttons:
            assert item.height() >= 44
            assert _text_fits(item), (size, item.text(), item.width())


def test_the_overview_counts_are_never_squeezed(qtbot, admin_window, admin_ui) -> None:  # type: ignore[no-untyped-def]
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    overview = admin_ui.overview
    # Tablet and desktop: the overview column beside the page, at the window's full height
    # (on the tablet it is shorter than its contents and scrolls).
    for size in ((1024, 768), (1280, 800)):
        admin_window.resize(*size)
        admin_window.frame.show_nav()
        qtbot.wait(50)
        for key, (number, _frame) in overview.counts.items():
            assert number.isVisible(), (size, key)
            assert number.height() >= number.sizeHint().height(), (size, key, number.height())
        assert overview.scroll_area.widget().width() <= overview.scroll_area.viewport().width()
