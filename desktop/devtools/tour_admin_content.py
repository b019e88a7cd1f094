"""The tour's screens of the municipality's other content in admin mode (35–38): service
areas (order, hide, KLE number), the synonym list, the technical FAQ and the contacts
directory (with a phone number refused in Danish), as the demo admin."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.ui.admin.feature import AdminFeature
from desktop.ui.admin.mode_band import ADMIN

from .tour_admin import admin_window

if TYPE_CHECKING:
    from desktop.ui.shell.window import MainWindow

    from .demo_server import DemoServer
    from .tour import Camera

SCREENS = ("admin-areas", "admin-synonyms", "admin-faq", "admin-contacts")
FIRST = 35


def admin_content_screens(
    server: DemoServer,
    root: Path,
    camera: Camera,
    layouts: tuple[tuple[str, int, int], ...],
    pump: Callable[[float], None],
    wait_until: Callable[..., None],
) -> None:
    window = admin_window(server, root)
    admin = window.feature(AdminFeature)

    def idle() -> None:
        wait_until(lambda: not window.ops.busy, what="admin content work")
        pump(0.2)

    try:
        admin.show_mode(ADMIN)
        idle()
        for layout, width, height in layouts:
            window.resize(width, height)
            pump(0.2)
            _shoot(window, admin, camera, layout, idle)
    finally:
        window.close()
        window.context.close()


def _open_first(admin: AdminFeature, kind: str, idle: Callable[[], None], at: int = 0) -> None:
    directory = admin.directory
    section = directory.show_kind(kind)
    idle()
    if len(section.items) > at:
        section.select(section.items[at].key)
        directory.open_item(section.items[at])
    idle()


def _shoot(
    window: MainWindow,
    admin: AdminFeature,
    camera: Camera,
    layout: str,
    idle: Callable[[], None],
) -> None:
    number = dict(zip(SCREENS, range(FIRST, FIRST + len(SCREENS)), strict=True))
    compact = layout == "handheld"
    directory = admin.directory

    _open_first(admin, "areas", idle, at=1)
    if compact:  # the list with its order and hide buttons; the form is the next screens'
        window.frame.show_nav()
    camera.shoot(number["admin-areas"], "admin-areas", layout, window)

    _open_first(admin, "synonyms", idle)
    camera.shoot(number["admin-synonyms"], "admin-synonyms", layout, window)

    _open_first(admin, "faq", idle)
    camera.shoot(number["admin-faq"], "admin-faq", layout, window)

    _open_first(admin, "contacts", idle)
    page = directory.pages["contacts"]
    phone = page.form.lines["phone"]
    typed = phone.text()
    phone.setText("12 34")  # too short: refused with a Danish message, nothing is sent
    page.save()
    idle()
    camera.shoot(number["admin-contacts"], "admin-contacts", layout, window)
    phone.setText(typed)
    page.error.hide()
