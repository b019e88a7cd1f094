"""Contact timing in the GUI: the timer bar, "stop + one tap", every outcome, pauses, the CPR
guard, corrections and undo, the "I dag" page and manual registrations."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea
from support.clock import FakeClock

from desktop.services.contact import ContactState
from desktop.store import outbox
from desktop.ui.contact.feature import ContactFeature
from desktop.ui.contact.finish_page import CORRECT, FINISH, MANUAL
from desktop.ui.kit.labels import OUTCOMES
from sync_server.protocol import Channel, CitizenType, Outcome, Registration
from sync_server.protocol.validation import CONTACT_MESSAGE, CPR_MESSAGE

CPR_NOTE = "Borgeren 010190-1234 ringede igen"


def queued(context) -> list[Registration]:  # type: ignore[no-untyped-def]
    items = outbox.due(context.workspace.cache, "registration", 100)
    return [Registration.model_validate_json(item.payload) for item in items]


def key(qtbot, window, name: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, name, modifier)


@pytest.fixture
def clock(context) -> FakeClock:  # type: ignore[no-untyped-def]
    """The contact service of the window runs on a settable clock."""
    fake = FakeClock(datetime.now(UTC).replace(microsecond=0))
    context.workspace.contact.clock = fake
    return fake


def test_stop_plus_one_tap_registers_once(
    qtbot, window, context, clock, lookup_ui, contact_ui
) -> None:  # type: ignore[no-untyped-def]
    bar, finish = contact_ui.bar, contact_ui.finish
    assert bar.start.isVisible() and not bar.stop.isVisible()
    assert "F9" in bar.start.toolTip() and "F10" in bar.pause.toolTip()
    qtbot.mouseClick(bar.start, Qt.MouseButton.LeftButton)
    assert bar.state is ContactState.RUNNING
    assert bar.badge.text() == "Henvendelse i gang"
    lookup_ui.open_guide("melde-flytning")
    clock.advance(95)
    qtbot.waitUntil(lambda: bar.time.text() == "1:35", timeout=3000)  # the one-second tick
    assert "1 vejledning" in bar.info.text() and "Flytning" in bar.info.text()

    qtbot.mouseClick(bar.stop, Qt.MouseButton.LeftButton)
    assert window.frame.detail.currentWidget() is finish and finish.mode == FINISH
    assert finish.outcomes.value() is Outcome.RESOLVED  # the remembered default
    assert finish.register.hasFocus()
    assert queued(context) == []  # nothing is saved before the tap
    qtbot.keyClick(finish.register, Qt.Key.Key_Return)  # the one tap

    [registration] = queued(context)
    assert registration.outcome is Outcome.RESOLVED
    assert registration.channel is Channel.PHONE and registration.location == "Borgerservice"
    assert registration.guide_ids == ["melde-flytning"] and registration.area == "Flytning"
    assert registration.active_seconds == 95 and not registration.manual
    assert window.messages.text.text().startswith("Gemt: 1:35 · Løst straks")
    assert window.frame.detail.currentWidget() is lookup_ui.guide  # back to the guide
    assert bar.state is ContactState.IDLE and bar.start.isVisible()
    strip = contact_ui.strip
    assert strip.isVisible() and strip.correct.isVisible() and strip.undo.isVisible()
    assert "Løst straks" in strip.text.text()
    assert bar.today.text() == "I dag 1"


def test_keyboard_f9_and_enter(qtbot, window, context, contact_ui) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, window, Qt.Key.Key_F9)
    assert contact_ui.bar.state is ContactState.RUNNING
    key(qtbot, window, Qt.Key.Key_F9)
    assert contact_ui.bar.state is ContactState.STOPPED
    qtbot.keyClick(contact_ui.finish.register, Qt.Key.Key_Enter)
    assert len(queued(context)) == 1


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_each_outcome(qtbot, window, context, outcome, lookup_ui, contact_ui) -> None:  # type: ignore[no-untyped-def]
    finish = contact_ui.finish
    contact_ui.bar.start.click()
    lookup_ui.open_guide("melde-flytning")
    contact_ui.bar.stop.click()
    qtbot.mouseClick(finish.outcomes.button_for(outcome), Qt.MouseButton.LeftButton)
    assert finish.referral.isVisible() == (outcome is Outcome.REFERRED)
    if outcome is Outcome.REFERRED:
        names = [finish.referral.itemData(i) for i in range(finish.referral.count())]
        assert "Borgerservice" in names or len(names) > 1
        finish.referral.setCurrentIndex(1)
        expected_referral = finish.referral.itemData(1)
    qtbot.mouseClick(finish.citizen.button_for(CitizenType.NOT_DIGITAL), Qt.MouseButton.LeftButton)
    finish.stuck.setCurrentIndex(1)  # the first of the seven Selvbetjeningstjek areas
    qtbot.mouseClick(finish.register, Qt.MouseButton.LeftButton)
    [registration] = queued(context)
    assert registration.outcome is outcome
    assert registration.citizen_type is CitizenType.NOT_DIGITAL
    assert registration.stuck_solution == "Sygedagpenge"
    if outcome is Outcome.REFERRED:
        assert registration.referral_target == expected_referral
    else:
        assert registration.referral_target is None
    # The choice is remembered for the next contact.
    contact_ui.bar.start.click()
    contact_ui.bar.stop.click()
    assert finish.outcomes.value() is outcome
    assert finish.citizen.value() is CitizenType.NOT_DIGITAL


def test_number_keys_pick_the_outcome(qtbot, window, context, contact_ui) -> None:  # type: ignore[no-untyped-def]
    contact_ui.bar.start.click()
    contact_ui.bar.stop.click()
    finish = contact_ui.finish
    qtbot.keyClick(finish.register, Qt.Key.Key_4)
    assert finish.outcomes.value() is Outcome.REFERRED and finish.referral.isVisible()
    qtbot.keyClick(finish.register, Qt.Key.Key_6)
    assert finish.outcomes.value() is Outcome.NOT_RESOLVED
    # The citizen type can be chosen and cleared again (it is optional).
    button = finish.citizen.button_for(CitizenType.SPECIAL_NEEDS)
    button.click()
    assert finish.citizen.value() is CitizenType.SPECIAL_NEEDS
    button.click()
    assert finish.citizen.value() is None


def test_pause_is_not_counted(qtbot, window, context, clock, contact_ui) -> None:  # type: ignore[no-untyped-def]
    bar = contact_ui.bar
    key(qtbot, window, Qt.Key.Key_F9)
    clock.advance(30)
    key(qtbot, window, Qt.Key.Key_F10)
    assert bar.state is ContactState.PAUSED and bar.badge.text() == "På pause"
    assert bar.pause.accessibleName() == "Fortsæt"
    clock.advance(600)  # the citizen went to find a document
    qtbot.wait(1100)
    assert bar.time.text() == "0:30"
    key(qtbot, window, Qt.Key.Key_F10)
    assert bar.state is ContactState.RUNNING
    clock.advance(10)
    key(qtbot, window, Qt.Key.Key_F9)
    assert bar.time.text() == "0:40"
    contact_ui.finish.submit()
    [registration] = queued(context)
    assert registration.active_seconds == 40


def test_cpr_in_the_note_is_refused_inline(qtbot, window, context, contact_ui) -> None:  # type: ignore[no-untyped-def]
    finish = contact_ui.finish
    contact_ui.bar.start.click()
    contact_ui.bar.stop.click()
    qtbot.keyClicks(finish.note, CPR_NOTE)
    qtbot.keyClick(finish.note, Qt.Key.Key_Return)
    assert finish.error.isVisible() and finish.error.text() == CPR_MESSAGE
    assert finish.note.text() == CPR_NOTE  # kept for the agent to fix
    assert window.frame.detail.currentWidget() is finish
    assert queued(context) == []
    assert contact_ui.bar.state is ContactState.STOPPED
    finish.note.setText("Borgeren ringede igen")
    qtbot.mouseClick(finish.register, Qt.MouseButton.LeftButton)
    assert not finish.error.isVisible()
    [registration] = queued(context)
    assert registration.note == "Borgeren ringede igen"


def test_a_phone_number_in_the_note_is_refused_inline(qtbot, window, context, contact_ui) -> None:  # type: ignore[no-untyped-def]
    finish = contact_ui.finish
    contact_ui.bar.start.click()
    contact_ui.bar.stop.click()
    qtbot.keyClicks(finish.note, "Ring tilbage på 22 34 56 78")
    qtbot.mouseClick(finish.register, Qt.MouseButton.LeftButton)
    assert finish.error.isVisible() and finish.error.text() == CONTACT_MESSAGE
    assert queued(context) == [] and contact_ui.bar.state is ContactState.STOPPED
    finish.note.setText("Ringer selv tilbage")
    qtbot.mouseClick(finish.register, Qt.MouseButton.LeftButton)
    [registration] = queued(context)
    assert registration.note == "Ringer selv tilbage"


def test_correct_and_undo_from_the_strip(qtbot, window, context, contact_ui) -> None:  # type: ignore[no-untyped-def]
    contact = contact_ui
    contact.bar.start.click()
    contact.bar.stop.click()
    contact.finish.submit()
    qtbot.mouseClick(contact.strip.correct, Qt.MouseButton.LeftButton)
    finish = contact.finish
    assert window.frame.detail.currentWidget() is finish and finish.mode == CORRECT
    assert finish.register.text() == "Gem rettelsen" and finish.cancel.isVisible()
    assert finish.outcomes.value() is Outcome.RESOLVED
    finish.outcomes.button_for(Outcome.CASE_CREATED).click()
    finish.note.setText("Sag om boligstøtte")
    finish.submit()
    last = context.workspace.contact.last()
    assert last.registration.version == 2 and last.registration.outcome is Outcome.CASE_CREATED
    assert last.registration.note == "Sag om boligstøtte"
    [queued_now] = queued(context)  # the correction replaces the queued version
    assert queued_now.version == 2
    assert window.messages.text.text().startswith("Rettelsen er gemt")

    qtbot.mouseClick(contact.strip.undo, Qt.MouseButton.LeftButton)
    assert context.workspace.contact.last().registration.deleted
    assert contact.strip.text.text().startswith("Fortrudt:")
    assert not contact.strip.correct.isVisible() and not contact.strip.undo.isVisible()
    assert contact.bar.today.text() == "I dag 0"


def test_today_page_and_manual_registration(qtbot, window, context, contact_ui) -> None:  # type: ignore[no-untyped-def]
    contact = contact_ui
    contact.bar.start.click()
    contact.bar.stop.click()
    contact.finish.submit()
    key(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    today = contact.today
    assert window.frame.detail.currentWidget() is today
    assert today.count.text() == "1 henvendelse"
    qtbot.mouseClick(today.manual, Qt.MouseButton.LeftButton)
    finish = contact.finish
    assert finish.mode == MANUAL and finish.manual_box.isVisible()
    finish.minutes.setValue(12)
    finish.manual_channel.setCurrentIndex(1)  # Fremmøde
    finish.outcomes.button_for(Outcome.SELF_SERVICE).click()
    finish.submit()
    manual = [r for r in queued(context) if r.manual]
    assert len(manual) == 1
    assert manual[0].active_seconds == 12 * 60 and manual[0].channel is Channel.COUNTER
    assert manual[0].outcome is Outcome.SELF_SERVICE
    contact.show_today()
    assert today.count.text() == "2 henvendelser"
    assert "manuelt" in today.rows.itemAt(0).widget().text()


def test_channel_and_place_switch_with_one_tap(qtbot, window, context, contact_ui) -> None:  # type: ignore[no-untyped-def]
    bar = contact_ui.bar
    bar.start.click()
    left = Qt.MouseButton.LeftButton
    qtbot.mouseClick(bar.channels.button_for(Channel.COUNTER), left)  # one tap each
    qtbot.mouseClick(bar.places.button_for("Bibliotek"), left)
    status = context.workspace.contact.status()
    assert status.channel is Channel.COUNTER and status.location == "Bibliotek"
    assert bar.channels.button_for(Channel.COUNTER).isChecked()
    assert bar.places.button_for("Bibliotek").isChecked()
    assert bar.current_channel() is Channel.COUNTER and bar.current_location() == "Bibliotek"
    # The workstation's presets are not changed by a switch during a contact.
    assert context.workspace.contact.settings().channel is Channel.PHONE
    qtbot.mouseClick(bar.stop, left)
    qtbot.mouseClick(contact_ui.finish.register, left)
    [registration] = queued(context)
    assert registration.channel is Channel.COUNTER and registration.location == "Bibliotek"
    # Idle: the tap sets the preset of the next contact.
    assert bar.current_channel() is Channel.PHONE and bar.current_location() == "Borgerservice"
    qtbot.mouseClick(bar.channels.button_for(Channel.VIDEO), left)
    qtbot.mouseClick(bar.places.button_for("Kontaktcenter"), left)
    settings = context.workspace.contact.settings()
    assert settings.channel is Channel.VIDEO and settings.location == "Kontaktcenter"
    assert bar.channels.accessibleName() == "Kanal for næste henvendelse"
    assert bar.channels.button_for(Channel.VIDEO).toolTip() == "Kanal for næste henvendelse: Video"
    assert bar.places.accessibleName() == "Sted for næste henvendelse"
    qtbot.mouseClick(bar.start, left)
    status = context.workspace.contact.status()
    assert status.channel is Channel.VIDEO and status.location == "Kontaktcenter"
    assert bar.channels.accessibleName() == "Kanal"
    assert bar.channels.button_for(Channel.VIDEO).isChecked()


def test_discard_needs_two_taps(qtbot, window, context, contact_ui) -> None:  # type: ignore[no-untyped-def]
    finish = contact_ui.finish
    contact_ui.bar.start.click()
    contact_ui.bar.stop.click()
    finish.discard.click()
    assert contact_ui.bar.state is ContactState.STOPPED
    assert finish.discard.text() == "Tryk igen"
    finish.discard.click()
    assert contact_ui.bar.state is ContactState.IDLE
    assert queued(context) == []


def test_settings_presets(qtbot, window, context, contact_ui) -> None:  # type: ignore[no-untyped-def]
    window.show_settings()
    card = contact_ui.settings_card
    qtbot.keyClicks(card.new_place, "Hovedbiblioteket")
    qtbot.mouseClick(card.add_button, Qt.MouseButton.LeftButton)
    assert "Hovedbiblioteket" in context.workspace.contact.settings().locations
    card.places.button(card._names.index("Hovedbiblioteket")).click()
    card.channels.button(1).click()  # Fremmøde
    settings = context.workspace.contact.settings()
    assert settings.location == "Hovedbiblioteket" and settings.channel is Channel.COUNTER
    bar = contact_ui.bar
    assert bar.current_location() == "Hovedbiblioteket"
    assert bar.current_channel() is Channel.COUNTER
    assert "Hovedbiblioteket" in bar.location_names()
    assert bar.places.button_for("Hovedbiblioteket").isChecked()
    card.remove_place("Kontaktcenter")
    assert "Kontaktcenter" not in context.workspace.contact.settings().locations


def test_auto_start_when_a_search_begins(qtbot, window, context, lookup_ui, contact_ui) -> None:  # type: ignore[no-untyped-def]
    bar = contact_ui.bar
    qtbot.keyClicks(lookup_ui.search.box, "pas")  # the setting is off
    assert bar.state is ContactState.IDLE
    lookup_ui.search.set_query("")
    window.show_settings()
    box = contact_ui.settings_card.auto_start
    window.settings.findChild(QScrollArea).ensureWidgetVisible(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))
    assert context.workspace.contact.settings().auto_start
    lookup_ui.focus_search()
    qtbot.keyClicks(lookup_ui.search.box, "flytning")
    assert bar.state is ContactState.RUNNING
    assert context.workspace.contact.status().auto_started
    assert "F9" in window.messages.text.text()
    # A programmatic query (or more typing) does not start another one.
    bar.stop.click()
    contact_ui.finish.submit()
    lookup_ui.search.set_query("sundhedskort")
    assert bar.state is ContactState.IDLE


def test_last_registration_stays_correctable_after_a_restart(
    qtbot, window, context, clock, contact_ui
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.shell.prefs import UiPrefs
    from desktop.ui.shell.window import MainWindow

    contact_ui.bar.start.click()
    contact_ui.bar.stop.click()
    contact_ui.finish.submit()
    window.close()
    clock.advance(minutes=5)
    again = MainWindow(context, UiPrefs())
    qtbot.addWidget(again)
    again.show()
    assert (
        again.feature(ContactFeature).strip.isVisible()
        and again.feature(ContactFeature).strip.correct.isVisible()
    )
    again.close()
    clock.advance(minutes=6)  # past the 10 minutes
    late = MainWindow(context, UiPrefs())
    qtbot.addWidget(late)
    late.show()
    assert not late.feature(ContactFeature).strip.isVisible()
    late.feature(ContactFeature).correct_last()
    assert late.messages.text.text() == "Den seneste registrering kan ikke længere ændres."
    late.close()
