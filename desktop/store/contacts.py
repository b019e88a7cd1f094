"""Contact registration in the cache: the running contact and the local registration log.

Finishing a contact is one transaction: the registration goes to the outbox, into the log
and the running contact is cleared — so a crash can neither lose it nor register it twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

from sync_server.protocol import Registration

from . import outbox
from .db import Cache

OUTBOX_KIND = "registration"
#: Finished registrations are kept locally this long (the "I dag" panel, corrections).
LOG_DAYS = 35


@dataclass(frozen=True)
class LogEntry:
    """A registration as this workstation last wrote it."""

    registration: Registration
    finished_at: datetime
    local_day: str

    @property
    def id(self) -> str:
        return str(self.registration.id)


def load_running(cache: Cache) -> dict[str, Any] | None:
    with cache.read() as conn:
        data = conn.execute(text("SELECT data FROM running_contact WHERE slot = 1")).scalar()
    return json.loads(data) if data else None


def save_running(cache: Cache, data: dict[str, Any]) -> None:
    """Persist the running contact (durable when this returns)."""
    with cache.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO running_contact (slot, data, updated_at) VALUES (1, :d, :t) "
                "ON CONFLICT (slot) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at"
            ),
            {"d": json.dumps(data, ensure_ascii=False), "t": datetime.now(UTC).isoformat()},
        )


def _clear_running(conn: Connection) -> None:
    conn.execute(text("DELETE FROM running_contact WHERE slot = 1"))


def clear_running(cache: Cache) -> None:
    with cache.transaction() as conn:
        _clear_running(conn)


def record(
    cache: Cache,
    registration: Registration,
    finished_at: datetime,
    local_day: str,
    *,
    clear_running: bool,
) -> LogEntry:
    """Queue a registration (or a new version of one) for the server and log it locally,
    in one durable transaction. ``finished_at`` of a correction is the original one."""
    payload = registration.model_dump_json()
    with cache.transaction() as conn:
        outbox.queue(conn, OUTBOX_KIND, str(registration.id), payload)
        conn.execute(
            text(
                "INSERT INTO registration_log (id, version, deleted, finished_at, local_day, "
                "active_seconds, payload) VALUES (:id, :v, :d, :f, :day, :a, :p) "
                "ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
                "deleted = excluded.deleted, local_day = excluded.local_day, "
                "active_seconds = excluded.active_seconds, payload = excluded.payload"
            ),
            {
                "id": str(registration.id),
                "v": registration.version,
                "d": int(registration.deleted),
                "f": finished_at.astimezone(UTC).isoformat(),
                "day": local_day,
                "a": registration.active_seconds,
                "p": payload,
            },
        )
        if clear_running:
            _clear_running(conn)
        cutoff = finished_at - timedelta(days=LOG_DAYS)
        conn.execute(
            text("DELETE FROM registration_log WHERE finished_at < :c"),
            {"c": cutoff.astimezone(UTC).isoformat()},
        )
    return LogEntry(registration, finished_at.astimezone(UTC), local_day)


def _entry(row: Any) -> LogEntry:
    return LogEntry(
        registration=Registration.model_validate_json(row[0]),
        finished_at=datetime.fromisoformat(row[1]),
        local_day=row[2],
    )


def last_entry(cache: Cache) -> LogEntry | None:
    with cache.read() as conn:
        row = conn.execute(
            text(
                "SELECT payload, finished_at, local_day FROM registration_log "
                "ORDER BY finished_at DESC, rowid DESC LIMIT 1"
            )
        ).first()
    return _entry(row) if row else None


def entries_on(cache: Cache, local_day: str, include_deleted: bool = False) -> list[LogEntry]:
    query = "SELECT payload, finished_at, local_day FROM registration_log WHERE local_day = :d"
    if not include_deleted:
        query += " AND deleted = 0"
    with cache.read() as conn:
        rows = conn.execute(text(query + " ORDER BY finished_at"), {"d": local_day}).all()
    return [_entry(row) for row in rows]


def totals_on(cache: Cache, local_day: str) -> tuple[int, int]:
    """(count, active seconds) of the registrations of a day, undone ones left out."""
    with cache.read() as conn:
        row = conn.execute(
            text(
                "SELECT count(*), coalesce(sum(active_seconds), 0) FROM registration_log "
                "WHERE local_day = :d AND deleted = 0"
            ),
            {"d": local_day},
        ).one()
    return int(row[0]), int(row[1])
