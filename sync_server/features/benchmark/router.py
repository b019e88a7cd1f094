"""HTTP: the benchmark across municipalities (manager and admin; participation: admin)."""

from __future__ import annotations

from fastapi import APIRouter

from ...deps import AdminCaller, DbSession, Period, StatsCaller, UnitOfWork
from ...protocol import Benchmark, BenchmarkParticipation
from . import service

router = APIRouter(prefix="/reports/benchmark", tags=["reports"], route_class=UnitOfWork)


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
