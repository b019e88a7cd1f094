"""The tour's Borgerweb screen (48 ``admin-borgerweb``): the demo admin of 999 sets up the
citizen web in admin mode — the public address (set by ``publish_citizen_web``), a brand
colour, the demo logo uploaded and saved, and the accessibility statement."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.ui.admin.mode_band import ADMIN

from .tour_admin import admin_window
from .tour_art import demo_logo_png

if TYPE_CHECKING:
    from .demo_server import DemoServer
    from .tour import Camera

NUMBER = 48
COLOUR = "#0b5563"
STATEMENT = "https://www.was.digst.dk/demo-kommune-borgerweb"


def citizen_web_screens(
    server: DemoServer,
    root: Path,
    camera: Camera,
    layouts: tuple[tuple[str, int, int], ...],
    wait_until: Callable[..., None],
) -> None:
    from desktop.ui.admin.feature import AdminFeature

    window = admin_window(server, root)
    logo = Path(tempfile.mkdtemp(prefix="vejviser-tour-logo-")) / "demo-kommune-logo.png"
    logo.write_bytes(demo_logo_png())
    try:
        admin = window.feature(AdminFeature)
        admin.show_mode(ADMIN)
        citizen = admin.citizen_web
        assert citizen is not None
        section = citizen.open()  # the settings page, fetched
        wait_until(lambda: not window.ops.busy and section.loaded is not None, what="settings")
        citizen.upload_logo(logo)
        wait_until(lambda: not window.ops.busy and section.logo_value is not None, what="logo")
        section.colour.setText(COLOUR)
        section.statement.setText(STATEMENT)
        section.save_button.click()
        wait_until(
            lambda: (
                not window.ops.busy
                and section.loaded is not None
                and section.loaded.brand_colour == COLOUR
            ),
            what="saved settings",
        )
        for layout, width, height in layouts:
            window.resize(width, height)
            citizen.open()
            wait_until(lambda: not window.ops.busy, what="settings")
            section.form_area.verticalScrollBar().setValue(0)
            window.messages.dismiss()  # "saved": the whole form is seen
            camera.shoot(NUMBER, "admin-borgerweb", layout, window)
    finally:
        window.close()
        window.context.close()
