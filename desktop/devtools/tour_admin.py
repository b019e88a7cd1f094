"""The tour's admin screens, as the demo admin in a window of their own: the overview, the
guide editor with its live preview, a screenshot being annotated with a blurred region, the
history compare, a 409 merge, the feedback inbox, the users, the templates and the searches
without an answer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import requests
from PySide6.QtGui import QImage

from desktop.ui.admin.feature import GUIDES, OVERVIEW, USERS, AdminFeature
from desktop.ui.admin.guides.screenshot_dialog import ScreenshotDialog
from desktop.ui.admin.mode_band import ADMIN
from sync_server.protocol import API_PREFIX, GuideWrite

from .tour_art import mitid_scan_png

if TYPE_CHECKING:
    from desktop.ui.shell.window import MainWindow

    from .demo_server import DemoServer
    from .tour import Camera

SCREENS = (
    "admin-overview",
    "admin-guide-editor",
    "admin-screenshot",
    "admin-history",
    "admin-merge",
    "admin-feedback",
    "admin-users",
    "admin-templates",
    "admin-searches",
)
FIRST = 23  # after the staff screens
EDITED = "faa-mitid"  # has a screenshot and two versions (the tour added the screenshot)
MERGED = "skift-sygesikringsgruppe"  # not one the later staff screens show


def _login(server: DemoServer, username: str) -> dict[str, str]:
    token = requests.post(
        server.url + API_PREFIX + "/auth/login",
        json={"municipality": "999", "username": username, "password": server.password(username)},
        timeout=10,
    ).json()["token"]
    return {"Authorization": f"Bearer {token}"}


def seed_feedback(server: DemoServer) -> None:
    """The demo agent reports an outdated guide (a feedback item for the inbox)."""
    agent = _login(server, "agent")
    requests.post(
        server.url + API_PREFIX + "/feedback",
        json=[
            {
                "id": str(uuid.uuid4()),
                "guide_id": EDITED,
                "kind": "outdated",
                "text": "Billedet af MitID-appen ser anderledes ud nu.",
                "created_at": datetime.now(UTC).isoformat(),
            }
        ],
        headers=agent,
        timeout=10,
    ).raise_for_status()


#: Searches the demo staff made: misses, one that led nowhere and a pair three of them made
#: (a learned term), for »Søgninger uden svar«.
SEARCHES = (
    (["hundeskat"], False, None),
    (["parkeringslicens"], False, None),
    (["ny", "adresse"], False, None),
    (["pas"], True, None),
    (["ny", "bopæl"], True, "melde-flytning"),
)


def seed_searches(server: DemoServer) -> None:
    """The demo agent, manager and admin each push the same searches to the search log."""
    today = datetime.now(UTC).date().isoformat()
    for username in ("agent", "leder", "admin"):
        items = [
            {
                "id": str(uuid.uuid4()),
                "day": today,
                "words": words,
                "found": found,
                "guide_id": guide_id,
            }
            for words, found, guide_id in SEARCHES
        ]
        requests.post(
            server.url + API_PREFIX + "/search/log",
            json={"items": items},
            headers=_login(server, username),
            timeout=10,
        ).raise_for_status()


def admin_window(server: DemoServer, root: Path) -> MainWindow:
    from desktop.app import AppContext
    from desktop.services.profile import TokenVault
    from desktop.ui.shell.prefs import UiPrefs
    from desktop.ui.shell.window import MainWindow

    root.mkdir(parents=True, exist_ok=True)
    context = AppContext(root=root, vault=TokenVault())
    context.session.login(server.url, "999", "admin", server.password("admin"), True)
    context.after_login()
    report = context.sync_once()
    if report.error is not None:
        raise report.error
    window = MainWindow(context, UiPrefs())
    window.show()
    return window


def admin_screens(
    server: DemoServer,
    root: Path,
    camera: Camera,
    layouts: tuple[tuple[str, int, int], ...],
    pump: Callable[[float], None],
    wait_until: Callable[..., None],
) -> None:
    seed_feedback(server)
    seed_searches(server)
    window = admin_window(server, root)
    admin = window.feature(AdminFeature)

    def idle() -> None:
        wait_until(lambda: not window.ops.busy, what="admin work")
        pump(0.2)

    try:
        for layout, width, height in layouts:
            window.resize(width, height)
            pump(0.2)
            _shoot_all(window, admin, camera, layout, idle)
    finally:
        window.close()
        window.context.close()


def _shoot_all(
    window: MainWindow,
    admin: AdminFeature,
    camera: Camera,
    layout: str,
    idle: Callable[[], None],
) -> None:
    number = dict(zip(SCREENS, range(FIRST, FIRST + len(SCREENS)), strict=True))
    compact = layout == "handheld"
    admin.show_mode(ADMIN)
    idle()
    if compact:
        window.frame.show_nav()
    camera.shoot(number["admin-overview"], "admin-overview", layout, window)

    admin.edit_guide(EDITED)
    idle()
    admin.editor.parts.set_current(2)  # the steps, with the screenshot and its notes
    admin.editor.preview.set_level(1)
    camera.shoot(number["admin-guide-editor"], "admin-guide-editor", layout, window)

    dialog = ScreenshotDialog(window)
    if compact:
        dialog.resize(window.width(), window.height())
    else:
        dialog.resize(int(window.width() * 0.9), int(window.height() * 0.9))
    dialog.set_image(QImage.fromData(mitid_scan_png()))
    dialog.canvas.add_mark(0.5, 0.3)
    dialog.canvas.add_mark(0.2, 0.62, 0.6, 0.12)
    dialog.canvas.add_redaction(0.1, 0.05, 0.5, 0.08, blur=False)
    dialog.canvas.add_redaction(0.15, 0.85, 0.7, 0.07, blur=True)
    fields = dialog.note_fields()
    fields[0][0].setText("Scan")
    fields[0][1].setText("Tryk her, og hold telefonen over passets chip")
    fields[1][0].setText("Pasnummer")
    fields[1][1].setText("Skriv nummeret øverst på passets billedside")
    dialog.show()
    camera.shoot(number["admin-screenshot"], "admin-screenshot", layout, window, dialog)
    dialog.reject()
    dialog.deleteLater()

    admin.open_history(EDITED)
    idle()
    camera.shoot(number["admin-history"], "admin-history", layout, window)

    # A 409: the admin edits while someone else saves; the merge shows both versions.
    admin.edit_guide(MERGED)
    idle()
    editor = admin.editor
    editor.bullets.add("Husk at tjekke, at adressen i CPR er rigtig", False)
    _someone_else_saves(window, MERGED)
    editor.publish_button.click()
    idle()
    merge = admin.merge_dialog
    if merge is not None:
        if compact:
            merge.resize(window.width(), window.height())
        camera.shoot(number["admin-merge"], "admin-merge", layout, window, merge)
        merge.reject()
        merge.deleteLater()
        admin.merge_dialog = None
    editor.service.discard_local(editor.key)

    admin.host.show_section("admin.feedback")
    rows = admin.feedback.list.rows()
    if rows:
        admin.open_feedback(rows[0])
    camera.shoot(number["admin-feedback"], "admin-feedback", layout, window)

    admin.host.show_section(USERS)
    admin.refresh_users()
    idle()
    users = admin.users.list.rows()
    if users:
        admin.open_user(users[0])
    camera.shoot(number["admin-users"], "admin-users", layout, window)

    admin.host.show_section(OVERVIEW)  # templates and searches open from the overview
    admin.open_templates()
    idle()
    camera.shoot(number["admin-templates"], "admin-templates", layout, window)

    admin.open_searches()
    idle()
    camera.shoot(number["admin-searches"], "admin-searches", layout, window)
    admin.host.show_section(GUIDES)


def _someone_else_saves(window: MainWindow, guide_id: str) -> None:
    """Another admin's save of the guide (a new revision the editor has not seen)."""
    workspace = window.context.workspace
    assert workspace is not None
    admin = workspace.admin.client()
    try:
        guide = admin.guide(guide_id)
        body = GuideWrite.model_validate(
            {
                **{k: v for k, v in guide.model_dump().items() if k in GuideWrite.model_fields},
                "title": guide.title + " (opdateret)",
                "base_revision": guide.revision,
                "status": "published",
            }
        )
        admin.save_guide(guide_id, body)
    finally:
        admin.api.close()
