"""Municipalities and who works in them: accounts, their tokens, failed logins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Base


class MunicipalityRow(Base):
    __tablename__ = "municipalities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(4), unique=True)  # 3 or 4 digits
    name: Mapped[str] = mapped_column(String(200))
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    #: Names the history ``change_seq`` counts in. A new one (``vejviser-server reset-sync``,
    #: e.g. after restoring a backup) makes every desktop pull everything again.
    sync_history: Mapped[str] = mapped_column(String(32))
    per_person_stats: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: "municipality" or "hotline" (a shared hotline serving the members that admit it).
    kind: Mapped[str] = mapped_column(String(20), server_default="municipality")


class HotlineMemberRow(Base):
    """One admission of a hotline by a member municipality; ``dismissed_at`` is set when
    the member dismisses it (a later admission is a new row: the history stays)."""

    __tablename__ = "hotline_members"
    __table_args__ = (Index("ix_hotline_members_pair", "hotline_id", "municipality_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hotline_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"))
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), index=True)
    admitted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    dismissed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    admitted_by: Mapped[str] = mapped_column(String(100), server_default="")


class AccountRow(Base):
    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("municipality_id", "username"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipalities.id"), index=True)
    username: Mapped[str] = mapped_column(String(100))
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(300))
    pseudonym: Mapped[str] = mapped_column(String(40), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: Set when an admin reset the password to one the server made: the user chooses their
    #: own (``POST /auth/password``).
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )


class TokenRow(Base):
    __tablename__ = "tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class LoginAttemptRow(Base):
    """Login attempts of one account (key ``acct:<code>:<username>``) or one client address
    (``ip:<address>``) in the current window. ``pending`` counts password checks in flight:
    a check is reserved (``failures + pending`` below the limit) in one statement before it
    runs, so concurrent attempts can never check more passwords than the limit allows."""

    __tablename__ = "login_attempts"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    pending: Mapped[int] = mapped_column(Integer, default=0)
