"""The channel and the place in the timer bar are one tap away: segments for the channels,
buttons for the workstation's places with "Flere…" for the rest, names kept for screen readers
and tooltips, reachable with Tab and Space, and the checked one visible in every theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.services.contact import ContactSettings, ContactState
from desktop.store import outbox
from desktop.ui.kit import theme
from desktop.ui.kit.labels import CHANNELS
from sync_server.protocol import Channel, Registration

DANISH = {
    Channel.PHONE: "Telefon",
    Channel.COUNTER: "Fremmøde",
    Channel.CHAT: "Chat",
    Channel.EMAIL: "Mail",
    Channel.VIDEO: "Video",
    Channel.OUTREACH: "Udkørende",
}
MANY = ("Borgerservice", "Kontaktcenter", "Bibliotek", "Filial Vest", "Filial Øst", "Rådhuset")
LEFT = Qt.MouseButton.LeftButton


def queued(context) -> list[Registration]:  # type: ignore[no-untyped-def]
    items = outbox.due(context.workspace.cache, "registration", 100)
    return [Registration.model_validate_json(item.payload) for item in items]


def presets(contact_ui, context, locations: tuple[str, ...], location: str) -> None:  # type: ignore[no-untyped-def]
    service = context.workspace.contact
    service.save_settings(ContactSettings(Channel.PHONE, location, locations, False))
    contact_ui.update_bar()


@pytest.mark.parametrize("width", [1024, 400])
def test_icon_only_channels_keep_their_names(qtbot, window, width, contact_ui) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, 800)
    bar = contact_ui.bar
    qtbot.waitUntil(lambda: not bar.channels.labelled and bar.channels.width() > 0)
    for channel in CHANNELS:
        item = bar.channels.button_for(channel)
        assert item.text() == "" and not item.icon().isNull()
        assert item.accessibleName() == DANISH[channel]
        assert DANISH[channel] in item.toolTip()
        assert item.width() >= theme.MIN_TARGET and item.height() >= theme.MIN_TARGET


def test_desktop_shows_the_channel_names_when_they_fit(qtbot, window, contact_ui) -> None:  # type: ignore[no-untyped-def]
    bar = contact_ui.bar
    qtbot.waitUntil(lambda: bar.channels.labelled)
    assert [bar.channels.button_for(c).text() for c in CHANNELS] == list(DANISH.values())
    assert [b.text() for b in bar.places.buttons if b.isVisible()] == [
        "Borgerservice",
        "Kontaktcenter",
        "Bibliotek",
    ]
    assert not bar.places.more.isVisible()


def test_running_contact_switches_with_one_click_at_handheld_width(
    qtbot, window, context, contact_ui
) -> None:  # type: ignore[no-untyped-def]
    window.resize(400, 800)
    bar = contact_ui.bar
    qtbot.waitUntil(lambda: bar.mode == "compact")
    qtbot.mouseClick(bar.start, LEFT)
    assert bar.state is ContactState.RUNNING
    qtbot.mouseClick(bar.channels.button_for(Channel.CHAT), LEFT)
    assert context.workspace.contact.status().channel is Channel.CHAT
    kontaktcenter = bar.places.button_for("Kontaktcenter")
    assert kontaktcenter is not None and kontaktcenter.isVisible()
    qtbot.mouseClick(kontaktcenter, LEFT)
    assert context.workspace.contact.status().location == "Kontaktcenter"
    qtbot.mouseClick(bar.stop, LEFT)
    contact_ui.finish.submit()
    [registration] = queued(context)
    assert registration.channel is Channel.CHAT and registration.location == "Kontaktcenter"


def test_many_places_overflow_into_a_menu(qtbot, window, context, contact_ui) -> None:  # type: ignore[no-untyped-def]
    presets(contact_ui, context, MANY, "Borgerservice")
    bar = contact_ui.bar
    places = bar.places
    shown = [b for b in places.buttons if b.isVisible()]
    assert 1 <= len(shown) <= 4 and places.more.isVisible()
    assert places.more.text() == "Flere…" and places.more.accessibleName() == "Flere steder"
    assert places.menu_names() == [n for n in MANY if n not in places.shown]
    assert "Rådhuset" in places.menu_names()
    assert bar.location_names() == list(MANY)
    # A place from the menu: one pick, and it becomes a (checked) button of its own.
    qtbot.mouseClick(bar.start, LEFT)
    bar.choose_location("Rådhuset")
    assert context.workspace.contact.status().location == "Rådhuset"
    button = places.button_for("Rådhuset")
    assert button is not None and button.isVisible() and button.isChecked()
    assert "Rådhuset" not in places.menu_names()
    # At handheld width fewer buttons fit; the current place is always one of them.
    window.resize(400, 800)
    qtbot.waitUntil(lambda: bar.mode == "compact")
    qtbot.wait(20)
    assert places.button_for("Rådhuset") is not None and places.more.isVisible()
    assert places.geometry().right() <= bar.width()
    for item in [b for b in places.buttons if b.isVisible()] + [places.more]:
        assert item.geometry().right() <= places.width()
        assert item.width() >= theme.MIN_TARGET and item.height() >= theme.MIN_TARGET
        assert item.accessibleName().strip()


def test_long_place_names_are_shortened_but_named_in_full(
    qtbot, window, context, contact_ui
) -> None:  # type: ignore[no-untyped-def]
    long = "Borgerservice Nordvest, Frederiksborgvej"
    presets(contact_ui, context, ("Borgerservice", long), long)
    window.resize(400, 800)
    bar = contact_ui.bar
    qtbot.waitUntil(lambda: bar.mode == "compact")
    qtbot.wait(20)
    button = bar.places.button_for(long)
    assert button is not None and button.isChecked()
    assert button.text().endswith("…") and button.text() != long
    assert button.accessibleName() == long and long in button.toolTip()
    assert button.geometry().right() <= bar.places.width()


def test_tab_and_space_pick_a_channel(qtbot, window, context, contact_ui) -> None:  # type: ignore[no-untyped-def]
    bar = contact_ui.bar
    window.activateWindow()
    first = bar.channels.button_for(Channel.PHONE)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    counter = bar.channels.button_for(Channel.COUNTER)
    assert counter.hasFocus(), window.focusWidget()
    qtbot.keyClick(counter, Qt.Key.Key_Space)
    assert context.workspace.contact.settings().channel is Channel.COUNTER
    assert counter.isChecked()
    # On through the channels to the places.
    for _ in range(len(CHANNELS) - 1):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is bar.places.buttons[0]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert context.workspace.contact.settings().location == "Kontaktcenter"


def _fill(widget) -> QColor:  # type: ignore[no-untyped-def]
    """The colour just inside the button's left edge (clear of the icon and the text)."""
    image = widget.grab().toImage()
    return image.pixelColor(5, image.height() // 2)


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@pytest.mark.parametrize("name", ["light", "dark", "contrast"])
def test_checked_segment_is_filled_in_every_theme(qtbot, window, danish, name, contact_ui) -> None:  # type: ignore[no-untyped-def]
    theme.apply_theme(danish, name, "normal")
    try:
        qtbot.wait(20)
        bar = contact_ui.bar
        checked = bar.channels.button_for(Channel.PHONE)
        other = bar.channels.button_for(Channel.CHAT)
        primary = QColor(theme.current().primary)
        assert checked.isChecked() and not other.isChecked()
        assert _distance(_fill(checked), primary) < 40
        assert _distance(_fill(other), primary) > 150
        place = bar.places.button_for("Borgerservice")
        assert place is not None and _distance(_fill(place), primary) < 40
    finally:
        theme.apply_theme(danish, "light", "normal")
