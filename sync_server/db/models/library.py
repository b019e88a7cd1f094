"""Copies that follow their origin in the shared library."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Base


class LibraryFollowRow(Base):
    """A guide of ``municipality_id`` copied from another municipality's guide.

    The revision copied (or last taken) lives in the copy's provenance; here: the origin
    (to count "used by" and to refuse a second copy), the newest origin version the admin
    dismissed, and whether the copy was detached for good."""

    __tablename__ = "library_follows"
    __table_args__ = (
        UniqueConstraint("municipality_id", "guide_key"),
        Index("ix_library_follows_origin", "origin_municipality_id", "origin_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    guide_key: Mapped[str] = mapped_column(String(200))
    origin_municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    origin_key: Mapped[str] = mapped_column(String(200))
    dismissed_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detached_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
