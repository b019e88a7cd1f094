"""Rules for statistics: who may ask, which period, per-person figures only when allowed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ...errors import AppError, Forbidden
from ...principal import Caller
from ...protocol import GroupBy, StatsSummary
from ..municipalities import service as municipalities
from . import repository

#: Days and hours are Danish local time.
DANISH_TIME = ZoneInfo("Europe/Copenhagen")
MAX_DAYS = 3 * 366 + 1


def period_bounds(period_from: date, period_to: date) -> tuple[datetime, datetime]:
    """[first day 00:00, day after the last 00:00) in Danish time, as UTC instants."""
    start = datetime.combine(period_from, time(0), tzinfo=DANISH_TIME)
    end = datetime.combine(period_to + timedelta(days=1), time(0), tzinfo=DANISH_TIME)
    return start.astimezone(UTC), end.astimezone(UTC)


def summary(
    session: Session, caller: Caller, period_from: date, period_to: date, group_by: GroupBy
) -> StatsSummary:
    if period_to < period_from:
        raise AppError("Perioden slutter, før den begynder.", code="bad_period")
    if (period_to - period_from).days >= MAX_DAYS:
        raise AppError("Perioden må højst være tre år.", code="bad_period")
    if group_by is GroupBy.STAFF:
        municipality = municipalities.municipality_of(session, caller)
        if not municipality.per_person_stats:
            raise Forbidden(
                "Tal pr. medarbejder er slået fra i kommunen. En administrator kan slå dem til.",
                code="per_person_stats_off",
            )
    start, end = period_bounds(period_from, period_to)
    result = repository.summarise(
        session, caller.municipality_id, start, end, group_by, DANISH_TIME
    )
    total = sum(group.count for group in result.groups)
    return StatsSummary(
        period_from=period_from,
        period_to=period_to,
        group_by=group_by,
        total=total,
        resolved_share=result.resolved / total if total else None,
        groups=result.groups,
        referrals=result.referrals,
    )
