"""The message templates against the real server: another admin saves while this one edits;
the save answers 409 and the merge shows both versions; the admin keeps the own subject and
takes the other's SMS text, nothing typed lost; the history shows who and when, and an old
version is restored as a new one."""

from __future__ import annotations

import pytest
from support.gui import wait_idle

from desktop.ui.admin.templates_compare import TemplatesMergeDialog

pytestmark = pytest.mark.live

OTHER_SMS = "Hej. Her er vejledningen fra {kommune}: {vejledning} {link} {signatur}"


def test_a_409_is_merged_and_an_old_version_restored(  # type: ignore[no-untyped-def]
    qtbot, admin_window, admin_ui, ui_server
) -> None:
    other = ui_server.admin_api("101", "admin2")
    admin_ui.open_templates()
    wait_idle(qtbot, admin_window)
    page = admin_ui.templates
    flow = admin_ui.template_flow
    assert admin_ui.host.current_page() is page
    assert page.revision == 0
    shipped = other.request("GET", "/messaging/templates")

    # someone else saves first
    theirs = {**shipped, "sms_text": OTHER_SMS, "revision": 0}
    theirs.pop("customised", None)
    assert other.request("PUT", "/messaging/templates", json=theirs)["revision"] == 1

    page.edits["mail_subject"].setText("Vejledning fra Borgerservice: {titel}")
    page.save.click()
    wait_idle(qtbot, admin_window)
    dialog = flow.merge_dialog
    assert isinstance(dialog, TemplatesMergeDialog) and dialog.isVisible()
    assert set(dialog.view.changed) == {"mail_subject", "sms_text"}
    assert page.edits["mail_subject"].text() == "Vejledning fra Borgerservice: {titel}"
    assert other.request("GET", "/messaging/templates")["sms_text"] == OTHER_SMS  # kept
    dialog.view.choose("sms_text", 1)  # theirs
    dialog.use.click()
    wait_idle(qtbot, admin_window)
    assert page.revision == 1
    assert page.edits["sms_text"].toPlainText() == OTHER_SMS
    assert page.edits["mail_subject"].text() == "Vejledning fra Borgerservice: {titel}"

    page.save.click()
    wait_idle(qtbot, admin_window)
    assert flow.merge_dialog is dialog  # no new conflict
    now = other.request("GET", "/messaging/templates")
    assert now["revision"] == 2
    assert now["sms_text"] == OTHER_SMS
    assert now["mail_subject"] == "Vejledning fra Borgerservice: {titel}"

    # history: who and when; restore version 1 as version 3
    page.history.click()
    wait_idle(qtbot, admin_window)
    history = flow.history
    assert admin_ui.host.current_page() is history
    assert [r.revision for r in history.revisions] == [2, 1]
    assert [r.author for r in history.revisions] == ["admin", "admin2"]
    assert "admin2" in history.pick.itemText(1) and history.pick.currentData() == 1
    assert history.restore.isEnabled()
    history.restore.click()
    wait_idle(qtbot, admin_window)
    now = other.request("GET", "/messaging/templates")
    assert now["revision"] == 3
    assert now["mail_subject"] == shipped["mail_subject"]
    assert now["sms_text"] == OTHER_SMS
    assert [r.revision for r in history.revisions] == [3, 2, 1]
    assert page.revision == 3
