"""SMS / e-mail to citizens: the message log and each municipality's templates."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Base, BigId


class MessageRow(Base):
    """A message sent to a citizen. ``recipient`` is kept only until the final status and
    then erased (NULL) in the same transaction; the log keeps only the fact."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("municipality_id", "uuid"),
        Index("ix_messages_staff_time", "municipality_id", "staff", "created_at"),
        Index("ix_messages_provider_ref", "provider", "provider_ref"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    uuid: Mapped[str] = mapped_column(String(36))
    staff: Mapped[str] = mapped_column(String(40))
    guide_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    registration_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    channel: Mapped[str] = mapped_column(String(10))
    provider: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    sms_parts: Mapped[int | None] = mapped_column(Integer, nullable=True)
    provider_ref: Mapped[str | None] = mapped_column(String(100), nullable=True)
    recipient: Mapped[str | None] = mapped_column(String(320), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MessageTemplateRow(Base):
    """A municipality's message wording and sender (one row per municipality)."""

    __tablename__ = "message_templates"

    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_by: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
