"""Registered contacts (no personal data)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Base, BigId


class RegistrationRow(Base):
    """A registered contact. No personal data: ``staff`` is the account's pseudonym."""

    __tablename__ = "registrations"
    __table_args__ = (
        UniqueConstraint("municipality_id", "uuid"),
        Index("ix_registrations_period", "municipality_id", "started_at"),
        Index("ix_registrations_served", "served_municipality_id", "started_at"),
        # PostgreSQL also has ix_registrations_referrals, a partial covering index for the
        # referral statistics (migration 0003).
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    uuid: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    staff: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(20))
    location: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime)
    active_seconds: Mapped[int] = mapped_column(Integer)
    guide_ids: Mapped[list[str]] = mapped_column(JSON)
    area: Mapped[str | None] = mapped_column(String(300), nullable=True)
    outcome: Mapped[str] = mapped_column(String(20))
    referral_target: Mapped[str | None] = mapped_column(String(300), nullable=True)
    citizen_type: Mapped[str | None] = mapped_column(String(20), nullable=True)
    stuck_solution: Mapped[str | None] = mapped_column(String(300), nullable=True)
    messages_sent: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: A hotline's contact: the member municipality it served (None: the own municipality).
    served_municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id"), nullable=True
    )
    authority: Mapped[str | None] = mapped_column(String(40), nullable=True)
