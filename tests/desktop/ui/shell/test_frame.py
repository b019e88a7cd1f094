"""The layout adapts to desktop, tablet and handheld widths; touch targets and accessibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.gui import visible_interactive

from desktop.ui.kit.theme import MIN_TARGET
from desktop.ui.shell.frame import COMPACT, MEDIUM, WIDE


@pytest.mark.parametrize(
    ("width", "height", "mode"),
    [(1280, 800, WIDE), (1024, 768, MEDIUM), (400, 800, COMPACT)],
)
def test_layout_switches_at_the_three_widths(qtbot, window, width, height, mode, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.frame.mode == mode)
    assert window.width() == width  # nothing forces the window wider than the screen
    lookup_ui.open_guide("melde-flytning")
    qtbot.wait(20)
    if mode == COMPACT:
        # One column: the guide is stacked on the list, with a back button.
        assert lookup_ui.guide.isVisible() and not window.frame.nav.isVisible()
        assert window.frame.back.isVisible()
        assert window.status.sync_button.text() == ""  # icon only; the name stays accessible
        assert window.status.sync_button.accessibleName() == "Synkronisér nu"
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert window.frame.nav.isVisible() and not lookup_ui.guide.isVisible()
    else:
        # Two panes: the list on the left, the guide on the right.
        assert window.frame.nav.isVisible() and lookup_ui.guide.isVisible()
        assert not window.frame.back.isVisible()
        assert window.frame.nav.geometry().right() < window.frame.detail.geometry().left() + 2
        assert window.status.sync_button.text() == "Synkronisér nu"


@pytest.mark.parametrize("width", [1280, 400])
def test_every_interactive_widget_is_a_touch_target(qtbot, window, width, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, 800)
    lookup_ui.open_guide("melde-flytning")
    for level in range(3):
        lookup_ui.show_level(level)
        qtbot.wait(20)
        small = [
            (type(w).__name__, w.accessibleName() or w.text(), w.height())
            for w in visible_interactive(window)
            if w.height() < MIN_TARGET
        ]
        assert small == []


def test_interactive_widgets_have_accessible_names(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    lookup_ui.open_guide("melde-flytning")
    pages = [lambda i=i: lookup_ui.show_level(i) for i in range(3)] + [window.show_settings]
    for show in pages:
        show()
        qtbot.wait(10)
        unnamed = [
            type(w).__name__ for w in visible_interactive(window) if not w.accessibleName().strip()
        ]
        assert unnamed == []


def test_shortcuts_are_shown_in_tooltips(window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    assert "F5" in window.status.sync_button.toolTip()
    assert "Ctrl+D" in lookup_ui.guide.favourite.toolTip()
    # Key names as Qt's Danish catalogue writes them (Skift for Shift)
    assert "Ctrl+Skift+F" in lookup_ui.guide.feedback.toolTip()
    assert [f"Alt+{n}" in b.toolTip() for n, b in enumerate(lookup_ui.guide.levels.buttons, 1)] == [
        True
    ] * 3
    assert "Ctrl+," in window.frame.settings.toolTip()
    assert "Ctrl+F" in window.frame.navs["lookup"].sections.buttons[0].toolTip()


def test_section_shortcuts_and_focus(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.frame.navs["lookup"].section() == 2
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.frame.navs["lookup"].section() == 1
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.frame.navs["lookup"].section() == 0 and lookup_ui.search.box.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.frame.detail.currentWidget() is window.settings


def test_tab_order_follows_the_screen(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    lookup_ui.search.set_query("pas")
    lookup_ui.open_guide("pas")
    lookup_ui.search.box.setFocus()
    order = [lookup_ui.search.box]
    for _ in range(5):
        order.append(order[-1].nextInFocusChain())
        while not order[-1].isVisible() or order[-1].focusPolicy() == Qt.FocusPolicy.NoFocus:
            order[-1] = order[-1].nextInFocusChain()
    guide = lookup_ui.guide
    assert order[1:5] == [lookup_ui.search.results, guide.favourite, guide.feedback, guide.send]
    assert order[5] is lookup_ui.guide.levels.buttons[0]


def test_handheld_with_the_largest_text_still_fits(qtbot, window, danish, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.kit import theme

    theme.apply_theme(danish, "light", "larger")
    try:
        window.resize(400, 800)
        lookup_ui.open_guide("melde-flytning", level=1)
        qtbot.wait(50)
        assert window.width() == 400
        # Layout requests are handled by the event loop: wait for them to settle.
        qtbot.waitUntil(lambda: window.minimumSizeHint().width() <= 400, timeout=3000)
        assert lookup_ui.guide.levels.property("tight") is True
        assert lookup_ui.guide.favourite.text() == ""  # the star alone on a handheld
        assert lookup_ui.guide.favourite.accessibleName() == "Tilføj til favoritter"
        for button in lookup_ui.guide.levels.buttons:
            needed = button.fontMetrics().horizontalAdvance(button.text())
            assert needed <= button.width()
    finally:
        theme.apply_theme(danish, "light", "normal")
