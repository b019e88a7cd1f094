"""Ledelse against the real server: the manager sees the month's key figures (Danish number
formats) and the chart per channel, clicks a channel's bar to see its areas, and exports the
CSV with a progress bar; agents do not get the page."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import QPointF, Qt
from support.gui import AGENT_PASSWORD, wait_idle
from support.live_server import LiveServer
from support.report_data import GENERATED_FROM, random_registration

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.management.feature import ManagementFeature
from desktop.ui.management.page import number, percent
from desktop.ui.shell.features import features_for
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import API_PREFIX, ExportFormat, PeriodKind, Role

PASSWORD = "Ledelsens-tal-2026"


def _push(server: LiveServer, count: int) -> None:
    rng = random.Random(14)
    items = [random_registration(rng, GENERATED_FROM, 60) for _ in range(count)]
    token = server.login("101", "agent", AGENT_PASSWORD)
    response = requests.post(
        server.url + API_PREFIX + "/registrations",
        json={"items": items},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    response.raise_for_status()


def _figures(server: LiveServer, **params: str) -> dict:  # type: ignore[type-arg]
    token = server.login("101", "leder", PASSWORD)
    response = requests.get(
        server.url + API_PREFIX + "/reports/figures",
        params={"period": "month", "date": "2026-03-01", **params},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


@pytest.fixture
def manager_window(qtbot, ui_server: LiveServer, danish) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    ui_server.create_account("101", "leder", PASSWORD, "manager", "Lene Leder")
    _push(ui_server, 600)
    context = AppContext(vault=TokenVault())
    context.session.login(ui_server.url, "101", "leder", PASSWORD, True)
    context.after_login()
    win = MainWindow(context, UiPrefs())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    wait_idle(qtbot, win)
    context.close()


@pytest.mark.live
def test_manager_sees_figures_drills_down_and_exports(  # type: ignore[no-untyped-def]
    qtbot, manager_window, ui_server, tmp_path: Path
) -> None:
    window = manager_window
    feature = window.feature(ManagementFeature)
    page = feature.page
    page.set_period(PeriodKind.MONTH, date(2026, 3, 12))
    feature.open()
    wait_idle(qtbot, window)
    want = _figures(ui_server)["current"]
    assert want["total"] > 100
    assert page.figures[0][1].text() == number(want["total"])
    assert page.figures[1][1].text() == percent(want["resolved_share"])
    assert page.status.text().startswith("01-03-2026 – 31-03-2026")
    assert page.channels.values == [float(f["count"]) for f in want["by_channel"]]
    assert page.areas.rowCount() == len(want["by_area"])
    assert page.show_button.height() >= 44

    # a click on the second bar: that channel's areas
    chart = page.channels.chart()
    series = chart.series()[0]
    point = chart.mapToPosition(QPointF(1, page.channels.values[1] / 2), series)
    spot = page.channels.mapFromScene(chart.mapToScene(point))
    qtbot.mouseClick(page.channels.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    wait_idle(qtbot, window)
    channel = want["by_channel"][1]["key"]
    drilled = _figures(ui_server, channel=channel)["current"]
    assert page.channel == channel and page.all_channels.isVisible()
    assert page.areas.rowCount() == len(drilled["by_area"])
    first = drilled["by_area"][0]
    assert page.areas.item(0, 1).text() == number(first["count"])
    assert page.figures[0][1].text() == number(drilled["total"])

    target = tmp_path / "marts.csv"
    feature.export_to(ExportFormat.CSV, target)
    assert page.progress.isVisible()
    wait_idle(qtbot, window)
    assert not page.progress.isVisible()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == drilled["total"] + 1  # the drilled-down channel only
    assert "marts.csv" in page.status.text()


def test_only_managers_and_admins_get_the_page() -> None:
    def has(role: Role) -> bool:
        return any(isinstance(f, ManagementFeature) for f in features_for(role))

    assert has(Role.MANAGER) and has(Role.ADMIN) and not has(Role.AGENT)
