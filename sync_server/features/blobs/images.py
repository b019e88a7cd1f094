"""Whether uploaded bytes are one whole PNG, JPEG or WebP image — and nothing else.

The magic bytes are not enough: a PNG header followed by HTML is not an image a browser
should ever be handed. Pillow reads the header and decodes every pixel; the file's own
structure (PNG chunks up to IEND, JPEG markers up to EOI, the RIFF size of WebP) must end
exactly where the file ends.
"""

from __future__ import annotations

import io
import struct
import warnings

from PIL import Image, UnidentifiedImageError

#: Images larger than this (in pixels) are refused before they are decoded.
MAX_PIXELS = 40_000_000

_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}


class NotAnImage(ValueError):
    """The bytes are not one whole supported image; ``message`` says why (Danish)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _png_end(data: bytes) -> int | None:
    pos = 8
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        pos += 12 + length
        if kind == b"IEND":
            return pos
    return None


def _jpeg_end(data: bytes) -> int | None:
    pos = 2  # after SOI
    size = len(data)
    while pos < size:
        if data[pos] != 0xFF:
            return None
        while pos < size and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= size:
            return None
        marker = data[pos]
        pos += 1
        if marker == 0xD9:  # EOI
            return pos
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # no length
            continue
        if pos + 2 > size:
            return None
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        pos += length
        if marker == 0xDA:  # start of scan: entropy-coded data up to the next marker
            while pos + 1 < size:
                if (
                    data[pos] == 0xFF
                    and data[pos + 1] != 0x00
                    and not 0xD0 <= data[pos + 1] <= 0xD7
                ):
                    break
                pos += 1
            else:
                return None
    return None


def _webp_end(data: bytes) -> int | None:
    if len(data) < 12:
        return None
    (riff_size,) = struct.unpack("<I", data[4:8])
    return 8 + riff_size + (riff_size & 1)


_ENDS = {"image/png": _png_end, "image/jpeg": _jpeg_end, "image/webp": _webp_end}


def check_image(data: bytes) -> str:
    """The content type of ``data`` when it is one whole PNG, JPEG or WebP image;
    :class:`NotAnImage` otherwise."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                content_type = _TYPES.get(probe.format or "")
                if content_type is None:
                    raise NotAnImage(
                        "unsupported_image", "Kun PNG-, JPEG- og WebP-billeder kan gemmes."
                    )
                width, height = probe.size
                if width * height > MAX_PIXELS:
                    raise NotAnImage(
                        "invalid_image",
                        f"Billedet er for stort ({width} × {height} punkter); højst "
                        f"{MAX_PIXELS // 1_000_000} millioner punkter.",
                    )
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()  # every pixel decoded: a cut or damaged image fails here
    except NotAnImage:
        raise
    except UnidentifiedImageError:
        raise NotAnImage(
            "unsupported_image", "Kun PNG-, JPEG- og WebP-billeder kan gemmes."
        ) from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError, Warning):
        raise NotAnImage(
            "invalid_image", "Filen er ikke et helt billede: den er beskadiget eller afkortet."
        ) from None
    if _ENDS[content_type](data) != len(data):
        raise NotAnImage(
            "invalid_image",
            "Filen er ikke et rent billede: der er andre data efter billedets slutning.",
        )
    return content_type
