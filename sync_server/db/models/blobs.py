"""Images and other binary content, addressed by their SHA-256."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Base


class BlobRow(Base):
    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_type: Mapped[str] = mapped_column(String(50))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class BlobOwnerRow(Base):
    """A municipality that uploaded the blob: it may read it before a guide uses it."""

    __tablename__ = "blob_owners"

    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class BlobRefRow(Base):
    """A guide (``municipality_id``, ``guide_key``) whose steps show the blob. Kept by the
    content kernel with every save and deletion of a guide; who may read a blob follows
    from the guides that use it (own, shared in the library, published to citizens)."""

    __tablename__ = "blob_refs"
    __table_args__ = (Index("ix_blob_refs_sha256", "sha256"),)

    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), primary_key=True)
    guide_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
