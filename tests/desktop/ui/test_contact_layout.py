"""The timer bar, the finish panel, "I dag" and "Send til borger" at the three widths: touch
targets, accessible names, nothing wider than a handheld, shortcuts shown."""

from __future__ import annotations

import pytest

from desktop.ui import theme
from desktop.ui.actions import shortcuts
from desktop.ui.theme import MIN_TARGET

from .test_layout import _visible_interactive


def _problems(root) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    return [
        (type(w).__name__, w.accessibleName(), w.height())
        for w in _visible_interactive(root)
        if w.height() < MIN_TARGET or not w.accessibleName().strip()
    ]


@pytest.mark.parametrize("width", [1280, 1024, 400])
def test_contact_screens_are_touch_friendly(qtbot, window, width) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, 800)
    contact = window.contact
    contact.bar.start.click()
    window.open_guide("melde-flytning")
    qtbot.wait(30)
    assert _problems(window) == []
    contact.bar.pause.click()
    contact.bar.stop.click()
    qtbot.wait(30)
    assert window.detail.currentWidget() is contact.finish
    assert contact.finish.register.isVisible()
    assert _problems(window) == []
    contact.finish.submit()
    contact.show_today()
    qtbot.wait(30)
    assert contact.strip.isVisible()
    assert _problems(window) == []
    qtbot.waitUntil(lambda: window.minimumSizeHint().width() <= width, timeout=3000)


@pytest.mark.parametrize("width", [1280, 400])
def test_send_dialog_is_touch_friendly(qtbot, window, width) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, 800)
    window.open_guide("melde-flytning")
    dialog = window.contact.send_to_citizen()
    qtbot.wait(30)
    assert dialog.width() <= width and dialog.minimumSizeHint().width() <= width
    assert _problems(dialog) == []
    dialog.channel.buttons[1].click()
    qtbot.wait(10)
    assert _problems(dialog) == []
    dialog.reject()


def test_handheld_timer_bar_fits_the_largest_text(qtbot, window, danish) -> None:  # type: ignore[no-untyped-def]
    theme.apply_theme(danish, "light", "larger")
    try:
        window.resize(400, 800)
        bar = window.contact.bar
        for step in (bar.start, bar.pause, bar.stop):
            step.click()
            qtbot.waitUntil(lambda: window.minimumSizeHint().width() <= 400, timeout=3000)
            assert window.width() == 400
        assert bar.start.text() == "" and bar.start.accessibleName() == "Start"
        assert bar.finish.isVisible()
    finally:
        theme.apply_theme(danish, "light", "normal")


def test_new_shortcuts_are_on_the_start_page_and_in_tooltips(window) -> None:  # type: ignore[no-untyped-def]
    keys = {item.name: item.keys for item in shortcuts()}
    assert keys["start_stop"] == ("F9",) and keys["pause"] == ("F10",)
    assert keys["send"] == ("Ctrl+M",) and keys["today"] == ("Ctrl+I",)
    assert keys["manual"] == ("Shift+F9",)
    texts = [w.text() for w in window.welcome.findChildren(type(window.contact.bar.time))]
    for shown in ("F9", "F10", "Ctrl+M", "Shift+F9", "Ctrl+I"):
        assert shown in texts
    bar = window.contact.bar
    assert "F9" in bar.start.toolTip() and "Ctrl+I" in bar.today.toolTip()
    assert "Ctrl+M" in window.guide.send.toolTip() and "Ctrl+M" in bar.send.toolTip()
    assert "Shift+F9" in window.contact.today.manual.toolTip()
