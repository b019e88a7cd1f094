"""``vejviser tour --out DIR``: drive the real GUI offscreen and save PNG screenshots.

A real sync server is started (subprocess, temp SQLite, demo data), the login screen is
filled in and submitted as the demo agent, the window syncs, and then every main screen is
captured at three widths: desktop 1280×800, tablet 1024×768 and handheld 400×800 — also a
timed contact (timer bar, finish panel, "I dag") and "Send til borger" by SMS and e-mail
(the demo server writes messages to a folder). Last, the server is stopped and the offline
state is captured.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import requests
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop.ui.kit import theme
from desktop.ui.kit.image_viewer import ImageViewer
from desktop.ui.lookup.feature import BROWSE, FAQ, LookupFeature
from desktop.ui.lookup.feedback_dialog import FeedbackDialog
from desktop.ui.shell.login import LoginDialog
from desktop.ui.shell.main import VejviserApp, make_qapp
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import API_PREFIX, GuideContent, GuideWrite

from .demo_server import DemoServer
from .tour_admin import admin_screens
from .tour_admin_content import admin_content_screens
from .tour_art import mitid_scan_png
from .tour_benchmark import benchmark_screens
from .tour_citizen import citizen_web_screens
from .tour_contact import contact_screens
from .tour_hotline import hotline_screens
from .tour_library import library_root, library_screens
from .tour_management import management_screens
from .tour_settings import settings_screens

LAYOUTS = (("desktop", 1280, 800), ("tablet", 1024, 768), ("handheld", 400, 800))
TOUR_GUIDE = "faa-mitid"
SCREENSHOT_STEP = 1  # "MitID-appen med pas"
CPR_TEXT = "Borgeren 010190-1234 fik ikke aktiveringskoden, selv om trin 4 siger det."


def pump(seconds: float = 0.05) -> None:
    end = time.monotonic() + seconds
    while True:
        QCoreApplication.processEvents()
        # deleteLater() is not handled by processEvents() at this loop level: do it here.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def wait_until(
    condition: Callable[[], bool], timeout: float = 30.0, what: str | Callable[[], str] = ""
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            text = what() if callable(what) else what
            raise TimeoutError(f"tour: timed out waiting for {text or condition}")
        pump(0.02)


def _no_keyring() -> None:
    """The tour never touches the user's real keyring: keyring's null backend stores nothing,
    and the login lasts for the tour's session (the token vault keeps it in memory)."""
    import keyring
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())


def add_demo_screenshot(server: DemoServer) -> None:
    """As the demo admin: upload an illustration and attach it to one step of the guide."""
    api = server.url + API_PREFIX
    token = requests.post(
        api + "/auth/login",
        json={"municipality": "999", "username": "admin", "password": server.password("admin")},
        timeout=10,
    ).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    png = mitid_scan_png()
    requests.post(
        api + "/blobs", data=png, headers={**headers, "Content-Type": "image/png"}, timeout=10
    ).raise_for_status()
    guide = requests.get(api + f"/guides/{TOUR_GUIDE}", headers=headers, timeout=10).json()
    content = GuideContent.model_validate(
        {k: v for k, v in guide.items() if k in GuideContent.model_fields}
    )
    content.steps[SCREENSHOT_STEP].image = hashlib.sha256(png).hexdigest()
    body = GuideWrite(**content.model_dump(), id=TOUR_GUIDE, base_revision=guide["revision"])
    requests.put(
        api + f"/guides/{TOUR_GUIDE}",
        json=body.model_dump(mode="json"),
        headers=headers,
        timeout=10,
    ).raise_for_status()


class Camera:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.files: list[Path] = []

    def shoot(self, number: int, name: str, layout: str, widget: QWidget, *over: QWidget) -> None:
        """Save ``widget`` with any dialogs ``over`` it (centred, as a window manager would)."""
        pump(0.15)
        base = widget.grab()
        if over:
            canvas = QPixmap(base.size())
            canvas.fill(QColor("#000000"))
            painter = QPainter(canvas)
            painter.drawPixmap(0, 0, base)
            painter.fillRect(canvas.rect(), QColor(0, 0, 0, 90))
            for dialog in over:
                shot = dialog.grab()
                x = max(0, (base.width() - shot.width()) // 2)
                y = max(0, (base.height() - shot.height()) // 2)
                painter.drawPixmap(QPoint(x, y), shot)
            painter.end()
            base = canvas
        path = self.out / f"{number:02d}-{name}-{layout}.png"
        base.save(str(path), "PNG")
        self.files.append(path)

    def backdrop(
        self, number: int, name: str, layout: str, size: tuple[int, int], dialog: QWidget
    ) -> None:
        """A dialog shown before the main window exists, on an empty screen."""
        pump(0.15)
        canvas = QPixmap(*size)
        canvas.fill(QColor(theme.current().window))
        painter = QPainter(canvas)
        shot = dialog.grab()
        painter.drawPixmap(
            QPoint(max(0, (size[0] - shot.width()) // 2), max(0, (size[1] - shot.height()) // 2)),
            shot,
        )
        painter.end()
        path = self.out / f"{number:02d}-{name}-{layout}.png"
        canvas.save(str(path), "PNG")
        self.files.append(path)


def _dialog_size(width: int, height: int, wanted: tuple[int, int]) -> tuple[int, int]:
    return min(wanted[0], width), min(wanted[1], height)


def run_tour(out: Path) -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="vejviser-tour-"))
    os.environ.setdefault("VEJVISER_HOME", str(work / "profile"))
    _no_keyring()
    make_qapp()  # the illustration is drawn with Qt
    server = DemoServer(work / "server")
    server.seed()
    server.start()
    try:
        add_demo_screenshot(server)
        server.publish_citizen_web()
        return _drive(out, server)
    finally:
        server.stop()


def _drive(out: Path, server: DemoServer) -> list[Path]:
    from desktop.app import AppContext

    qapp = make_qapp()
    context = AppContext()
    app = VejviserApp(qapp, context)
    camera = Camera(out)

    # 01 login, filled in, at each width; then log in through it.
    login = LoginDialog(context)
    login.server.setText(server.url)
    login.municipality.setText("999")
    login.username.setText("agent")
    QTest.keyClicks(login.password, server.password("agent"))
    for layout, width, height in LAYOUTS:
        login.resize(*_dialog_size(width, height, (520, 620)))
        login.show()
        camera.backdrop(1, "login", layout, (width, height), login)
    QTest.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: login.result_info is not None, what="login")
    login.close()

    window = app.build_window()
    window.show()
    window.start()
    wait_until(lambda: window.sync.state == "online" and not window.ops.busy, what="first sync")
    pump(0.2)

    for layout, width, height in LAYOUTS:
        window.resize(width, height)
        pump(0.2)
        _screens(window, camera, layout)
        contact_screens(window, camera, layout, pump, wait_until)

    # Admin mode, as the demo admin in a window of its own (before the server goes away).
    admin_screens(
        server,
        Path(os.environ["VEJVISER_HOME"]).parent / "admin",
        camera,
        LAYOUTS,
        pump,
        wait_until,
    )
    admin_content_screens(
        server,
        Path(os.environ["VEJVISER_HOME"]).parent / "admin",
        camera,
        LAYOUTS,
        pump,
        wait_until,
    )
    library_screens(server, library_root(), camera, LAYOUTS, pump, wait_until)  # 41–43
    management_screens(server, camera, LAYOUTS, wait_until)  # as the demo manager
    settings_screens(
        server, Path(os.environ["VEJVISER_HOME"]).parent / "settings", camera, LAYOUTS, wait_until
    )
    benchmark_screens(server, camera, LAYOUTS, wait_until)  # as the demo admin
    hotline_screens(server, camera, LAYOUTS, pump, wait_until)  # a shared hotline's agent
    citizen_web_screens(  # 48: Borgerweb, as the demo admin
        server, Path(os.environ["VEJVISER_HOME"]).parent / "citizen", camera, LAYOUTS, wait_until
    )
    activate(window)

    # Offline: the server goes away; the window keeps showing the cached guides.
    lookup = window.feature(LookupFeature)
    server.stop()
    window.sync.sync_now()
    wait_until(lambda: window.sync.state == "offline" and not window.ops.busy, what="offline")
    for layout, width, height in LAYOUTS:
        window.resize(width, height)
        lookup.focus_search()
        lookup.search.set_query("sundhedskort")
        pump(0.2)
        lookup.open_row(lookup.search.results.rows()[0])
        camera.shoot(13, "offline", layout, window)
        # A need the library does not answer: weak matches under "Ingen sikre resultater".
        _type_search(window, "førtidspension")
        camera.shoot(22, "search-ingen-sikre", layout, window)

    # The other themes, through the settings as a user would choose them.
    for number, name, choice in ((14, "moerkt-tema", "dark"), (15, "hoej-kontrast", "contrast")):
        window.show_settings()
        window.settings.select(theme=choice)
        for layout, width, height in LAYOUTS:
            window.resize(width, height)
            lookup.open_guide(TOUR_GUIDE, level=2)
            camera.shoot(number, name, layout, window)
    window.settings.select(theme="light")
    app.shutdown()
    window.close()
    QApplication.processEvents()
    return camera.files


def activate(window: QWidget) -> None:
    """Without a window manager nobody re-activates the window after a dialog closes, and
    window shortcuts only work in the active window."""
    window.activateWindow()
    pump(0.05)


def _type_search(window: MainWindow, text: str) -> None:
    activate(window)
    lookup = window.feature(LookupFeature)
    lookup.focus_search()
    lookup.search.box.clear()
    QTest.keyClicks(lookup.search.box, text)
    wait_until(lambda: not lookup.search._timer.isActive(), what="search")
    pump(0.1)


def _screens(window: MainWindow, camera: Camera, layout: str) -> None:
    lookup = window.feature(LookupFeature)
    compact = layout == "handheld"
    window.show_start()
    _type_search(window, "flytning")
    camera.shoot(2, "search-flytning", layout, window)
    _type_search(window, "gult kort")
    camera.shoot(3, "search-gult-kort", layout, window)
    _type_search(window, "mitid")
    camera.shoot(4, "search-mitid-faq", layout, window)

    # Open "Få MitID" with the keyboard: ↓ into the results, down to the guide, Enter.
    QTest.keyClick(lookup.search.box, Qt.Key.Key_Down)
    rows = lookup.search.results.rows()
    target = next(i for i, row in enumerate(rows) if row.key == TOUR_GUIDE)
    for _ in range(target):
        QTest.keyClick(lookup.search.results, Qt.Key.Key_Down)
    QTest.keyClick(lookup.search.results, Qt.Key.Key_Return)
    pump(0.2)
    camera.shoot(5, "vejledning", layout, window)
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    pump(0.1)
    camera.shoot(6, "trin-for-trin", layout, window)
    steps = lookup.guide.page(1)
    shot = steps.findChild(QPushButton, "screenshot") if steps is not None else None
    if shot is not None:
        shot.click()
        pump(0.2)
        viewer = window.findChild(ImageViewer)
        if viewer is not None:
            if compact:
                viewer.resize(window.width(), window.height())
            camera.shoot(7, "skaermbillede", layout, window, viewer)
            viewer.reject()
            viewer.deleteLater()
            activate(window)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    pump(0.1)
    camera.shoot(8, "henvisning", layout, window)

    lookup.show_section(FAQ)
    faq = lookup.faq_list
    faq.filter.setText("ny telefon")
    pump(0.1)
    if faq.list.rows():
        lookup.open_row(faq.list.rows()[0])
    camera.shoot(9, "faq", layout, window)
    faq.filter.clear()

    # Feedback with a CPR-like number: the Danish error is shown and nothing is queued.
    lookup.open_guide(TOUR_GUIDE)
    guide = lookup.guide.guide
    assert guide is not None
    dialog: FeedbackDialog = lookup.give_feedback(guide)
    dialog.kind.set_current(1)
    dialog.resize(min(560, window.width()), min(520, window.height()))
    QTest.keyClicks(dialog.text, CPR_TEXT)
    QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    camera.shoot(10, "feedback", layout, window, dialog)
    dialog.reject()
    dialog.deleteLater()
    activate(window)

    # "Vis QR-kode": the citizen takes the guide home on their own phone.
    assert lookup.guide.citizen_link is not None, "the guide has no citizen link"
    qr = lookup.show_qr(guide, lookup.guide.citizen_link)
    qr.resize(min(460, window.width()), min(600, window.height()))
    pump(0.1)
    camera.shoot(34, "qr-kode", layout, window, qr)
    qr.reject()
    qr.deleteLater()
    activate(window)

    window.show_settings()
    camera.shoot(11, "settings", layout, window)

    lookup.show_section(BROWSE)
    lookup.browse.tabs.set_current(0)
    lookup.browse.show_areas()
    if compact:
        camera.shoot(12, "browse", layout, window)
    else:
        rows = lookup.browse.list.rows()
        area = next((r for r in rows if r.key.startswith("MitID")), rows[0] if rows else None)
        if area is not None:
            lookup.browse.show_area(area.key)
            guides = lookup.browse.list.rows()
            if guides:
                lookup.open_row(guides[0])
            lookup.show_section(BROWSE)
        camera.shoot(12, "browse", layout, window)
    lookup.browse.show_areas()
    if compact:
        window.frame.show_nav()
