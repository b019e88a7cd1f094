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


#: The contact the tour adds to the demo's directory (facts from the service fact sheet).
HOTLINE = {
    "name": "Den Digitale Hotline",
    "phone": "70 20 00 00",
    "hours": "Man–tors 8–20, fre 8–16, lør lukket, søn 16–20",
    "note": "Hjælp til MitID og digitale løsninger; ingen adgang til den konkrete sag.",
}


def _open(admin: AdminFeature, kind: str, idle: Callable[[], None], key: str | None) -> None:
    """The kind's list with ``key`` (else the first item) chosen and open in the editor."""
    directory = admin.directory
    section = directory.show_kind(kind)
    idle()
    item = section.item(key) if key else None
    item = item or (section.items[0] if section.items else None)
    if item is not None:
        section.select(item.key)
        directory.open_item(item)
    idle()


def _ensure_hotline(admin: AdminFeature, idle: Callable[[], None]) -> str | None:
    """The hotline contact, written through the editor the first time."""
    directory = admin.directory
    section = directory.show_kind("contacts")
    idle()
    found = next((i for i in section.items if i.data.get("name") == HOTLINE["name"]), None)
    if found is not None:
        return found.key
    directory.new_item("contacts")
    page = directory.pages["contacts"]
    for field, value in HOTLINE.items():
        page.form.lines[field].setText(value)
    page.save()
    idle()
    return page.base.key if page.base is not None else None


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

    _open(admin, "areas", idle, "Sundhed og sygesikring")
    if compact:  # the list with its order and hide buttons; the form is the next screens'
        window.frame.show_nav()
    camera.shoot(number["admin-areas"], "admin-areas", layout, window)

    _open(admin, "synonyms", idle, "MitID")
    camera.shoot(number["admin-synonyms"], "admin-synonyms", layout, window)

    _open(admin, "faq", idle, None)
    camera.shoot(number["admin-faq"], "admin-faq", layout, window)

    _open(admin, "contacts", idle, _ensure_hotline(admin, idle))
    page = directory.pages["contacts"]
    phone = page.form.lines["phone"]
    typed = phone.text()
    phone.setText("70 20 00")  # a digit pair short: refused in Danish, nothing is sent
    page.save()
    idle()
    camera.shoot(number["admin-contacts"], "admin-contacts", layout, window)
    phone.setText(typed)
    page.error.hide()
