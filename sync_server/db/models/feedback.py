"""Staff feedback on guides."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Base


class FeedbackRow(Base):
    """Staff feedback on a guide of ``municipality_id``; a suggestion from another
    municipality (the shared library's offer back) names it in ``origin_municipality_id``."""

    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("municipality_id", "uuid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), index=True)
    uuid: Mapped[str] = mapped_column(String(36))
    guide_key: Mapped[str] = mapped_column(String(200))
    guide_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    author: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    origin_municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id"), nullable=True, index=True
    )
    origin_guide_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    suggested: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    #: Sent by an agent of this hotline about the municipality's guide.
    hotline_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"), nullable=True)
