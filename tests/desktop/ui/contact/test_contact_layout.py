"""The timer bar, the finish panel, "I dag" and "Send til borger" at the three widths: touch
targets, accessible names, nothing wider than a handheld, the channel and place buttons whole
and side by side, shortcuts shown."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect
from support.gui import visible_interactive

from desktop.ui.kit import theme
from desktop.ui.kit.theme import MIN_TARGET


def _problems(root) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    return [
        (type(w).__name__, w.accessibleName(), w.height())
        for w in visible_interactive(root)
        if w.height() < MIN_TARGET or not w.accessibleName().strip()
    ]


@pytest.mark.parametrize("width", [1280, 1024, 400])
def test_contact_screens_are_touch_friendly(qtbot, window, width, lookup_ui, contact_ui) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, 800)
    contact = contact_ui
    contact.bar.start.click()
    lookup_ui.open_guide("melde-flytning")
    qtbot.wait(30)
    assert _problems(window) == []
    contact.bar.pause.click()
    contact.bar.stop.click()
    qtbot.wait(30)
    assert window.frame.detail.currentWidget() is contact.finish
    assert contact.finish.register.isVisible()
    assert _problems(window) == []
    contact.finish.submit()
    contact.show_today()
    qtbot.wait(30)
    assert contact.strip.isVisible()
    assert _problems(window) == []
    qtbot.waitUntil(lambda: window.minimumSizeHint().width() <= width, timeout=3000)


@pytest.mark.parametrize("width", [1280, 400])
def test_send_dialog_is_touch_friendly(qtbot, window, width, lookup_ui, messaging_ui) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, 800)
    lookup_ui.open_guide("melde-flytning")
    dialog = messaging_ui.send_to_citizen()
    qtbot.wait(30)
    assert dialog.width() <= width and dialog.minimumSizeHint().width() <= width
    assert _problems(dialog) == []
    dialog.channel.buttons[1].click()
    qtbot.wait(10)
    assert _problems(dialog) == []
    dialog.reject()


def test_handheld_timer_bar_fits_the_largest_text(qtbot, window, danish, contact_ui) -> None:  # type: ignore[no-untyped-def]
    theme.apply_theme(danish, "light", "larger")
    try:
        window.resize(400, 800)
        bar = contact_ui.bar
        for step in (bar.start, bar.pause, bar.stop):
            step.click()
            qtbot.waitUntil(lambda: window.minimumSizeHint().width() <= 400, timeout=3000)
            assert window.width() == 400
        assert bar.start.text() == "" and bar.start.accessibleName() == "Start"
        assert bar.finish.isVisible()
    finally:
        theme.apply_theme(danish, "light", "normal")


def _clipped(bar) -> list[str]:  # type: ignore[no-untyped-def]
    """The bar's visible buttons that are smaller than a touch target, reach outside the bar
    or overlap another one."""
    shown = [w for w in bar.focus_chain() if w.isVisibleTo(bar)]
    boxes = {w: QRect(w.mapTo(bar, w.rect().topLeft()), w.size()) for w in shown}
    problems = [
        w.accessibleName()
        for w, box in boxes.items()
        if min(box.width(), box.height()) < MIN_TARGET or not bar.rect().contains(box)
    ]
    for a, b in itertools.combinations(shown, 2):
        if boxes[a].intersects(boxes[b]):
            problems.append(f"{a.accessibleName()} / {b.accessibleName()}")
    return problems


@pytest.mark.parametrize("width", [1280, 1024, 400])
def test_channel_and_place_rows_fit_without_clipping(qtbot, window, width, contact_ui) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, 800)
    bar = contact_ui.bar
    for step in (None, bar.start, bar.pause, bar.stop):  # idle, running, paused, stopped
        if step is not None:
            step.click()
        qtbot.waitUntil(lambda: window.minimumSizeHint().width() <= width, timeout=3000)
        qtbot.wait(20)
        assert window.width() == width and bar.width() <= width
        assert _clipped(bar) == []
        # The six channels are one row of buttons, all there, at every width.
        tops = {b.mapTo(bar, b.rect().topLeft()).y() for b in bar.channels.buttons}
        assert len(tops) == 1 and all(b.isVisibleTo(bar) for b in bar.channels.buttons)
        places = [b for b in bar.places.buttons if b.isVisibleTo(bar)]
        assert len(places) == 3 and not bar.places.more.isVisibleTo(bar)  # the 3 presets


def test_handheld_channel_row_fits_the_largest_text(qtbot, window, danish, contact_ui) -> None:  # type: ignore[no-untyped-def]
    theme.apply_theme(danish, "light", "larger")
    try:
        window.resize(400, 800)
        bar = contact_ui.bar
        bar.start.click()
        qtbot.waitUntil(lambda: window.minimumSizeHint().width() <= 400, timeout=3000)
        qtbot.wait(20)
        assert window.width() == 400 and _clipped(bar) == []
        assert all(b.text() == "" for b in bar.channels.buttons)
        assert bar.current_location() in bar.places.shown
    finally:
        theme.apply_theme(danish, "light", "normal")


def test_new_shortcuts_are_on_the_start_page_and_in_tooltips(window, lookup_ui, contact_ui) -> None:  # type: ignore[no-untyped-def]
    keys = {item.name: item.keys for item in window.host.shortcuts.shortcuts()}
    assert keys["start_stop"] == ("F9",) and keys["pause"] == ("F10",)
    assert keys["send"] == ("Ctrl+M",) and keys["today"] == ("Ctrl+I",)
    assert keys["manual"] == ("Shift+F9",)
    texts = [w.text() for w in window.welcome.findChildren(type(contact_ui.bar.time))]
    for shown in ("F9", "F10", "Ctrl+M", "Skift+F9", "Ctrl+I"):  # Qt's Danish key names
        assert shown in texts
    bar = contact_ui.bar
    assert "F9" in bar.start.toolTip() and "Ctrl+I" in bar.today.toolTip()
    assert "Ctrl+M" in lookup_ui.guide.send.toolTip() and "Ctrl+M" in bar.send.toolTip()
    assert "Skift+F9" in contact_ui.today.manual.toolTip()


@pytest.mark.parametrize("width", [1280, 400])
def test_stopped_state_is_whole_on_every_width(qtbot, window, width, contact_ui) -> None:  # type: ignore[no-untyped-def]
    """Also: a contact stopped before any guide was opened (a guide page never shown at
    this width must not keep the window wider than a handheld)."""
    window.resize(width, 800)
    bar = contact_ui.bar
    bar.start.click()
    bar.stop.click()
    qtbot.waitUntil(lambda: window.minimumSizeHint().width() <= width, timeout=3000)
    qtbot.wait(20)
    full = "Stoppet – vælg udfald"
    assert bar.badge.accessibleName() == full and bar.badge.toolTip() == full
    assert bar.badge.text() == ("Stoppet" if width == 400 else full)
    room = bar.badge.width()
    assert bar.badge.fontMetrics().horizontalAdvance(bar.badge.text()) <= room
