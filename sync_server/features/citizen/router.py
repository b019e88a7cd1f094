"""HTTP (API) of the citizen web for the municipality's staff: its settings (read by admins
and managers, changed by admins, partially) and the citizens' answers."""

from __future__ import annotations

from fastapi import APIRouter, Query

from ...deps import AdminCaller, DbSession, StatsCaller, UnitOfWork
from ...protocol import CitizenFeedbackSummary, CitizenSettings, CitizenSettingsPatch, QueryDatetime
from . import service

router = APIRouter(prefix="/citizen", tags=["citizen"], route_class=UnitOfWork)


@router.get("/settings", response_model=CitizenSettings)
def get_settings(caller: StatsCaller, session: DbSession) -> CitizenSettings:
    return service.settings_of(session, caller)


@router.patch("/settings", response_model=CitizenSettings)
def patch_settings(
    body: CitizenSettingsPatch, caller: AdminCaller, session: DbSession
) -> CitizenSettings:
    """Only the fields sent change; send null to clear one."""
    return service.change_settings(session, caller, body)


@router.get("/feedback", response_model=CitizenFeedbackSummary)
def feedback(
    caller: StatsCaller,
    session: DbSession,
    since: QueryDatetime | None = Query(default=None),
) -> CitizenFeedbackSummary:
    """Citizens' "Fik du hjælp?" answers per guide, area and Selvbetjeningstjek area."""
    return service.feedback_summary(session, caller, since)
