"""'Vis QR-kode': the guide's short link on the citizen web as a QR code, shown at the
counter so the citizen takes the guide home on their own phone — no phone number or
e-mail address is typed by anyone. The code is drawn from segno's matrix, dark on white
with its quiet zone, crisp at any size."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ..kit import icons
from ..kit.widgets import button, label

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


class QrCode(QWidget):
    """Paints one QR code, as large as the widget allows (whole pixels per module)."""

    def __init__(self, data: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        code = segno.make(data, error="m")
        self.matrix = [[bool(cell) for cell in row] for row in code.matrix]
        self.modules = len(self.matrix) + 2 * QUIET_ZONE
        self.setMinimumSize(QSize(self.modules * 4, self.modules * 4))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("QR code"))

    def sizeHint(self) -> QSize:
        return QSize(self.modules * 8, self.modules * 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        module = max(1, side // self.modules)
        size = module * self.modules
        left = (self.width() - size) // 2
        top = (self.height() - size) // 2
        painter.fillRect(QRectF(left, top, size, size), QColor("#ffffff"))
        dark = QColor("#000000")
        for y, row in enumerate(self.matrix):
            for x, on in enumerate(row):
                if on:
                    painter.fillRect(
                        QRectF(
                            left + (x + QUIET_ZONE) * module,
                            top + (y + QUIET_ZONE) * module,
                            module,
                            module,
                        ),
                        dark,
                    )
        painter.end()


class QrDialog(QDialog):
    def __init__(self, url: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.setWindowTitle(self.tr("QR code – %1").replace("%1", title))
        self.setWindowIcon(icons.app_icon())
        self.setAccessibleName(self.tr("Show QR code"))
        self.setMinimumWidth(340)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(label(title, "title", selectable=True))
        layout.addWidget(
            label(
                self.tr(
                    "Let the citizen scan the code with the phone's camera: the guide opens "
                    "on the municipality's website, and the citizen can keep it."
                ),
                "muted",
            )
        )
        self.code = QrCode(url)
        self.code.setAccessibleDescription(url)
        layout.addWidget(self.code, 1)
        self.link = label(url, "small", selectable=True)
        self.link.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.link.setAccessibleName(self.tr("Link to the guide"))
        layout.addWidget(self.link)

        buttons = QHBoxLayout()
        self.copy_button = button(self.tr("Copy link"), icon="copy", on_click=self.copy)
        self.close_button = button(self.tr("Close"), role="primary", on_click=self.accept)
        self.close_button.setDefault(True)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.close_button.setFocus()
        self.resize(460, 600)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.url)
        self.copy_button.setText(self.tr("Link copied"))
