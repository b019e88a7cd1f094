"""Rules for registrations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from ... import metrics
from ...errors import Conflict
from ...principal import Caller
from ...protocol import IngestResult, Registration, utcnow
from ..reports import service as reports
from . import repository


def ingest(session: Session, caller: Caller, items: Sequence[Registration]) -> IngestResult:
    """Store a batch idempotently on (municipality, uuid); the answer is always the same."""
    now = utcnow()
    latest: dict[str, Registration] = {}
    for item in items:  # within one batch, the highest version of an id wins
        key = str(item.id)
        if key not in latest or latest[key].version < item.version:
            latest[key] = item
    rows: list[dict[str, Any]] = [
        {
            "municipality_id": caller.municipality_id,
            "uuid": key,
            "version": item.version,
            "deleted": item.deleted,
            "staff": caller.pseudonym,
            "channel": item.channel.value,
            "location": item.location,
            "started_at": item.started_at,
            "ended_at": item.ended_at,
            "active_seconds": item.active_seconds,
            "guide_ids": list(item.guide_ids),
            "area": item.area,
            "outcome": item.outcome.value,
            "referral_target": item.referral_target,
            "citizen_type": item.citizen_type.value if item.citizen_type else None,
            "stuck_solution": item.stuck_solution,
            "messages_sent": item.messages_sent,
            "note": item.note,
            "manual": item.manual,
            "received_at": now,
        }
        for key, item in latest.items()
    ]
    taken = repository.owned_by_others(
        session, caller.municipality_id, list(latest), caller.pseudonym
    )
    if taken:
        raise Conflict(
            f"Registreringen {taken[0]} tilhører en anden medarbejder og kan ikke ændres herfra.",
            code="registration_not_yours",
        )
    # the days whose report rollups change: each registration's new day and its old one
    previous = repository.started_of(session, caller.municipality_id, list(latest))
    reports.mark_registrations(
        session, caller.municipality_id, [item.started_at for item in latest.values()] + previous
    )
    repository.upsert(session, rows)
    metrics.REGISTRATIONS.inc(len(rows))
    return IngestResult(accepted=[item.id for item in items])
