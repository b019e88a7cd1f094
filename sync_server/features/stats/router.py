"""HTTP: summary statistics over a period."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ...deps import DbSession, StatsCaller, UnitOfWork
from ...protocol import GroupBy, PeriodDate, StatsSummary
from . import service

router = APIRouter(prefix="/stats", tags=["stats"], route_class=UnitOfWork)


@router.get("/summary", response_model=StatsSummary)
def summary(
    caller: StatsCaller,
    session: DbSession,
    period_from: Annotated[
        PeriodDate, Query(alias="from", description="First day (Danish time), YYYY-MM-DD")
    ],
    period_to: Annotated[
        PeriodDate, Query(alias="to", description="Last day (inclusive), YYYY-MM-DD")
    ],
    group_by: GroupBy = GroupBy.AREA,
) -> StatsSummary:
    """Counts and active duration (mean, median, 90th percentile) per group, the share
    resolved at once and referrals by target. Undone registrations are left out; each
    registration counts at its latest version. ``group_by=staff`` needs per-person figures
    turned on for the municipality."""
    return service.summary(session, caller, period_from, period_to, group_by)
