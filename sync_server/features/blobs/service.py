"""Store and fetch screenshots by content hash."""

from __future__ import annotations

import hashlib

from sqlalchemy.orm import Session

from ...db.models import BlobRow
from ...errors import Invalid, NotFound, PayloadTooLarge, UnsupportedMedia
from ...principal import Caller
from ...protocol import WireModel, utcnow
from ..hotline import service as hotline
from . import repository
from .images import NotAnImage, check_image


class BlobInfo(WireModel):
    sha256: str
    size: int
    content_type: str


def store(session: Session, caller: Caller, data: bytes, max_bytes: int) -> BlobInfo:
    """Store one whole image (the declared Content-Type is not trusted); the caller's
    municipality may read it from now on, others once a guide they can see shows it."""
    if not data:
        raise Invalid("Filen er tom.", code="empty_blob")
    if len(data) > max_bytes:
        raise PayloadTooLarge(
            f"Billedet fylder {len(data) / 1_048_576:.1f} MB; højst "
            f"{max_bytes / 1_048_576:.0f} MB er tilladt.".replace(".", ","),
            code="blob_too_large",
        )
    try:
        content_type = check_image(data)
    except NotAnImage as exc:
        raise UnsupportedMedia(exc.message, code=exc.code) from None
    digest = hashlib.sha256(data).hexdigest()
    now = utcnow()
    if not repository.exists_blob(session, digest):  # the common case writes no copy
        repository.insert_if_absent(
            session,
            {
                "sha256": digest,
                "content_type": content_type,
                "size": len(data),
                "data": data,
                "created_at": now,
            },
        )
    repository.add_owner(session, digest, caller.municipality_id, {"created_at": now})
    return BlobInfo(sha256=digest, size=len(data), content_type=content_type)


def fetch(session: Session, caller: Caller, sha256: str, member: str | None = None) -> BlobRow:
    """A screenshot the caller's municipality (a hotline: the admitted ``member``) may
    read; 404 (as for an unknown one) otherwise, so its existence is not revealed either."""
    scope = hotline.member_scope(session, caller, member)
    row = repository.readable(session, sha256.lower(), scope.municipality_id)
    if row is None:
        raise NotFound("Billedet findes ikke.", code="blob_not_found")
    return row
