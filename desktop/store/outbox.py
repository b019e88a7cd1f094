"""The outbox: registrations, feedback and message requests waiting for the server.

A row is written durably before the UI says "saved" and deleted only after the server
acknowledged it. Rejected rows (4xx) stay, marked, for the user to see — never retried.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, text

from .db import Cache


@dataclass(frozen=True)
class OutboxItem:
    id: str
    kind: str
    payload: str
    attempts: int
    last_error: str | None
    rejected: bool


def _now() -> str:
    return datetime.now(UTC).isoformat()


def add(cache: Cache, kind: str, item_id: str, payload: str) -> None:
    """Queue (or replace, for a correction) an item; durable when this returns."""
    with cache.transaction() as conn:
        queue(conn, kind, item_id, payload)


def queue(conn: Connection, kind: str, item_id: str, payload: str) -> None:
    """:func:`add` inside the caller's transaction (durable when that commits)."""
    conn.execute(
        text(
            "INSERT INTO outbox (id, kind, payload, created_at, attempts, next_attempt_at, "
            "last_error, rejected) VALUES (:id, :kind, :payload, :now, 0, :now, NULL, 0) "
            "ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, kind = excluded.kind, "
            "attempts = 0, next_attempt_at = excluded.next_attempt_at, last_error = NULL, "
            "rejected = 0"
        ),
        {"id": item_id, "kind": kind, "payload": payload, "now": _now()},
    )


def due(cache: Cache, kind: str, limit: int, now: datetime | None = None) -> list[OutboxItem]:
    moment = (now or datetime.now(UTC)).isoformat()
    with cache.read() as conn:
        rows = conn.execute(
            text(
                "SELECT id, kind, payload, attempts, last_error, rejected FROM outbox "
                "WHERE kind = :kind AND rejected = 0 AND next_attempt_at <= :now "
                "ORDER BY created_at LIMIT :limit"
            ),
            {"kind": kind, "now": moment, "limit": limit},
        )
        return [OutboxItem(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]


def acknowledge(cache: Cache, ids: list[str], payloads: dict[str, str] | None = None) -> None:
    """Delete acknowledged rows — unless the row was replaced (corrected) meanwhile."""
    if not ids:
        return
    with cache.transaction() as conn:
        for item_id in ids:
            if payloads is not None and item_id in payloads:
                conn.execute(
                    text("DELETE FROM outbox WHERE id = :id AND payload = :p"),
                    {"id": item_id, "p": payloads[item_id]},
                )
            else:
                conn.execute(text("DELETE FROM outbox WHERE id = :id"), {"id": item_id})


def postpone(cache: Cache, ids: list[str], error: str, next_attempt: datetime) -> None:
    with cache.transaction() as conn:
        for item_id in ids:
            conn.execute(
                text(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = :e, "
                    "next_attempt_at = :n WHERE id = :id"
                ),
                {"id": item_id, "e": error, "n": next_attempt.isoformat()},
            )


def reject(cache: Cache, ids: list[str], error: str) -> None:
    with cache.transaction() as conn:
        for item_id in ids:
            conn.execute(
                text("UPDATE outbox SET rejected = 1, last_error = :e WHERE id = :id"),
                {"id": item_id, "e": error},
            )


def pending_count(cache: Cache) -> int:
    """The user's items waiting to be sent (registrations, feedback, …). The anonymous search
    log goes in the background and is not counted: it is no one's own item."""
    with cache.read() as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM outbox WHERE rejected = 0 AND kind != 'search'")
            ).scalar()
            or 0
        )


def rejected_items(cache: Cache) -> list[OutboxItem]:
    with cache.read() as conn:
        rows = conn.execute(
            text(
                "SELECT id, kind, payload, attempts, last_error, rejected "
                "FROM outbox WHERE rejected = 1 ORDER BY created_at"
            )
        )
        return [OutboxItem(r[0], r[1], r[2], r[3], r[4], True) for r in rows]


def min_attempts(cache: Cache) -> int:
    with cache.read() as conn:
        return int(
            conn.execute(
                text("SELECT coalesce(min(attempts), 0) FROM outbox WHERE rejected = 0")
            ).scalar()
            or 0
        )
