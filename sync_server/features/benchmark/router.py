"""HTTP: the benchmark across municipalities (manager and admin; participation: admin)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from ...deps import AdminCaller, DbSession, StatsCaller, UnitOfWork
from ...protocol import Benchmark, BenchmarkParticipation, PeriodDate, PeriodKind
from . import service

router = APIRouter(prefix="/reports/benchmark", tags=["reports"], route_class=UnitOfWork)


def period(
    period_from: Annotated[
        PeriodDate | None, Query(alias="from", description="First day, YYYY-MM-DD")
    ] = None,
    period_to: Annotated[
        PeriodDate | None, Query(alias="to", description="Last day (inclusive), YYYY-MM-DD")
    ] = None,
    kind: Annotated[
        PeriodKind | None, Query(alias="period", description="day, week, month, quarter, year")
    ] = None,
    anchor: Annotated[
        PeriodDate | None, Query(alias="date", description="A day in the period")
    ] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200, description="Counting week's year")] = None,
    week: Annotated[int | None, Query(ge=1, le=53, description="Counting week (tælleuge)")] = None,
) -> tuple[date, date]:
    """The same period parameters as ``/reports/figures``."""
    return service.period_of(period_from, period_to, kind, anchor, year, week)


Period = Annotated[tuple[date, date], Depends(period)]


@router.get("", response_model=Benchmark)
def benchmark(caller: StatsCaller, session: DbSession, span: Period) -> Benchmark:
    """The own figures of the period beside the median of the municipalities that take part
    in the benchmark: share resolved at once, mean handling time, channel mix, cost per
    contact. A median of fewer than five municipalities is withheld (``withheld``:
    ``too_few``); no other municipality is named. A municipality that does not take part
    sees its own figures only (``not_participating``)."""
    return service.benchmark(session, caller.municipality_id, *span)


@router.get("/participation", response_model=BenchmarkParticipation)
def get_participation(caller: StatsCaller, session: DbSession) -> BenchmarkParticipation:
    """Whether the municipality takes part in the benchmark."""
    return service.participation(session, caller.municipality_id)


@router.put("/participation", response_model=BenchmarkParticipation)
def put_participation(
    caller: AdminCaller, session: DbSession, body: BenchmarkParticipation
) -> BenchmarkParticipation:
    """Take part in the benchmark, or stop (admin): the municipality's figures then count,
    unnamed, in the others' medians, and it sees the medians."""
    return service.set_participation(session, caller.municipality_id, body)
