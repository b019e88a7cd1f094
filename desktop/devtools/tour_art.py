"""An illustrative step screenshot for the tour's demo guide, drawn with Qt (no binary
assets in the repository). It is marked "Illustration" so nobody takes it for the real app."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageWriter, QPainter, QPen


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont("Roboto")
    font.setPixelSize(size)
    font.setBold(bold)
    return font


def mitid_scan_png() -> bytes:
    """A phone screen: "Scan chippen i dit pas" with a passport and a start button."""
    width, height = 420, 760
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9edf2"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor("#1d2430"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRect(20, 20, width - 40, height - 40), 42, 42)
    screen = QRect(36, 70, width - 72, height - 140)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(screen, 16, 16)
    p.setBrush(QColor("#0060e6"))
    p.drawRect(QRect(screen.left(), screen.top(), screen.width(), 64))
    p.setPen(QColor("#ffffff"))
    p.setFont(_font(22, True))
    p.drawText(
        QRect(screen.left(), screen.top(), screen.width(), 64),
        Qt.AlignmentFlag.AlignCenter,
        "MitID",
    )
    p.setPen(QColor("#1d2430"))
    p.setFont(_font(24, True))
    p.drawText(
        QRect(screen.left() + 24, screen.top() + 92, screen.width() - 48, 70),
        int(Qt.TextFlag.TextWordWrap),
        "Scan chippen i dit pas",
    )
    p.setFont(_font(16))
    p.drawText(
        QRect(screen.left() + 24, screen.top() + 160, screen.width() - 48, 90),
        int(Qt.TextFlag.TextWordWrap),
        "Hold telefonen mod passets forside, indtil den vibrerer.",
    )
    passport = QRect(screen.center().x() - 80, screen.top() + 270, 160, 210)
    p.setBrush(QColor("#7b1f2b"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(passport, 10, 10)
    p.setPen(QPen(QColor("#e4c26b"), 3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(passport.center(), 34, 34)
    p.setFont(_font(14, True))
    p.drawText(
        QRect(passport.left(), passport.top() + 14, passport.width(), 24),
        Qt.AlignmentFlag.AlignCenter,
        "PAS",
    )
    p.setPen(QPen(QColor("#0060e6"), 3, Qt.PenStyle.DashLine))
    p.drawRoundedRect(passport.adjusted(-16, -16, 16, 16), 16, 16)
    button = QRect(screen.left() + 24, screen.bottom() - 96, screen.width() - 48, 56)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#0060e6"))
    p.drawRoundedRect(button, 28, 28)
    p.setPen(QColor("#ffffff"))
    p.setFont(_font(18, True))
    p.drawText(button, Qt.AlignmentFlag.AlignCenter, "Start scanning")
    p.setPen(QColor("#b3261e"))
    p.setFont(_font(15, True))
    p.drawText(
        QRect(0, height - 44, width, 30),
        Qt.AlignmentFlag.AlignCenter,
        "Illustration – ikke et rigtigt skærmbillede",
    )
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return bytes(data.data())


def demo_logo_png() -> bytes:
    """Demo Kommune's logo for the citizen web: a signpost mark and the name."""
    width, height = 360, 96
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#0b5563"))
    p.drawRoundedRect(QRect(4, 8, 80, 80), 18, 18)
    p.setBrush(QColor("#ffffff"))
    p.drawRect(QRect(40, 22, 8, 56))
    p.drawPolygon([QPoint(22, 28), QPoint(62, 28), QPoint(72, 38), QPoint(62, 48), QPoint(22, 48)])
    p.setPen(QPen(QColor("#0b5563")))
    p.setFont(_font(34, bold=True))
    p.drawText(QRect(100, 8, width - 100, 80), Qt.AlignmentFlag.AlignVCenter, "Demo Kommune")
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return bytes(data.data())
