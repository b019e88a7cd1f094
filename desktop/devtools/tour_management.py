"""The tour's Ledelse screens: the demo manager (``leder``) sees last month's figures of
generated demo contacts, then one channel's areas (a click on its bar)."""

from __future__ import annotations

import random
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import requests
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from desktop.services.profile import TokenVault
from desktop.ui.management.feature import ManagementFeature
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import API_PREFIX, PeriodKind

if TYPE_CHECKING:
    from .demo_server import DemoServer
    from .tour import Camera

AREAS = ["Flytning", "Sundhed", "MitID", "Digital Post", "Pas og kørekort", "Pension"]
CHANNELS = (["phone", "counter", "email", "chat"], [50, 35, 10, 5])
OUTCOMES = ["resolved"] * 5 + ["self_service", "assisted", "referred"]


def _demo_contacts(first: date, days: int, count: int) -> list[dict[str, Any]]:
    rng = random.Random(2026)
    start = datetime(first.year, first.month, first.day, 7, 0, tzinfo=UTC)
    items = []
    for _ in range(count):
        started = start + timedelta(days=rng.randrange(days), seconds=rng.randrange(8 * 3600))
        active = int(rng.lognormvariate(5.4, 0.6)) % 3600
        outcome = rng.choice(OUTCOMES)
        items.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128))),
                "channel": rng.choices(*CHANNELS)[0],
                "location": rng.choice(["Borgerservice", "Kontaktcenter"]),
                "started_at": started.isoformat(),
                "ended_at": (started + timedelta(seconds=active + 30)).isoformat(),
                "active_seconds": active,
                "area": rng.choices(AREAS, [6, 5, 4, 3, 2, 1])[0],
                "outcome": outcome,
                "referral_target": "Udbetaling Danmark" if outcome == "referred" else None,
            }
        )
    return items


def _push(server: DemoServer, items: list[dict[str, Any]]) -> None:
    """The contacts (as the agent) and cost rates per channel (as the admin)."""
    api = server.url + API_PREFIX
    admin = {"municipality": "999", "username": "admin", "password": server.password("admin")}
    admin_token = requests.post(api + "/auth/login", json=admin, timeout=10).json()["token"]
    rates = [
        {"channel": c, "valid_from": "2020-01-01", "per_minute": m, "per_contact": o}
        for c, m, o in (
            ("phone", 6.5, 8),
            ("counter", 7.0, 25),
            ("email", 6.5, 4),
            ("chat", 6.5, 2),
        )
    ]
    requests.put(
        api + "/reports/settings",
        json={"rates": rates},
        headers={"Authorization": f"Bearer {admin_token}"},
        timeout=10,
    ).raise_for_status()
    login = {"municipality": "999", "username": "agent", "password": server.password("agent")}
    token = requests.post(api + "/auth/login", json=login, timeout=10).json()["token"]
    for i in range(0, len(items), 1000):
        requests.post(
            api + "/registrations",
            json={"items": items[i : i + 1000]},
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        ).raise_for_status()


def management_screens(
    server: DemoServer,
    camera: Camera,
    layouts: tuple[tuple[str, int, int], ...],
    wait_until: Callable[..., None],
) -> None:
    from desktop.app import AppContext

    this_month = date.today().replace(day=1)
    shown = (this_month - timedelta(days=1)).replace(day=1)  # last month
    before = (shown - timedelta(days=1)).replace(day=1)
    _push(server, _demo_contacts(before, (this_month - before).days, 1400))
    context = AppContext(
        root=Path(tempfile.mkdtemp(prefix="vejviser-tour-leder-")), vault=TokenVault()
    )
    context.session.login(server.url, "999", "leder", server.password("leder"), True)
    context.after_login()
    window = MainWindow(context, UiPrefs())
    window.show()
    feature = window.feature(ManagementFeature)
    page = feature.page
    page.set_period(PeriodKind.MONTH, shown)
    try:
        for layout, width, height in layouts:
            window.resize(width, height)
            page.report = None
            feature.open()
            wait_until(lambda: not window.ops.busy and page.report is not None, what="report")
            camera.shoot(32, "ledelse", layout, window)
            chart = page.channels.chart()
            point = chart.mapToPosition(QPointF(0, page.channels.values[0] / 2), chart.series()[0])
            spot = page.channels.mapFromScene(chart.mapToScene(point))
            QTest.mouseClick(page.channels.viewport(), Qt.MouseButton.LeftButton, pos=spot)
            wait_until(lambda: not window.ops.busy and page.channel is not None, what="drill")
            page.ensureWidgetVisible(page.areas)
            camera.shoot(33, "ledelse-kanal", layout, window)
            page.verticalScrollBar().setValue(0)
    finally:
        window.close()
        context.close()
