"""Local record of messages sent to citizens: states only, never the recipient."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import text

from sync_server.protocol import MessageChannel, MessageState, MessageStatus

from .db import Cache

_COLUMNS = "id, guide_id, channel, status, reason, created_at, updated_at"


def _state(row: Sequence[Any]) -> MessageState:
    return MessageState(
        id=UUID(row[0]),
        guide_id=row[1],
        channel=MessageChannel(row[2]),
        status=MessageStatus(row[3]),
        reason=row[4],
        created_at=datetime.fromisoformat(row[5]),
        updated_at=datetime.fromisoformat(row[6]),
    )


def save(cache: Cache, states: list[MessageState], registration_id: str | None = None) -> None:
    """Store the server's states (the server is right; a known row keeps its contact)."""
    if not states:
        return
    with cache.transaction() as conn:
        for state in states:
            conn.execute(
                text(
                    "INSERT INTO messages (id, guide_id, registration_id, channel, status, "
                    "reason, created_at, updated_at) VALUES (:id, :guide, :reg, :channel, "
                    ":status, :reason, :created, :updated) ON CONFLICT (id) DO UPDATE SET "
                    "status = excluded.status, reason = excluded.reason, "
                    "updated_at = excluded.updated_at, "
                    "registration_id = coalesce(messages.registration_id, excluded.registration_id)"
                ),
                {
                    "id": str(state.id),
                    "guide": state.guide_id,
                    "reg": registration_id,
                    "channel": state.channel.value,
                    "status": state.status.value,
                    "reason": state.reason,
                    "created": state.created_at.isoformat(),
                    "updated": state.updated_at.isoformat(),
                },
            )


def get(cache: Cache, message_id: UUID) -> MessageState | None:
    with cache.read() as conn:
        row = conn.execute(
            text(f"SELECT {_COLUMNS} FROM messages WHERE id = :id"), {"id": str(message_id)}
        ).first()
    return _state(row) if row is not None else None


def for_guide(cache: Cache, guide_id: str, limit: int = 20) -> list[MessageState]:
    with cache.read() as conn:
        rows = conn.execute(
            text(
                f"SELECT {_COLUMNS} FROM messages WHERE guide_id = :g "
                "ORDER BY created_at DESC LIMIT :limit"
            ),
            {"g": guide_id, "limit": limit},
        ).all()
    return [_state(row) for row in rows]


def for_registration(cache: Cache, registration_id: str) -> list[MessageState]:
    with cache.read() as conn:
        rows = conn.execute(
            text(f"SELECT {_COLUMNS} FROM messages WHERE registration_id = :r ORDER BY created_at"),
            {"r": registration_id},
        ).all()
    return [_state(row) for row in rows]


def unfinished(cache: Cache, since: datetime) -> list[UUID]:
    """Messages that may still change: queued, or an SMS waiting for its delivery report
    (for e-mail "sent" is the last status), created after ``since``."""
    with cache.read() as conn:
        rows = conn.execute(
            text(
                "SELECT id FROM messages WHERE created_at >= :since AND (status = 'queued' "
                "OR (status = 'sent' AND channel = 'sms')) ORDER BY created_at"
            ),
            {"since": since.isoformat()},
        ).all()
    return [UUID(row[0]) for row in rows]
