"""Management reports: daily and monthly rollups of registrations, the days whose rollups
must be rebuilt, cost rates and the goal of each municipality."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Base, BigId


class ReportRollupRow(Base):
    """Sums of the registrations of one local day (``grain`` "d") or month ("m", ``day`` is
    the first of the month). ``kind`` "main": per channel, area, place and outcome (``key``).
    The other kinds hold one further figure (``key``): "hour", "wday", "cit" (citizen type),
    "ref" (referral target), "stuck" (a self-service solution), "guide" — over all contacts
    (channel, area and place "") or, with the suffix "/c", "/a" or "/l", per channel, area or
    place alone (the figures of a report filtered by one of them). "" in ``area`` and ``key``
    also stands for a value not stated."""

    __tablename__ = "report_rollups"
    __table_args__ = (
        Index("ix_report_rollups_period", "municipality_id", "kind", "grain", "day"),
        Index("ix_report_rollups_days", "municipality_id", "grain", "day"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    grain: Mapped[str] = mapped_column(String(1))
    day: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    area: Mapped[str] = mapped_column(String(300))
    location: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10))
    key: Mapped[str] = mapped_column(String(300))
    n: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[int] = mapped_column(BigInteger)
    messages: Mapped[int] = mapped_column(Integer, server_default="0")


class ReportDirtyDayRow(Base):
    """A local day whose rollups no longer match its registrations (marked on ingest)."""

    __tablename__ = "report_dirty_days"

    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)


class ReportSettingsRow(Base):
    """The goal and the cost of self-service; the row is also the lock that serialises the
    rebuilding of the municipality's rollups."""

    __tablename__ = "report_settings"

    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), primary_key=True)
    resolved_goal: Mapped[float] = mapped_column(Float, server_default="0.3")
    goal_channels: Mapped[str] = mapped_column(String(200), server_default="phone,counter")
    self_service_cost: Mapped[float] = mapped_column(Float, server_default="0")
    #: The KOMHEN mapping ({"types": {outcome: type}, "columns": {...}}); None: the defaults.
    komhen: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class CostRateRow(Base):
    __tablename__ = "cost_rates"
    __table_args__ = (UniqueConstraint("municipality_id", "channel", "valid_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    channel: Mapped[str] = mapped_column(String(20))
    valid_from: Mapped[date] = mapped_column(Date)
    per_minute: Mapped[float] = mapped_column(Float)
    per_contact: Mapped[float] = mapped_column(Float)


class ReportSubscriptionRow(Base):
    """A manager's (or admin's) report by e-mail, monthly or weekly."""

    __tablename__ = "report_subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), unique=True)
    email: Mapped[str] = mapped_column(String(320))
    frequency: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReportSendRow(Base):
    """One report mail of a subscription and period. The row is inserted (committed) before
    the mail goes out: the unique key makes a second process or a restart skip it."""

    __tablename__ = "report_sends"
    __table_args__ = (UniqueConstraint("subscription_id", "period_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("report_subscriptions.id"))
    period_from: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    error: Mapped[str | None] = mapped_column(String(300), nullable=True)


class BenchmarkParticipantRow(Base):
    """A municipality that takes part in the benchmark across municipalities (opt-in: the
    row exists from the admin's yes until the admin's no)."""

    __tablename__ = "benchmark_participants"

    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), primary_key=True)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime)
