"""The tour's benchmark screen (44 ``ledelse-benchmark``): the demo admin of 999 sees last
month's figures beside the median of the participating municipalities. Five more demo
municipalities are created with the operator's commands (``vejviser-server
create-municipality`` / ``create-user``), get generated contacts and cost rates through the
API, and opt in as their admins would; 999 opts in too."""

from __future__ import annotations

import random
import subprocess
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import requests

from desktop.services.profile import TokenVault
from desktop.ui.management.feature import ManagementFeature
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import API_PREFIX, PeriodKind

from .tour_management import AREAS

if TYPE_CHECKING:
    from .demo_server import DemoServer
    from .tour import Camera

NUMBER = 44
OTHERS = (
    ("901", "Nordby"),
    ("902", "Sydby"),
    ("903", "Østby"),
    ("904", "Vestby"),
    ("905", "Midtby"),
)
PASSWORD = "Demo-sammenligning-2026"
CHANNELS = ["phone", "counter", "email", "chat"]


def _contacts(first: date, days: int, count: int, seed: int) -> list[dict[str, Any]]:
    """Contacts of another municipality: its own channel mix, share resolved and pace."""
    rng = random.Random(seed)
    weights = [rng.randint(30, 60), rng.randint(20, 45), rng.randint(5, 15), rng.randint(2, 10)]
    resolved = 0.45 + rng.random() * 0.3
    pace = 5.0 + rng.random() * 0.8
    start = datetime(first.year, first.month, first.day, 7, 0, tzinfo=UTC)
    items = []
    for _ in range(count):
        started = start + timedelta(days=rng.randrange(days), seconds=rng.randrange(8 * 3600))
        active = int(rng.lognormvariate(pace, 0.6)) % 3600
        outcome = "resolved" if rng.random() < resolved else rng.choice(["assisted", "referred"])
        items.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128))),
                "channel": rng.choices(CHANNELS, weights)[0],
                "location": "Borgerservice",
                "started_at": started.isoformat(),
                "ended_at": (started + timedelta(seconds=active + 30)).isoformat(),
                "active_seconds": active,
                "area": rng.choice(AREAS),
                "outcome": outcome,
                "referral_target": "Udbetaling Danmark" if outcome == "referred" else None,
            }
        )
    return items


def _cli(server: DemoServer, *args: str) -> None:
    subprocess.run(server._cli(*args), env=server._env(), check=True, capture_output=True)


def _token(server: DemoServer, code: str, username: str, password: str) -> str:
    login = {"municipality": code, "username": username, "password": password}
    response = requests.post(server.url + API_PREFIX + "/auth/login", json=login, timeout=10)
    response.raise_for_status()
    return str(response.json()["token"])


def _call(server: DemoServer, token: str, method: str, path: str, body: Any) -> None:
    requests.request(
        method,
        server.url + API_PREFIX + path,
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    ).raise_for_status()


def add_participants(server: DemoServer, first: date, days: int) -> None:
    """Five more municipalities with contacts and cost rates, all opted in; 999 opts in."""
    for seed, (code, name) in enumerate(OTHERS, start=1):
        _cli(server, "create-municipality", code, f"{name} Kommune")
        for username, role in (("admin", "admin"), ("agent", "agent")):
            _cli(
                server,
                "create-user",
                "--municipality",
                code,
                "--username",
                username,
                "--role",
                role,
                "--password",
                PASSWORD,
            )
        admin = _token(server, code, "admin", PASSWORD)
        rates = [
            {"channel": c, "valid_from": "2020-01-01", "per_minute": 6 + seed / 4, "per_contact": o}
            for c, o in (("phone", 8), ("counter", 20 + seed * 2), ("email", 4), ("chat", 2))
        ]
        _call(server, admin, "PUT", "/reports/settings", {"rates": rates})
        _call(server, admin, "PUT", "/reports/benchmark/participation", {"participating": True})
        agent = _token(server, code, "agent", PASSWORD)
        items = _contacts(first, days, 500 + seed * 90, seed)
        _call(server, agent, "POST", "/registrations", {"items": items})


def benchmark_screens(
    server: DemoServer,
    camera: Camera,
    layouts: tuple[tuple[str, int, int], ...],
    wait_until: Callable[..., None],
) -> None:
    from desktop.app import AppContext

    this_month = date.today().replace(day=1)
    shown = (this_month - timedelta(days=1)).replace(day=1)  # last month
    add_participants(server, shown, (this_month - shown).days)
    context = AppContext(
        root=Path(tempfile.mkdtemp(prefix="vejviser-tour-benchmark-")), vault=TokenVault()
    )
    context.session.login(server.url, "999", "admin", server.password("admin"), True)
    context.after_login()
    window = MainWindow(context, UiPrefs())
    window.show()
    feature = window.feature(ManagementFeature)
    page, part = feature.page, feature.benchmark
    page.set_period(PeriodKind.MONTH, shown)
    try:
        feature.open()
        wait_until(lambda: not window.ops.busy and part.panel.benchmark is not None, what="bench")
        part.panel.join.click()  # the admin opts in: the medians appear
        wait_until(
            lambda: (
                not window.ops.busy
                and part.panel.benchmark is not None
                and part.panel.benchmark.participating
            ),
            what="opt in",
        )
        for layout, width, height in layouts:
            window.resize(width, height)
            wait_until(lambda: not window.ops.busy, what="layout")
            page.ensureWidgetVisible(part.panel.table, 0, 0)
            page.ensureWidgetVisible(part.panel.frame, 0, 0)
            camera.shoot(NUMBER, "ledelse-benchmark", layout, window)
            page.verticalScrollBar().setValue(0)
    finally:
        window.close()
        context.close()
