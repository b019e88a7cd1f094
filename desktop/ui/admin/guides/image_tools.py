"""Screenshots for guides: checked, scaled, redacted and encoded before upload.

Redaction is burned into the pixels (black, or a coarse pixelation that cannot be undone);
marks (numbered points or boxes) are kept as fractions of the image's width and height, so
they survive any scaling.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

translate = QCoreApplication.translate

#: Largest accepted file, and the longest side after scaling.
MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 1600
FORMATS = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "webp": "image/webp"}
#: Pixelation block (px of the scaled image): names and numbers become unreadable.
BLUR_BLOCK = 14


class ImageRejected(ValueError):
    """A file that cannot be used as a screenshot; the message is for the user."""


@dataclass
class Mark:
    """A numbered note on a screenshot: a point (w = h = 0) or a box, as fractions."""

    n: int
    x: float
    y: float
    w: float = 0.0
    h: float = 0.0
    label: str = ""
    note: str = ""

    @property
    def is_box(self) -> bool:
        return self.w > 0 and self.h > 0


@dataclass
class Redaction:
    """A region to black out (``blur`` False) or pixelate, as fractions."""

    x: float
    y: float
    w: float
    h: float
    blur: bool = False


@dataclass
class Screenshot:
    image: QImage
    marks: list[Mark] = field(default_factory=list)
    redactions: list[Redaction] = field(default_factory=list)


def _too_large() -> ImageRejected:
    return ImageRejected(translate("ImageTools", "The image is too large (at most 5 MB)."))


def load_bytes(data: bytes, name: str = "") -> QImage:
    """Decode an image file (PNG, JPEG or WebP; at most 5 MB) and scale it to fit."""
    if len(data) > MAX_BYTES:
        raise _too_large()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    kind = bytes(reader.format().data()).decode().lower()
    if kind not in FORMATS:
        raise ImageRejected(translate("ImageTools", "Only PNG, JPEG and WebP images can be used."))
    image = reader.read()
    if image.isNull():
        raise ImageRejected(translate("ImageTools", "The image cannot be read; it may be damaged."))
    return fit(image)


def fit(image: QImage) -> QImage:
    """At most :data:`MAX_SIDE` px on the longest side, in 32-bit RGB."""
    if image.isNull():
        raise ImageRejected(translate("ImageTools", "The clipboard holds no image."))
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _rect(image: QImage, x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(x * image.width(), y * image.height(), w * image.width(), h * image.height())


def burn(image: QImage, redactions: list[Redaction]) -> QImage:
    """A copy with every redaction painted into the pixels."""
    out = image.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(out)
    for region in redactions:
        rect = _rect(out, region.x, region.y, region.w, region.h).toAlignedRect()
        rect = rect.intersected(out.rect())
        if rect.isEmpty():
            continue
        if region.blur:
            part = out.copy(rect)
            small = part.scaled(
                max(1, rect.width() // BLUR_BLOCK),
                max(1, rect.height() // BLUR_BLOCK),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage(
                rect,
                small.scaled(
                    rect.size(),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                ),
            )
        else:
            painter.fillRect(rect, QColor("black"))
    painter.end()
    return out


def encode(image: QImage) -> tuple[bytes, str]:
    """PNG bytes (lossless, so the marks' fields stay sharp) and the content type; a
    photo-like image that would exceed the limit as PNG is stored as JPEG."""
    for kind, quality in (("PNG", -1), ("JPEG", 85), ("JPEG", 70)):
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, kind, quality)  # type: ignore[call-overload]  # str at runtime
        data = bytes(buffer.data().data())
        if len(data) <= MAX_BYTES:
            return data, "image/png" if kind == "PNG" else "image/jpeg"
    raise _too_large()
