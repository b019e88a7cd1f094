"""Ledelse's "Sammenligning med andre kommuner" against the real server: an admin of a
municipality that has not opted in sees only the own figures, switches the participation on
with the check box and then sees the medians of the six participating municipalities (the
same figures the API gives); a manager does not get the switch."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
import requests
from support.gui import AGENT_PASSWORD, wait_idle
from support.live_server import LiveServer
from support.report_data import RATES, random_registration

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.management.feature import ManagementFeature
from desktop.ui.management.page import percent
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import API_PREFIX, PeriodKind, Role

PASSWORD = "Sammenlign-os-2026"
OTHERS = ("301", "302", "303", "304", "305")
START = datetime(2026, 3, 1, tzinfo=UTC)


def _fill(server: LiveServer, code: str, seed: int, join: bool) -> None:
    admin = server.admin_api(code)
    admin.request("PUT", "/reports/settings", json={"rates": RATES})
    if join:
        admin.request("PUT", "/reports/benchmark/participation", json={"participating": True})
    if code != "101":
        server.create_account(code, "agent", AGENT_PASSWORD, Role.AGENT)
    rng = random.Random(seed)
    items = [random_registration(rng, START, 28) for _ in range(80 + seed)]
    token = server.login(code, "agent", AGENT_PASSWORD)
    response = requests.post(
        server.url + API_PREFIX + "/registrations",
        json={"items": items},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    response.raise_for_status()


def _window(qtbot, server: LiveServer, username: str) -> tuple[MainWindow, AppContext]:  # type: ignore[no-untyped-def]
    context = AppContext(vault=TokenVault())
    context.session.login(server.url, "101", username, PASSWORD, True)
    context.after_login()
    win = MainWindow(context, UiPrefs())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win, context


@pytest.fixture
def filled(ui_server: LiveServer) -> Iterator[LiveServer]:
    ui_server.create_account("101", "chef", PASSWORD, "admin", "Chef")
    ui_server.create_account("101", "leder", PASSWORD, "manager", "Lene Leder")
    _fill(ui_server, "101", 1, join=False)
    for seed, code in enumerate(OTHERS, start=2):
        _fill(ui_server, code, seed, join=True)
    yield ui_server


def _api(server: LiveServer) -> dict:  # type: ignore[type-arg]
    token = server.login("101", "leder", PASSWORD)
    response = requests.get(
        server.url + API_PREFIX + "/reports/benchmark",
        params={"period": "month", "date": "2026-03-01"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


@pytest.mark.live
def test_admin_opts_in_and_sees_the_medians(qtbot, filled, danish) -> None:  # type: ignore[no-untyped-def]
    window, context = _window(qtbot, filled, "chef")
    try:
        feature = window.feature(ManagementFeature)
        panel = feature.benchmark.panel
        feature.page.set_period(PeriodKind.MONTH, date(2026, 3, 12))
        feature.open()
        wait_idle(qtbot, window)
        assert panel.join.isVisible() and not panel.join.isChecked()
        assert panel.join.height() >= 44
        assert panel.table.item(0, 0).text() == "Løst med det samme"
        assert panel.table.item(0, 2).text() == "Kun for deltagende kommuner"
        assert "deltager ikke" in panel.status.text()

        panel.join.click()
        wait_idle(qtbot, window)
        wait_idle(qtbot, window)
        want = _api(filled)
        assert want["participating"] is True and panel.join.isChecked()
        first = want["figures"][0]
        assert first["participants"] == 6
        assert panel.table.item(0, 1).text() == percent(first["own"])
        assert panel.table.item(0, 2).text() == percent(first["median"])
        assert panel.table.item(0, 2).toolTip() == "Medianen af 6 kommuner"
        assert panel.status.text() == "Medianerne er af 6 kommuner."
        names = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
        assert "Omkostning pr. henvendelse" in names and "Andel Telefon" in names
        # leaving fails at the server: the switch shows what the server still has
        filled.refuse("/api/v1/reports/benchmark/participation", "false", 503)
        panel.join.click()
        wait_idle(qtbot, window)
        assert panel.join.isChecked() and _api(filled)["participating"] is True
        assert "afviser" in panel.status.text()
        for code in ("301", "Kommune 30"):  # no other municipality is named
            for row in range(panel.table.rowCount()):
                assert all(code not in panel.table.item(row, c).text() for c in range(3))
    finally:
        window.close()
        wait_idle(qtbot, window)
        context.close()


@pytest.mark.live
def test_manager_gets_no_switch(qtbot, filled, danish) -> None:  # type: ignore[no-untyped-def]
    window, context = _window(qtbot, filled, "leder")
    try:
        feature = window.feature(ManagementFeature)
        feature.page.set_period(PeriodKind.MONTH, date(2026, 3, 12))
        feature.open()
        wait_idle(qtbot, window)
        assert not feature.benchmark.panel.join.isVisible()
        assert feature.benchmark.panel.table.rowCount() > 3
    finally:
        window.close()
        wait_idle(qtbot, window)
        context.close()
