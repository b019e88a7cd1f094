"""Store and fetch screenshots by content hash."""

from __future__ import annotations

import hashlib

from sqlalchemy.orm import Session

from ...db.models import BlobRow
from ...errors import Invalid, NotFound, PayloadTooLarge, UnsupportedMedia
from ...protocol import WireModel, utcnow
from . import repository


class BlobInfo(WireModel):
    sha256: str
    size: int
    content_type: str


def sniff_image_type(data: bytes) -> str | None:
    """The image type by magic bytes; the declared Content-Type is not trusted."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def store(session: Session, data: bytes, max_bytes: int) -> BlobInfo:
    if not data:
        raise Invalid("Filen er tom.", code="empty_blob")
    if len(data) > max_bytes:
        raise PayloadTooLarge(
            f"Billedet fylder {len(data) / 1_048_576:.1f} MB; højst "
            f"{max_bytes / 1_048_576:.0f} MB er tilladt.".replace(".", ","),
            code="blob_too_large",
        )
    content_type = sniff_image_type(data)
    if content_type is None:
        raise UnsupportedMedia(
            "Kun PNG-, JPEG- og WebP-billeder kan gemmes.", code="unsupported_image"
        )
    digest = hashlib.sha256(data).hexdigest()
    if session.get(BlobRow, digest) is None:  # the common case answers without a write
        repository.insert_if_absent(
            session,
            {
                "sha256": digest,
                "content_type": content_type,
                "size": len(data),
                "data": data,
                "created_at": utcnow(),
            },
        )
    return BlobInfo(sha256=digest, size=len(data), content_type=content_type)


def fetch(session: Session, sha256: str) -> BlobRow:
    row = session.get(BlobRow, sha256.lower())
    if row is None:
        raise NotFound("Billedet findes ikke.", code="blob_not_found")
    return row
