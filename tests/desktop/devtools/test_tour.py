"""``vejviser tour``: the real GUI, a real server (subprocess), every screen at three widths."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from desktop.devtools.tour import LAYOUTS, run_tour

SCREENS = (
    "login",
    "search-flytning",
    "search-gult-kort",
    "search-mitid-faq",
    "vejledning",
    "trin-for-trin",
    "skaermbillede",
    "henvisning",
    "faq",
    "feedback",
    "settings",
    "browse",
    "offline",
    "moerkt-tema",
    "hoej-kontrast",
    "timer-koerer",
    "afslut",
    "i-dag",
    "send-sms",
    "send-mail",
    "sendt",
    "search-ingen-sikre",
    "admin-overview",
    "admin-guide-editor",
    "admin-screenshot",
    "admin-history",
    "admin-merge",
    "admin-feedback",
    "admin-users",
    "admin-templates",
    "admin-searches",
    "ledelse",
    "ledelse-kanal",
    "qr-kode",
    "admin-areas",
    "admin-synonyms",
    "admin-faq",
    "admin-contacts",
    "admin-report-settings",
    "ledelse-komhen",
    "admin-library",
    "admin-library-preview",
    "admin-library-update",
    "ledelse-benchmark",
    "hotline-picker",
    "hotline-guide",
    "hotline-members",
    "admin-borgerweb",
)


@pytest.mark.slow
def test_tour_saves_every_screen_at_three_widths(qtbot, tmp_path, danish) -> None:  # type: ignore[no-untyped-def]
    danish.setQuitOnLastWindowClosed(False)
    try:
        files = run_tour(tmp_path / "tour")
    finally:
        danish.setQuitOnLastWindowClosed(True)
    names = {path.name for path in files}
    for number, screen in enumerate(SCREENS, 1):
        for layout, width, height in LAYOUTS:
            name = f"{number:02d}-{screen}-{layout}.png"
            assert name in names
            image = QImage(str(tmp_path / "tour" / name))
            assert (image.width(), image.height()) == (width, height)
    assert len(files) == len(SCREENS) * len(LAYOUTS)
