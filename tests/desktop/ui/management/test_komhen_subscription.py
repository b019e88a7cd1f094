"""The Ledelse page's KOMHEN export and report subscription against the real server: the
counting week's file is written with the municipality's column headers and its counts equal
our own count of the registrations pushed; the manager subscribes, changes and ends the
report by e-mail (an address is required)."""

from __future__ import annotations

import csv
import random
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
from support.gui import AGENT_PASSWORD, wait_idle
from support.live_server import LiveServer
from support.report_data import random_registration

from desktop.app import AppContext
from desktop.services.profile import TokenVault
from desktop.ui.management.feature import ManagementFeature
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import API_PREFIX, ReportFrequency

PASSWORD = "Ledelsens-tal-2026"
#: ISO week 10 of 2026 is Monday 2 March to Sunday 8 March; 06:00 UTC keeps every local day
#: (Copenhagen, UTC+1) inside it.
WEEK_START = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
TRANSACTIONS = {"assisted", "case_created"}  # the default mapping


def _push(server: LiveServer, items: list[dict]) -> None:  # type: ignore[type-arg]
    token = server.login("101", "agent", AGENT_PASSWORD)
    response = requests.post(
        server.url + API_PREFIX + "/registrations",
        json={"items": items},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    response.raise_for_status()


@pytest.fixture
def manager(qtbot, ui_server: LiveServer, danish) -> Iterator[tuple[MainWindow, list[dict]]]:  # type: ignore[no-untyped-def, type-arg]
    ui_server.create_account("101", "leder", PASSWORD, "manager", "Lene Leder")
    rng = random.Random(39)
    items = [random_registration(rng, WEEK_START, 6) for _ in range(240)]
    _push(ui_server, items)
    context = AppContext(vault=TokenVault())
    context.session.login(ui_server.url, "101", "leder", PASSWORD, True)
    context.after_login()
    win = MainWindow(context, UiPrefs())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win, items
    win.close()
    wait_idle(qtbot, win)
    context.close()


@pytest.mark.live
def test_komhen_file_of_a_counting_week(qtbot, manager, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, items = manager
    feature = window.feature(ManagementFeature)
    feature.open()
    wait_idle(qtbot, window)
    card = feature.page.komhen
    card.year.setValue(2026)
    card.week.setValue(10)
    target = tmp_path / "komhen-2026-uge10.csv"
    feature.extras.export_komhen(card.year.value(), card.week.value(), target)
    assert card.progress.isVisible() and not card.export.isEnabled()
    wait_idle(qtbot, window)
    assert not card.progress.isVisible() and card.export.isEnabled()
    assert "komhen-2026-uge10.csv" in card.status.text()

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    header = ["År", "Tælleuge", "Kanal", "KLE-nummer", "Henvendelsestype", "Enhed", "Antal"]
    assert rows[0] == header
    body = rows[1:]
    assert {(r[0], r[1]) for r in body} == {("2026", "10")}
    assert sum(int(r[6]) for r in body) == len(items)
    per_type: Counter[str] = Counter()
    per_unit: Counter[str] = Counter()
    for row in body:
        per_type[row[4]] += int(row[6])
        per_unit[row[5]] += int(row[6])
    want_type = Counter(
        "Transaktion" if i["outcome"] in TRANSACTIONS else "Information" for i in items
    )
    assert per_type == want_type
    assert per_unit == Counter(i["location"] for i in items)


@pytest.mark.live
def test_subscription_round_trip(qtbot, manager, ui_server) -> None:  # type: ignore[no-untyped-def]
    window, _items = manager
    feature = window.feature(ManagementFeature)
    feature.open()
    wait_idle(qtbot, window)
    card = feature.page.subscription
    assert card.frequency() is ReportFrequency.NONE
    assert card.status.text() == "Du får ingen rapporter på e-mail."

    def server() -> dict:  # type: ignore[type-arg]
        token = ui_server.login("101", "leder", PASSWORD)
        response = requests.get(
            ui_server.url + API_PREFIX + "/reports/subscription",
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        response.raise_for_status()
        result: dict = response.json()  # type: ignore[type-arg]
        return result

    card.buttons[ReportFrequency.MONTH].click()
    card.save.click()  # no address yet: refused here, nothing sent
    wait_idle(qtbot, window)
    assert card.status.text() == "Skriv den e-mailadresse, rapporten skal sendes til."
    assert server()["frequency"] == "none"

    card.email.setText("ikke-en-adresse")
    card.save.click()
    wait_idle(qtbot, window)
    assert server()["frequency"] == "none"
    assert card.status.text() == "»ikke-en-adresse« er ikke en gyldig e-mailadresse."

    card.email.setText("lene.leder@kommune.dk")
    card.save.click()
    wait_idle(qtbot, window)
    assert server() == {"frequency": "month", "email": "lene.leder@kommune.dk"}
    assert card.status.text() == "Månedsrapporten sendes til lene.leder@kommune.dk."

    card.buttons[ReportFrequency.WEEK].click()
    card.save.click()
    wait_idle(qtbot, window)
    assert server()["frequency"] == "week"

    card.buttons[ReportFrequency.MONTH].setChecked(True)  # shown again from the server
    feature.extras.refresh()
    wait_idle(qtbot, window)
    assert card.frequency() is ReportFrequency.WEEK

    card.buttons[ReportFrequency.NONE].click()
    card.save.click()
    wait_idle(qtbot, window)
    assert server()["frequency"] == "none"
    assert card.frequency() is ReportFrequency.NONE
