"""Synced content (one table for every kind) and the revision history."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Base


class ContentRow(Base):
    """Guides, service areas, FAQ entries, referral contacts and synonym groups.

    One table for every kind of synced content: ``change_seq`` (per municipality) drives
    sync pull, ``deleted_at`` marks tombstones, ``data`` holds the wire model as JSON.
    """

    __tablename__ = "content"
    __table_args__ = (
        UniqueConstraint("municipality_id", "kind", "key"),
        Index("ix_content_changes", "municipality_id", "change_seq"),
        Index("ix_content_library", "kind", "status", "deleted_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(200))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    change_seq: Mapped[int] = mapped_column(BigInteger)
    title: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    area: Mapped[str | None] = mapped_column(String(200), nullable=True)
    published_to_citizens: Mapped[bool] = mapped_column(Boolean, default=False)
    #: A guide its municipality keeps to itself: never in the shared library (nor its
    #: screenshots readable by others).
    local_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    search_text: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class RevisionRow(Base):
    """Full revision history of content and feedback."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("municipality_id", "kind", "key", "revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(200))
    revision: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    author: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
