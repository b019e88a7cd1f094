"""Feedback: the CPR guard's Danish message inline (text kept, nothing queued); a valid text
lands in the outbox."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.store import outbox
from desktop.ui.lookup.feedback_dialog import FeedbackDialog
from sync_server.protocol import FeedbackKind
from sync_server.protocol.validation import CPR_MESSAGE

CPR_TEXT = "Borgeren 010190-1234 ringede om trin 2."


def _open(qtbot, window, lookup_ui) -> FeedbackDialog:  # type: ignore[no-untyped-def]
    lookup_ui.open_guide("melde-flytning")
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(FeedbackDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_cpr_number_is_refused_inline_and_nothing_is_queued(
    qtbot, window, context, lookup_ui
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window, lookup_ui)
    assert [b.text() for b in dialog.kind.buttons] == ["Fejl", "Forældet", "Forslag"]
    qtbot.keyClicks(dialog.text, CPR_TEXT)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == CPR_MESSAGE
    assert "CPR-nummer" in dialog.error.text()
    assert dialog.text.toPlainText() == CPR_TEXT  # the text is kept for the user to fix
    assert outbox.pending_count(context.workspace.cache) == 0
    dialog.reject()


def test_valid_feedback_lands_in_the_outbox(qtbot, window, context, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window, lookup_ui)
    dialog.kind.buttons[1].click()
    assert dialog.kind_value() is FeedbackKind.OUTDATED
    qtbot.keyClicks(dialog.text, "Fristen er nu 5 dage.")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert outbox.pending_count(context.workspace.cache) == 1
    item = outbox.due(context.workspace.cache, "feedback", 10)[0]
    assert "Fristen er nu 5 dage." in item.payload and '"outdated"' in item.payload
    assert "Tak" in window.messages.text.text()


def test_empty_feedback_is_refused(qtbot, window, context, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window, lookup_ui)
    dialog.send()
    assert dialog.error.text() == "Skriv din feedback, før du sender den."
    assert outbox.pending_count(context.workspace.cache) == 0
    dialog.reject()


def test_dialog_fits_a_handheld(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    window.resize(400, 800)
    dialog = _open(qtbot, window, lookup_ui)
    dialog.resize(400, 520)
    qtbot.keyClicks(dialog.text, CPR_TEXT)
    dialog.send()
    qtbot.wait(20)
    assert dialog.height() <= 560
    assert dialog.send_button.geometry().bottom() < dialog.height()
    assert dialog.error.geometry().bottom() < dialog.height()
    dialog.reject()


@pytest.mark.live
def test_feedback_refused_by_the_server_is_reported(qtbot, window, context, ui_server) -> None:  # type: ignore[no-untyped-def]
    ui_server.refuse("/api/v1/feedback", "FORBUDT-ORD")
    context.workspace.feedback.send("pas", 1, FeedbackKind.SUGGESTION, "Et FORBUDT-ORD her.")
    window.sync.sync_now()
    qtbot.waitUntil(lambda: not window.ops.busy and window.sync.state == "online", timeout=15_000)
    assert window.messages.isVisible()
    assert window.messages.text.text().startswith("1 element blev afvist af serveren")
    assert outbox.pending_count(context.workspace.cache) == 0
