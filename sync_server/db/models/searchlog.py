"""The anonymous search log and decisions about learned search terms."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Base, BigId


class SearchLogRow(Base):
    """One search: its words (letters only), whether it found something and the guide a
    contact was registered with after opening it from the search. ``staff`` is the account's
    pseudonym; nothing else about the person or the citizen is kept."""

    __tablename__ = "search_log"
    __table_args__ = (
        UniqueConstraint("municipality_id", "uuid"),
        Index("ix_search_log_pairs", "municipality_id", "guide_id", "day"),
        Index("ix_search_log_day", "municipality_id", "day"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    uuid: Mapped[str] = mapped_column(String(36))
    staff: Mapped[str] = mapped_column(String(40))
    day: Mapped[date] = mapped_column(Date)
    words: Mapped[str] = mapped_column(String(400))
    found: Mapped[bool] = mapped_column(Boolean)
    guide_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LearnedTermDecisionRow(Base):
    """An admin's decision on a (guide, term) pair: ``rejected`` (never learned again) or
    adopted as a synonym of the guide (then it is the guide's own and not learned twice)."""

    __tablename__ = "learned_term_decisions"
    __table_args__ = (UniqueConstraint("municipality_id", "guide_id", "term"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    guide_id: Mapped[str] = mapped_column(String(100))
    term: Mapped[str] = mapped_column(String(400))
    decision: Mapped[str] = mapped_column(String(20))
    decided_by: Mapped[str] = mapped_column(String(40))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
