"""Debian's chromium, headless, driven through Debian's chromedriver (Selenium), and
axe-core (the npm package, fetched by ``.ci/bootstrap.sh`` with ``npm pack``) to check
pages for accessibility problems.

``browser_or_skip()`` skips when chromium, chromedriver or axe-core is missing — except
when ``CI=true``: then the browser tests must run, and a missing part fails the test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parents[2]
#: Where .ci/bootstrap.sh unpacks the axe-core npm package.
AXE_JS = ROOT / ".venv" / "share" / "axe-core" / "axe.min.js"
CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")


def _first(paths: tuple[str, ...], name: str) -> str | None:
    for path in paths:
        if Path(path).exists():
            return path
    return shutil.which(name)


def missing_parts() -> list[str]:
    missing = []
    if _first(CHROMIUM, "chromium") is None:
        missing.append("chromium (apt-get install chromium)")
    if _first(CHROMEDRIVER, "chromedriver") is None:
        missing.append("chromedriver (apt-get install chromium-driver)")
    if not AXE_JS.exists():
        missing.append(f"axe-core ({AXE_JS}; run .ci/bootstrap.sh with npm available)")
    return missing


def browser_or_skip() -> None:
    missing = missing_parts()
    if not missing:
        return
    message = "browser tests need: " + ", ".join(missing)
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def chromium(width: int = 1280, height: int = 900, *, zoom: float = 1.0) -> webdriver.Chrome:
    """A headless chromium window ``width`` × ``height`` CSS px (at ``zoom``, the window
    keeps its device pixels and the CSS viewport shrinks, as browser zoom does)."""
    options = webdriver.ChromeOptions()
    options.binary_location = _first(CHROMIUM, "chromium") or "chromium"
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--metrics-recording-only",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--lang=da-DK",
        f"--window-size={max(width, 500)},{height}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    service = Service(executable_path=_first(CHROMEDRIVER, "chromedriver") or "chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    viewport(driver, width, height, zoom=zoom)
    return driver


def viewport(driver: webdriver.Chrome, width: int, height: int, *, zoom: float = 1.0) -> None:
    """Exactly ``width`` × ``height`` CSS px (headless windows are at least 500 px wide);
    ``zoom`` is the device pixel ratio, which is what browser zoom changes."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": zoom, "mobile": False},
    )


def run_axe(driver: webdriver.Chrome) -> list[dict[str, Any]]:
    """axe-core's violations of the loaded page (WCAG 2.0/2.1 A and AA, best practices).
    axe is injected through the DevTools protocol, so the page's own CSP stays strict."""
    source = AXE_JS.read_text(encoding="utf-8")
    driver.execute_script(source)
    result: dict[str, Any] = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
          .then(r => done(r)).catch(e => done({error: String(e)}));
        """
    )
    if "error" in result:
        raise RuntimeError(result["error"])
    violations: list[dict[str, Any]] = result["violations"]
    return violations


def describe(violations: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(n["target"][0] if n["target"] else "?" for n in v["nodes"][:5])
        for v in violations
    )
