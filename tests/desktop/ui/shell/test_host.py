"""The host seam, as a feature of the admin or reports kind will use it: a feature installed
through the host gets its section, page, band, settings card and shortcut, answers the change
signal, and cannot take a key that is bound already. A role's window installs what the table
of features says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.contact.feature import ContactFeature
from desktop.ui.lookup.feature import LookupFeature
from desktop.ui.messaging.feature import MessagingFeature
from desktop.ui.shell.features import features_for
from desktop.ui.shell.host import Band, Changes, Feature, Host, Shortcut, ShortcutCollision
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.shortcuts import portable
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import Role


class NotesFeature(Feature):
    """A made-up feature with one of everything."""

    name = "notes"

    def install(self, host: Host) -> None:
        self.host = host
        self.section = QLabel("noter")
        self.page = QWidget()
        self.band = QFrame()
        self.card = QFrame()
        self.card_shown = 0
        self.changes: list[Changes] = []
        host.add_section("notes", "Noter", "edit", self.section, tooltip="Noter (Ctrl+J)")
        host.add_page(self.page)
        host.add_band("notes.band", self.band, order=Band.CONTACT + 50)
        host.add_settings_card(self.card, on_show=self._card_shown)
        host.add_shortcut(Shortcut("notes", ("Ctrl+J",), "Noter"), self.open)
        host.events.content_changed.connect(self.changes.append)

    def _card_shown(self) -> None:
        self.card_shown += 1

    def open(self) -> None:
        self.host.open_page(self.page)


@pytest.fixture
def notes_window(qtbot, context: AppContext):  # type: ignore[no-untyped-def]
    notes = NotesFeature()
    features = [LookupFeature(), MessagingFeature(), ContactFeature(), notes]
    window = MainWindow(context, UiPrefs(), features=features)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window, notes
    window.close()


def test_a_feature_installs_one_of_everything(qtbot, notes_window) -> None:  # type: ignore[no-untyped-def]
    window, notes = notes_window
    frame = window.frame
    # The section is the fourth segment of the lookup nav, and shows when asked.
    buttons = frame.navs["lookup"].sections.buttons
    assert [b.text() for b in buttons] == ["Søg", "Områder", "FAQ", "Noter"]
    window.host.show_section("notes")
    assert frame.current_section() is notes.section
    # The band sits by its order: under the timer, above the last registration and messages.
    layout = frame.layout()
    assert isinstance(layout, QVBoxLayout)
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    contact = window.feature(ContactFeature)
    assert order.index(contact.bar) < order.index(notes.band) < order.index(contact.strip)
    assert order.index(contact.strip) < order.index(window.messages)
    assert frame.band("notes.band") is notes.band
    # The shortcut is a window action and opens the page; the start page lists it.
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.host.current_page() is notes.page
    assert "Noter" in [label.text() for label in window.welcome.findChildren(QLabel)]
    # The settings card is on the settings page and hears when it opens.
    window.show_settings()
    assert notes.card.isVisibleTo(window.settings) and notes.card_shown == 1
    # A sync or a write says what changed.
    window.host.events.content_changed.emit(Changes(content=True))
    assert notes.changes == [Changes(content=True)]


def test_a_key_that_is_taken_is_refused(notes_window) -> None:  # type: ignore[no-untyped-def]
    window, _notes = notes_window
    with pytest.raises(ShortcutCollision, match="taken by 'sync'"):
        window.host.add_shortcut(Shortcut("refresh", ("F5",), "Opdatér"), lambda: None)
    with pytest.raises(ValueError, match="added twice"):
        window.host.add_band("notes.band", QFrame(), order=Band.MESSAGES)


def test_the_table_gives_every_role_lookup_messaging_and_contact() -> None:
    for role in Role:
        assert [feature.name for feature in features_for(role)][:3] == [
            "lookup",
            "messaging",
            "contact",
        ]


def test_only_the_admin_gets_admin_mode() -> None:
    assert [f.name for f in features_for(Role.ADMIN)][3:] == ["admin", "management"]
    assert [f.name for f in features_for(Role.MANAGER)][3:] == ["management"]
    assert all("admin" not in [f.name for f in features_for(r)] for r in (Role.AGENT, Role.MANAGER))


@pytest.mark.parametrize("role", list(Role))
def test_each_roles_window_binds_each_key_once(qtbot, synced_profile: Path, danish, role) -> None:  # type: ignore[no-untyped-def]
    profile = synced_profile / "profile.json"
    data = json.loads(profile.read_text(encoding="utf-8"))
    profile.write_text(json.dumps({**data, "role": role.value}), encoding="utf-8")
    context = AppContext(vault=TokenVault())
    window = MainWindow(context, UiPrefs())
    qtbot.addWidget(window)
    try:
        assert window.host.role is role
        keys = [portable(k) for item in window.host.shortcuts.shortcuts() for k in item.keys]
        assert len(keys) == len(set(keys))
    finally:
        window.close()
        context.close()
