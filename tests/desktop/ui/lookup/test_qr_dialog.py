"""'Vis QR-kode': the guide's short link on the citizen web, for the citizen's own phone.

Live: the server's admin sets the public address and publishes a guide to citizens; after a
sync the guide page offers the QR code, and the painted code is exactly the link's.
"""

from __future__ import annotations

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication

from desktop.ui.lookup.qr_dialog import QUIET_ZONE, QrCode, QrDialog

PUBLIC = "https://vejviser.kommune.dk"


def _painted_matrix(code: QrCode) -> list[list[bool]]:
    """Read the code back from the widget's pixels: the centre of every module."""
    image = code.grab().toImage()
    side = min(code.width(), code.height())
    module = max(1, side // code.modules)
    left = (code.width() - module * code.modules) // 2
    top = (code.height() - module * code.modules) // 2
    ratio = image.devicePixelRatio()
    size = len(code.matrix)
    return [
        [
            QColor(
                image.pixel(
                    int((left + (x + QUIET_ZONE) * module + module // 2) * ratio),
                    int((top + (y + QUIET_ZONE) * module + module // 2) * ratio),
                )
            ).lightness()
            < 128
            for x in range(size)
        ]
        for y in range(size)
    ]


def test_the_painted_code_is_the_links_code(qtbot, danish) -> None:  # type: ignore[no-untyped-def]
    url = f"{PUBLIC}/borger/101/melde-flytning"
    dialog = QrDialog(url, "Melde flytning")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    expected = [[bool(c) for c in row] for row in segno.make(url, error="m").matrix]
    assert _painted_matrix(dialog.code) == expected
    assert dialog.link.text() == url
    assert dialog.windowTitle() == "QR-kode – Melde flytning"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == url
    assert dialog.copy_button.text() == "Linket er kopieret"
    assert dialog.close_button.height() >= 44


def test_no_qr_code_for_guides_citizens_cannot_see(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    lookup_ui.open_guide("melde-flytning")  # staff only, and no public address synced
    assert lookup_ui.guide.citizen_link is None
    assert not lookup_ui.guide.qr.isVisible()


@pytest.mark.live
def test_staff_show_the_qr_code_of_a_published_guide(  # type: ignore[no-untyped-def]
    qtbot, window, lookup_ui, context, ui_server
) -> None:
    admin = ui_server.admin_api("101")
    admin.request("PATCH", "/citizen/settings", json={"public_base_url": PUBLIC})
    admin.update_guide("melde-flytning", published_to_citizens=True)
    report = context.sync_once()
    assert report.error is None, report.error

    lookup_ui.open_guide("melde-flytning")
    page = lookup_ui.guide
    assert page.qr.isVisible() and page.qr.text() == "Vis QR-kode"
    link = f"{PUBLIC}/borger/101/melde-flytning"
    assert page.citizen_link == link
    with qtbot.waitSignal(page.qr_requested):
        qtbot.mouseClick(page.qr, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QrDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.url == link
    assert _painted_matrix(dialog.code) == [
        [bool(c) for c in row] for row in segno.make(link, error="m").matrix
    ]
    dialog.reject()
    # On a handheld the button shows its icon only; its name stays for screen readers.
    page.set_compact(True)
    assert page.qr.text() == "" and page.qr.accessibleName() == "Vis QR-kode"
    page.set_compact(False)
    assert page.qr.text() == "Vis QR-kode"
    # A guide citizens cannot see has no QR code.
    lookup_ui.open_guide("sundhedskort")
    assert not page.qr.isVisible()
