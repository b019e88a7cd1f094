"""The tour's shared-library screens (41–43): the library as the demo admin sees it, a
neighbouring municipality's guide previewed with its screenshot, and the three-way view of a
new version of a copy.

The demo seed has one municipality; this adds a neighbour (998) through the server's CLI and
API, as an operator and its admin would: two published guides (one with a screenshot), the
demo admin copies one and adds a local bullet, and the neighbour publishes a new version."""

from __future__ import annotations

import hashlib
import os
import secrets
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import requests
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from desktop.ui.admin.feature import AdminFeature
from desktop.ui.admin.library.controller import LIBRARY
from desktop.ui.admin.mode_band import ADMIN
from sync_server.protocol import API_PREFIX, GuideContent

from .tour_admin import admin_window

if TYPE_CHECKING:
    from .demo_server import DemoServer
    from .tour import Camera

SCREENS = ("admin-library", "admin-library-preview", "admin-library-update")
FIRST = 41
NEIGHBOUR, NEIGHBOUR_NAME = "998", "Nabokommunen (demo)"
SHARED = "boligstoette-fuldmagt"  # copied by the demo municipality, then updated
OTHER = "boligstoette-oplysningspligt"

_FULDMAGT: dict[str, Any] = {
    "id": SHARED,
    "title": "Fuldmagt til boligstøtte",
    "area": "Bolig",
    "synonyms": ["fuldmagt boligsikring", "hjælp til at søge boligstøtte"],
    "situations": ["vil hjælpe sin mor med at søge boligstøtte"],
    "guidance": [
        "Den, der hjælper, skal have fuldmagt – også en ægtefælle eller samlever, som ikke "
        "står på ansøgningen.",
        "Hjælperen skal være fyldt 18 år.",
        "Fuldmagten kan gives digitalt, også når borgeren ikke har MitID; ellers en sagsfuldmagt.",
    ],
    "self_service_url": "https://www.borger.dk/bolig-og-flytning/Boligstoette-oversigt",
    "steps": [
        {
            "title": "Giv fuldmagt",
            "text": "Borgeren giver fuldmagt til hjælperen på borger.dk.",
            "fields": [{"label": "Giv fuldmagt", "note": "Vælg boligstøtte som område."}],
        }
    ],
    "referral": [
        {
            "name": "Udbetaling Danmark Boligstøtte",
            "phone": "70 12 80 63",
            "note": "Spørgsmål om ansøgningen og fuldmagten.",
        }
    ],
    "status": "published",
}

_OPLYSNING: dict[str, Any] = {
    "id": OTHER,
    "title": "Boligstøtte – det skal borgeren give besked om",
    "area": "Bolig",
    "synonyms": ["oplysningspligt boligstøtte"],
    "guidance": [
        "Borgeren skal give besked om ændret husleje, formue, flytning, og når nogen flytter "
        "ind eller ud.",
        "Boligstøtten beregnes hver måned ud fra eIndkomst, så beløbet kan variere.",
    ],
    "referral": [{"name": "Udbetaling Danmark Boligstøtte", "phone": "70 12 80 63"}],
    "status": "published",
}


def _screenshot_png() -> bytes:
    """An illustration of the self-service page (drawn, not a real person's case)."""
    image = QImage(900, 560, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.fillRect(QRect(0, 0, 900, 70), QColor("#14143c"))
    painter.setPen(QColor("#ffffff"))
    painter.setFont(QFont("DejaVu Sans", 22, QFont.Weight.Bold))
    painter.drawText(QRect(30, 0, 840, 70), Qt.AlignmentFlag.AlignVCenter, "borger.dk")
    painter.setPen(QColor("#14143c"))
    painter.setFont(QFont("DejaVu Sans", 26, QFont.Weight.Bold))
    painter.drawText(QRect(30, 100, 840, 50), Qt.AlignmentFlag.AlignVCenter, "Fuldmagt")
    painter.setFont(QFont("DejaVu Sans", 15))
    painter.drawText(
        QRect(30, 160, 840, 80),
        Qt.TextFlag.TextWordWrap,
        "Giv en anden lov til at handle på dine vegne, fx når du søger boligstøtte.",
    )
    painter.fillRect(QRect(30, 270, 260, 60), QColor("#0059b3"))
    painter.setPen(QColor("#ffffff"))
    painter.setFont(QFont("DejaVu Sans", 16, QFont.Weight.Bold))
    painter.drawText(QRect(30, 270, 260, 60), Qt.AlignmentFlag.AlignCenter, "Giv fuldmagt")
    painter.setPen(QColor("#c62828"))
    painter.setFont(QFont("DejaVu Sans", 13, QFont.Weight.Bold))
    painter.drawText(
        QRect(30, 500, 840, 40),
        Qt.AlignmentFlag.AlignVCenter,
        "Illustration – ikke et rigtigt skærmbillede",
    )
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # str at runtime
    return bytes(data.data())


def _cli(server: DemoServer, *args: str, password: str | None = None) -> None:
    env = server._env()
    if password is not None:
        env["VEJVISER_PASSWORD"] = password
    subprocess.run(server._cli(*args), env=env, check=False, capture_output=True, timeout=120)


def _login(server: DemoServer, code: str, password: str) -> dict[str, str]:
    answer = requests.post(
        server.url + API_PREFIX + "/auth/login",
        json={"municipality": code, "username": "admin", "password": password},
        timeout=10,
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def seed_library(server: DemoServer) -> None:
    """The neighbour with two published guides; the demo admin's copy of one with a local
    bullet; then a newer version from the neighbour."""
    api = server.url + API_PREFIX
    password = secrets.token_urlsafe(16)
    _cli(server, "create-municipality", NEIGHBOUR, NEIGHBOUR_NAME)
    _cli(
        server,
        "create-user",
        "--municipality",
        NEIGHBOUR,
        "--username",
        "admin",
        "--role",
        "admin",
        password=password,
    )
    neighbour = _login(server, NEIGHBOUR, password)
    png = _screenshot_png()
    requests.post(
        api + "/blobs", data=png, headers={**neighbour, "Content-Type": "image/png"}, timeout=10
    ).raise_for_status()
    first = dict(_FULDMAGT)
    first["steps"] = [{**_FULDMAGT["steps"][0], "image": hashlib.sha256(png).hexdigest()}]
    for body in (first, _OPLYSNING):
        requests.post(api + "/guides", json=body, headers=neighbour, timeout=10).raise_for_status()
    demo = _login(server, "999", server.password("admin"))
    copied = requests.post(api + f"/library/{NEIGHBOUR}/{SHARED}/copy", headers=demo, timeout=10)
    copied.raise_for_status()
    mine = copied.json()
    local = {  # a local bullet, published
        **_writable(mine),
        "guidance": [*mine["guidance"], "Borgerservice kan hjælpe ved skranken."],
        "status": "published",
        "base_revision": mine["revision"],
    }
    requests.put(api + f"/guides/{SHARED}", json=local, headers=demo, timeout=10).raise_for_status()
    current = requests.get(api + f"/guides/{SHARED}", headers=neighbour, timeout=10).json()
    newer = {
        **_writable(current),
        "title": "Fuldmagt til boligstøtte – også uden MitID",
        "guidance": [
            current["guidance"][0],
            "Hjælperen skal være fyldt 18 år og have sit eget MitID.",
            current["guidance"][2],
        ],
        "base_revision": current["revision"],
        "status": "published",
    }
    requests.put(
        api + f"/guides/{SHARED}", json=newer, headers=neighbour, timeout=10
    ).raise_for_status()


def _writable(guide: dict[str, Any]) -> dict[str, Any]:
    """The part of a guide as read that a write takes."""
    return {k: v for k, v in guide.items() if k in GuideContent.model_fields}


def library_screens(
    server: DemoServer,
    root: Path,
    camera: Camera,
    layouts: tuple[tuple[str, int, int], ...],
    pump: Callable[[float], None],
    wait_until: Callable[..., None],
) -> None:
    seed_library(server)
    window = admin_window(server, root)
    admin = window.feature(AdminFeature)

    def idle() -> None:
        wait_until(lambda: not window.ops.busy, what="library work")
        pump(0.2)

    number = dict(zip(SCREENS, range(FIRST, FIRST + len(SCREENS)), strict=True))
    try:
        for layout, width, height in layouts:
            window.resize(width, height)
            pump(0.2)
            admin.show_mode(ADMIN)
            idle()
            admin.host.show_section(LIBRARY)
            library = admin.library
            library.section.search.setText("boligstøtte")
            idle()
            camera.shoot(number["admin-library"], "admin-library", layout, window)
            library.open_entry(library.service.entries[f"{NEIGHBOUR}/{SHARED}"])
            idle()
            library.preview.set_level(1)  # the step with its screenshot
            camera.shoot(number["admin-library-preview"], "admin-library-preview", layout, window)
            library.open_update(SHARED)
            idle()
            camera.shoot(number["admin-library-update"], "admin-library-update", layout, window)
            library.section.search.clear()
    finally:
        window.close()
        window.context.close()


def library_root() -> Path:
    return Path(os.environ["VEJVISER_HOME"]).parent / "library"
