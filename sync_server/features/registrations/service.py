"""Rules for registrations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ... import metrics
from ...errors import Conflict, Invalid
from ...principal import Caller
from ...protocol import IngestResult, Registration, utcnow
from ..hotline import service as hotline
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
    served = _served(session, caller, latest.values())
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
            "served_municipality_id": served[item.served_municipality],
            "authority": item.authority.value if item.authority else None,
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
    # the days whose report rollups change: each registration's new day and its old one,
    # in the caller's reports and in those of the member a hotline served
    days: dict[int, list[datetime]] = defaultdict(list)
    for started, member in repository.started_of(session, caller.municipality_id, list(latest)):
        days[caller.municipality_id].append(started)
        if member is not None:
            days[member].append(started)
    for item in latest.values():
        days[caller.municipality_id].append(item.started_at)
        if (member := served[item.served_municipality]) is not None:
            days[member].append(item.started_at)
    for municipality_id, instants in days.items():
        reports.mark_registrations(session, municipality_id, instants)
    repository.upsert(session, rows)
    metrics.REGISTRATIONS.inc(len(rows))
    return IngestResult(accepted=[item.id for item in items])


def _served(
    session: Session, caller: Caller, items: Sequence[Registration] | Any
) -> dict[str | None, int | None]:
    """The member id of each ``served_municipality`` sent (None: the caller's own). A
    hotline must name a member that admits it; a municipality only itself. Any other refuses
    the whole batch (nothing is stored)."""
    out: dict[str | None, int | None] = {}
    for item in items:
        code = item.served_municipality
        if code in out:
            continue
        if code is None or code == caller.municipality_code:
            if caller.is_hotline:
                raise Invalid(
                    "Vælg den kommune, borgeren hører til, før henvendelsen registreres.",
                    code="not_admitted",
                )
            out[code] = None
        elif not caller.is_hotline:
            raise Invalid(
                f"En kommune registrerer kun sine egne henvendelser (ikke {code}).",
                code="not_admitted",
            )
        elif not hotline.is_admitted_code(session, caller, code):
            raise Invalid(f"Kommunen {code} har ikke givet hotlinen adgang.", code="not_admitted")
        else:
            out[code] = hotline.served_member(session, caller, code).id
    return out
