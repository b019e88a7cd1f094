"""The citizen pages in a real headless Chromium (Debian's chromium and chromedriver):
axe-core finds no WCAG 2.1 A/AA violation on any page type at phone and desktop widths;
the text reflows at 320 CSS px (400 % zoom of a 1280 px window); keyboard users reach
everything with a visible focus; no request leaves the server and no cookie is set; the
print stylesheet leaves only the guide; "Kopiér link" copies.

With ``VEJVISER_SCREENSHOTS=DIR`` the pages are also saved as PNGs (the README's).
"""

from __future__ import annotations

import io
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn
from PIL import Image, ImageDraw
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from support.browser import browser_or_skip, chromium, describe, run_axe, viewport

from sync_server.app import create_app
from sync_server.config import Settings
from sync_server.db.engine import make_engine, make_session_factory, transaction
from sync_server.db.migrate import upgrade
from sync_server.seed import seed_demo

pytestmark = pytest.mark.slow

PAGES = {
    "forside": "/borger/999/",
    "omraade": "/borger/999/omraade/sundhed-og-sygesikring",
    "soegning": "/borger/999/?q=gult+kort",
    "vejledning": "/borger/999/bestil-sundhedskort",
    "trin": "/borger/999/skaermbillede",
}
WIDTHS = (400, 1280)


def _screenshot_png() -> bytes:
    """A made-up screenshot of a self-service form (for a step with an image)."""
    image = Image.new("RGB", (640, 360), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 640, 48), fill="#14143c")
    draw.rectangle((40, 90, 600, 130), outline="#333333", width=2)
    draw.rectangle((40, 170, 600, 210), outline="#333333", width=2)
    draw.rectangle((40, 260, 220, 304), fill="#0059b3")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    browser_or_skip()
    folder = tmp_path_factory.mktemp("citizen-browser")
    settings = Settings(database_url=f"sqlite:///{folder / 'db.sqlite3'}", data_dir=folder)
    engine = make_engine(settings.resolved_database_url())
    upgrade(engine)
    with transaction(make_session_factory(engine)) as session:
        accounts = seed_demo(session).accounts
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = create_app(settings, engine)
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    password = next(p for user, _, p in accounts if user == "admin")
    token = requests.post(
        f"{base}/api/v1/auth/login",
        json={"municipality": "999", "username": "admin", "password": password},
        timeout=30,
    ).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    blob = requests.post(
        f"{base}/api/v1/blobs",
        data=_screenshot_png(),
        headers={**auth, "Content-Type": "image/png"},
        timeout=30,
    ).json()["sha256"]
    guide = {
        "id": "skaermbillede",
        "title": "Søg om boligstøtte trin for trin",
        "area": "Bolig og byggeri",
        "guidance": ["Søg på borger.dk med MitID."],
        "self_service_url": "https://www.borger.dk/",
        "steps": [
            {
                "title": "Udfyld ansøgningen",
                "text": "Skriv husstandens indtægt og boligens areal.",
                "image": blob,
                "fields": [
                    {"label": "Indtægt", "note": "Husstandens samlede indtægt før skat."},
                    {"label": "Areal", "note": "Boligens areal i kvadratmeter."},
                ],
            }
        ],
        "referral": [{"name": "Udbetaling Danmark", "hours": "Hverdage"}],
        "status": "published",
        "published_to_citizens": True,
    }
    created = requests.post(f"{base}/api/v1/guides", json=guide, headers=auth, timeout=30)
    assert created.status_code == 201, created.text
    yield base
    uv.should_exit = True
    thread.join(timeout=10)
    engine.dispose()


@pytest.fixture(scope="module")
def phone() -> Iterator[Any]:
    browser_or_skip()
    driver = chromium(400, 860)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def desktop() -> Iterator[Any]:
    browser_or_skip()
    driver = chromium(1280, 900)
    yield driver
    driver.quit()


def _save(driver: Any, name: str) -> None:
    folder = os.environ.get("VEJVISER_SCREENSHOTS")
    if not folder:
        return
    width = driver.execute_script("return window.innerWidth")
    height = driver.execute_script("return window.innerHeight")
    zoom = driver.execute_script("return window.devicePixelRatio")
    full = driver.execute_script("return document.documentElement.scrollHeight")
    viewport(driver, width, min(full, 6000), zoom=zoom)
    Path(folder).mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(Path(folder) / f"borger-{name}-{width}.png"))
    viewport(driver, width, height, zoom=zoom)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", sorted(PAGES))
def test_axe_core_finds_no_violations(
    server: str, phone: Any, desktop: Any, page: str, width: int
) -> None:
    driver = phone if width == 400 else desktop
    driver.get(server + PAGES[page])
    assert driver.execute_script("return window.innerWidth") == width
    assert driver.find_element(By.TAG_NAME, "h1").text
    violations = run_axe(driver)
    assert violations == [], describe(violations)
    _save(driver, page)


def test_axe_runs_for_real(server: str, desktop: Any) -> None:
    """The check above means something: axe reports a planted problem."""
    desktop.get(server + PAGES["forside"])
    desktop.execute_script(
        "const i = document.createElement('input'); document.querySelector('main').append(i);"
    )
    assert "label" in {v["id"] for v in run_axe(desktop)}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_reflow_at_400_percent_zoom(server: str, page: str) -> None:
    """A 1280 × 1024 window at 400 %: 320 × 256 CSS px. No horizontal scrolling, nothing
    cut off, and the search field still usable."""
    driver = chromium(320, 256, zoom=4.0)
    try:
        driver.get(server + PAGES[page])
        assert driver.execute_script("return window.innerWidth") == 320
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{page}: {overflow} px of horizontal scrolling at 320 px"
        wide = driver.execute_script(
            """return [...document.querySelectorAll('body *')]
                 .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                 .map(e => e.tagName + '.' + e.className).slice(0, 5)"""
        )
        assert wide == [], wide
        field = driver.find_element(By.ID, "q")
        assert field.size["width"] >= 120
        _save(driver, f"{page}-zoom400")
    finally:
        driver.quit()


def test_keyboard_skip_link_and_visible_focus(server: str, desktop: Any) -> None:
    desktop.get(server + PAGES["trin"])
    body = desktop.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    active = desktop.switch_to.active_element
    assert active.get_attribute("class") == "skip"
    assert active.is_displayed() and active.location["y"] >= 0
    active.send_keys(Keys.ENTER)
    assert desktop.execute_script("return location.hash") == "#indhold"
    # Tab through the whole page: every stop shows a focus outline, and the main action,
    # the share links and the feedback form are all reached.
    desktop.get(server + PAGES["trin"])
    reached: list[str] = []
    for _ in range(80):
        desktop.switch_to.active_element.send_keys(Keys.TAB)
        element = desktop.switch_to.active_element
        style = desktop.execute_script(
            "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth]",
            element,
        )
        tag = element.tag_name
        if tag == "body":
            break
        assert style[0] != "none" and style[1] != "0px", (tag, element.text, style)
        reached.append(element.text or element.get_attribute("value") or tag)
    assert "Gå til selvbetjeningen" in reached, reached
    assert "Send som e-mail" in reached and "Send som sms" in reached
    assert "Send svar" in reached
    size = desktop.find_element(By.CSS_SELECTOR, ".share-actions a").size
    assert size["height"] >= 44 and size["width"] >= 44


def test_no_request_to_another_host_and_no_cookie(server: str) -> None:
    driver = chromium(400, 860)
    try:
        for path in PAGES.values():
            driver.get(server + path)
        urls = [
            entry["message"]
            for entry in driver.get_log("performance")
            if '"Network.requestWillBeSent"' in entry["message"]
        ]
        assert len(urls) >= len(PAGES) * 3  # pages, styles, the script, images
        requested = {json.loads(m)["message"]["params"]["request"]["url"] for m in urls}
        outside = {u for u in requested if not u.startswith(server + "/")}
        assert outside == set()
        assert driver.get_cookies() == []
    finally:
        driver.quit()


def test_print_leaves_only_the_guide(server: str, desktop: Any) -> None:
    desktop.get(server + PAGES["trin"])
    desktop.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = desktop.execute_script(
            """return ['.share', '.feedback', 'form.search', '.crumbs']
                 .map(s => getComputedStyle(document.querySelector(s)).display)"""
        )
        assert hidden == ["none"] * 4
        assert desktop.find_element(By.CSS_SELECTOR, "article.guide figure img").is_displayed()
        pdf = desktop.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        assert len(pdf["data"]) > 1000
    finally:
        desktop.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_copy_link_and_share_fallbacks(server: str, desktop: Any) -> None:
    desktop.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": server, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    desktop.get(server + PAGES["vejledning"])
    button = desktop.find_element(By.CSS_SELECTOR, "[data-copy-button]")
    assert button.is_displayed()  # shown by the script; without it the field can be copied
    button.click()
    status = desktop.find_element(By.CSS_SELECTOR, "[data-copy-status]")
    deadline = time.monotonic() + 5
    while status.text == "" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert status.text == "Linket er kopieret."
    copied = desktop.execute_async_script(
        "const done = arguments[0];navigator.clipboard.readText().then(done, e => done(String(e)));"
    )
    assert copied == f"{server}/borger/999/bestil-sundhedskort"
    mail = desktop.find_element(By.PARTIAL_LINK_TEXT, "e-mail").get_attribute("href")
    assert mail.startswith("mailto:?subject=Bestil%20nyt%20sundhedskort")
    sms = desktop.find_element(By.PARTIAL_LINK_TEXT, "sms").get_attribute("href")
    assert sms.startswith("sms:?&body=Bestil%20nyt%20sundhedskort%20")
    qr = desktop.find_element(By.CSS_SELECTOR, ".qr img")
    assert desktop.execute_script("return arguments[0].naturalWidth", qr) > 0
