"""The tour's report settings screens: 39 the admin's Rapportindstillinger (goal, cost rates
per channel, KOMHEN mapping) and 40 the manager's KOMHEN export of a counting week beside the
report subscription on the Ledelse page."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.ui.admin.mode_band import ADMIN
from desktop.ui.management.feature import ManagementFeature
from sync_server.protocol import ReportFrequency

from .tour_admin import admin_window

if TYPE_CHECKING:
    from .demo_server import DemoServer
    from .tour import Camera

SETTINGS, KOMHEN = 39, 40


def settings_screens(
    server: DemoServer,
    root: Path,
    camera: Camera,
    layouts: tuple[tuple[str, int, int], ...],
    wait_until: Callable[..., None],
) -> None:
    """Run after the Ledelse screens (their demo contacts and cost rates are on the server)."""
    _admin_settings(server, root, camera, layouts, wait_until)
    _manager_komhen(server, camera, layouts, wait_until)


def _admin_settings(
    server: DemoServer,
    root: Path,
    camera: Camera,
    layouts: tuple[tuple[str, int, int], ...],
    wait_until: Callable[..., None],
) -> None:
    from desktop.ui.admin.feature import AdminFeature

    window = admin_window(server, root)
    try:
        admin = window.feature(AdminFeature)
        admin.show_mode(ADMIN)
        page = admin.report_settings.page
        for layout, width, height in layouts:
            window.resize(width, height)
            admin.overview.report_settings_button.click()
            wait_until(lambda: not window.ops.busy and bool(page.rates), what="report settings")
            page.verticalScrollBar().setValue(page.rates_card.y() - 8)  # the rates at the top
            camera.shoot(SETTINGS, "admin-report-settings", layout, window)
            page.verticalScrollBar().setValue(0)
    finally:
        window.close()
        window.context.close()


def _manager_komhen(
    server: DemoServer,
    camera: Camera,
    layouts: tuple[tuple[str, int, int], ...],
    wait_until: Callable[..., None],
) -> None:
    from desktop.app import AppContext
    from desktop.services.profile import TokenVault
    from desktop.ui.shell.prefs import UiPrefs
    from desktop.ui.shell.window import MainWindow

    context = AppContext(
        root=Path(tempfile.mkdtemp(prefix="vejviser-tour-komhen-")), vault=TokenVault()
    )
    context.session.login(server.url, "999", "leder", server.password("leder"), True)
    context.after_login()
    window = MainWindow(context, UiPrefs())
    window.show()
    feature = window.feature(ManagementFeature)
    page = feature.page
    # a counting week of last month, which the Ledelse screens filled with demo contacts
    year, week, _day = (date.today().replace(day=1) - timedelta(days=10)).isocalendar()
    target = Path(tempfile.mkdtemp(prefix="vejviser-tour-komhen-")) / (
        f"komhen-{year}-uge{week:02d}.csv"
    )
    try:
        feature.open()
        wait_until(lambda: not window.ops.busy and page.report is not None, what="report")
        feature.extras.subscribe(ReportFrequency.MONTH, "lene.leder@eksempel.dk")
        wait_until(lambda: not window.ops.busy, what="subscription")
        for layout, width, height in layouts:
            window.resize(width, height)
            page.komhen.year.setValue(year)
            page.komhen.week.setValue(week)
            target.unlink(missing_ok=True)
            feature.extras.export_komhen(year, week, target)
            wait_until(lambda: not window.ops.busy and target.exists(), what="KOMHEN file")
            page.verticalScrollBar().setValue(page.komhen.y() - 8)  # KOMHEN at the top
            camera.shoot(KOMHEN, "ledelse-komhen", layout, window)
            page.verticalScrollBar().setValue(0)
    finally:
        window.close()
        context.close()
