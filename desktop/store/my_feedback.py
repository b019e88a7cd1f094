"""The account's own feedback with the admin's status and answer (from the server)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from sync_server.protocol import Feedback, FeedbackKind, FeedbackStatus

from .db import Cache


@dataclass(frozen=True)
class MyFeedback:
    id: str
    guide_id: str
    kind: FeedbackKind
    text: str
    status: FeedbackStatus
    answer: str | None
    created_at: datetime
    answered_at: datetime | None
    revision: int


_COLUMNS = "id, guide_id, kind, text, status, answer, created_at, answered_at, revision"


def _row(row: Sequence[Any]) -> MyFeedback:
    return MyFeedback(
        id=row[0],
        guide_id=row[1],
        kind=FeedbackKind(row[2]),
        text=row[3],
        status=FeedbackStatus(row[4]),
        answer=row[5],
        created_at=datetime.fromisoformat(row[6]),
        answered_at=datetime.fromisoformat(row[7]) if row[7] else None,
        revision=int(row[8]),
    )


def replace(cache: Cache, items: list[Feedback]) -> None:
    """The server's list is the truth: what it no longer has goes."""
    with cache.transaction() as conn:
        conn.execute(text("DELETE FROM my_feedback"))
        for item in items:
            conn.execute(
                text(
                    f"INSERT INTO my_feedback ({_COLUMNS}) VALUES (:id, :guide, :kind, :text, "
                    ":status, :answer, :created, :answered, :revision)"
                ),
                {
                    "id": str(item.id),
                    "guide": item.guide_id,
                    "kind": item.kind.value,
                    "text": item.text,
                    "status": item.status.value,
                    "answer": item.answer,
                    "created": item.created_at.isoformat(),
                    "answered": item.answered_at.isoformat() if item.answered_at else None,
                    "revision": item.revision,
                },
            )


def listed(cache: Cache, guide_id: str | None = None) -> list[MyFeedback]:
    """Newest first; of one guide when ``guide_id`` is given."""
    query = f"SELECT {_COLUMNS} FROM my_feedback"
    params: dict[str, Any] = {}
    if guide_id is not None:
        query += " WHERE guide_id = :guide"
        params["guide"] = guide_id
    with cache.read() as conn:
        rows = conn.execute(text(query + " ORDER BY created_at DESC, id"), params).all()
    return [_row(row) for row in rows]
