"""The citizen web: a municipality's public look and the citizens' "Fik du hjælp?" answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Base


class CitizenSettingsRow(Base):
    """One row per municipality that changed its citizen web settings (else the defaults)."""

    __tablename__ = "citizen_settings"

    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), primary_key=True)
    public_base_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    brand_colour: Mapped[str | None] = mapped_column(String(7), nullable=True)
    logo_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    accessibility_statement_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CitizenAnswerRow(Base):
    """One anonymous answer: no client address, no cookie, no free text with personal data."""

    __tablename__ = "citizen_answers"
    __table_args__ = (Index("ix_citizen_answers_guide", "municipality_id", "guide_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    guide_key: Mapped[str] = mapped_column(String(200))
    guide_title: Mapped[str] = mapped_column(String(300))
    area: Mapped[str] = mapped_column(String(200))
    helped: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(String(300), nullable=True)
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    ease: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    task_completed: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    help_available: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    language_understood: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
