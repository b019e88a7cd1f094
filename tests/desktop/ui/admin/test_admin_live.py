"""Admin mode end to end against the real server: a guide with an annotated, redacted
screenshot from start to publish and seen by the agent; a 409 merged without losing what was
typed; feedback answered and seen by the agent who sent it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage
from support.gui import AGENT_PASSWORD, logged_in_context, wait_idle

from desktop.sync.transport import ApiClient
from desktop.ui.admin.guides.screenshot_dialog import ScreenshotDialog
from desktop.ui.admin.mode_band import ADMIN
from sync_server.protocol import (
    API_PREFIX,
    FeedbackIn,
    FeedbackKind,
    FeedbackStatus,
    LoginRequest,
)

pytestmark = pytest.mark.live


def _screenshot() -> QImage:
    image = QImage(1000, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(600, 900, 4):  # a name on a real case (fine red strokes): to blur
        for y in range(50, 100):
            image.setPixelColor(x, y, QColor("#ff0000"))
            image.setPixelColor(x + 1, y, QColor("#ff0000"))
    return image


def test_a_guide_with_an_annotated_redacted_screenshot_reaches_the_agent(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    admin_ui.show_mode(ADMIN)
    wait_idle(qtbot, admin_window)
    admin_ui.new_guide()
    editor = admin_ui.editor
    qtbot.keyClicks(editor.title, "Skift af læge")
    editor.area.setCurrentText("Sundhed")
    editor.bullets.add("Borgeren kan selv skifte læge på borger.dk", False)
    editor.url.setText("https://www.borger.dk")
    step = editor.steps.add(None, False)
    step.title.setText("Vælg ny læge")
    step.text.setPlainText("Vælg en læge på listen og bekræft.")

    QGuiApplication.clipboard().setImage(_screenshot())
    dialog = ScreenshotDialog(admin_window)
    dialog.paste()  # Ctrl+V
    assert dialog.canvas.shot is not None
    dialog.canvas.add_mark(0.2, 0.3)
    dialog.canvas.add_mark(0.1, 0.5, 0.3, 0.2)
    dialog.canvas.add_redaction(0.6, 50 / 600, 0.3, 50 / 600, blur=True)
    (name1, note1), (name2, note2) = dialog.note_fields()
    name1.setText("Vælg læge")
    note1.setText("Klik på lægens navn")
    name2.setText("Bekræft")
    note2.setText("Tryk på Bekræft nederst")
    dialog.accept()
    editor.apply_shot(step, dialog)

    editor.publish_button.click()
    wait_idle(qtbot, admin_window)
    assert not editor.error.isVisible(), editor.error.text()
    guide_id = editor.guide_id
    assert guide_id and editor.base_revision is not None
    assert admin_ctx_local_edits(admin_ui) == []  # sent: nothing kept locally

    # The agent, after a sync: the published guide with its placed notes, and the image
    # without the red name (the blur is in the uploaded pixels).
    agent = logged_in_context(ui_server)
    try:
        guide = agent.workspace.lookup.guide(guide_id)
        assert guide is not None and guide.status.value == "published"
        notes = guide.steps[0].fields
        assert [(n.label, n.position.n if n.position else None) for n in notes] == [
            ("Vælg læge", 1),
            ("Bekræft", 2),
        ]
        assert notes[1].position is not None and notes[1].position.w == pytest.approx(0.3)
        image_ref = guide.steps[0].image
        assert image_ref is not None and guide.steps[0].image_date is not None
        assert agent.workspace.blobs.has(image_ref)
        seen = QImage(str(agent.workspace.blobs.path(image_ref)))
        assert seen.width() == 1000
        # The strokes are gone: neighbouring columns (stroke, gap) look alike everywhere.
        contrast = [
            abs(seen.pixelColor(x, y).green() - seen.pixelColor(x + 2, y).green())
            for x in range(612, 880, 4)
            for y in range(55, 95, 7)
        ]
        assert max(contrast) < 60
        assert seen.pixelColor(300, 300) == QColor("white")  # the rest is untouched
    finally:
        agent.close()


def admin_ctx_local_edits(admin_ui) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.key for d in admin_ui.service.local_edits()]


def test_a_409_shows_both_versions_and_the_merge_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    admin_ui.edit_guide("melde-flytning")
    wait_idle(qtbot, admin_window)
    editor = admin_ui.editor
    assert editor.guide_id == "melde-flytning"
    mine = "Husk at melde flytning for hele husstanden på én gang"
    editor.bullets.add(mine, False)

    # Meanwhile another admin renames the guide.
    other = ui_server.admin_api("101", "admin2")
    theirs = other.update_guide("melde-flytning", title="Flytning – meld adresseændring")

    editor.publish_button.click()
    wait_idle(qtbot, admin_window)
    dialog = admin_ui.merge_dialog
    assert dialog is not None and dialog.isVisible()
    view = dialog.view
    assert set(view.changed_parts) == {"title", "guidance"}
    assert mine in view.findChild(type(editor.heading), "guidance_1").text()
    view.choose("title", 2)  # their title, my guidance
    dialog.use.click()
    assert editor.title.text() == "Flytning – meld adresseændring"
    assert mine in editor.bullets.values()
    assert editor.base_revision == theirs["revision"]

    editor.publish_button.click()
    wait_idle(qtbot, admin_window)
    saved = other.get_guide("melde-flytning")
    assert saved["title"] == "Flytning – meld adresseændring"
    assert mine in saved["guidance"]
    assert saved["revision"] == theirs["revision"] + 1


def test_answering_feedback_reaches_the_agent(qtbot, admin_window, admin_ui, ui_server) -> None:  # type: ignore[no-untyped-def]
    agent = ApiClient(ui_server.url)
    try:
        agent.login(LoginRequest(municipality="101", username="agent", password=AGENT_PASSWORD))
        item = FeedbackIn(
            id=uuid.uuid4(),
            guide_id="melde-flytning",
            kind=FeedbackKind.OUTDATED,
            text="Fristen står forkert i punkt to.",
            created_at=datetime.now(UTC),
        )
        agent.push_feedback([item])

        admin_ui.show_mode(ADMIN)
        wait_idle(qtbot, admin_window)
        assert admin_ui.band.count.isVisible()
        rows = admin_ui.feedback.list.rows()
        row = next(r for r in rows if r.key == str(item.id))
        admin_ui.open_feedback(row)
        page = admin_ui.feedback_page
        assert page.text.text() == "Fristen står forkert i punkt to."
        page.answer.setPlainText("Tak, fristen er rettet.")
        page.status.setCurrentIndex(page.status.findData(FeedbackStatus.RESOLVED))
        page.send.click()
        wait_idle(qtbot, admin_window)

        response = agent._http.get(
            ui_server.url + API_PREFIX + "/feedback/mine",
            headers={"Authorization": f"Bearer {agent.token}"},
            timeout=10,
        )
        mine = {entry["id"]: entry for entry in response.json()}
        assert mine[str(item.id)]["answer"] == "Tak, fristen er rettet."
        assert mine[str(item.id)]["status"] == "resolved"
    finally:
        agent.close()
