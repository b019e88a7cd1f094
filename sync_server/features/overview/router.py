"""HTTP: the admin overview."""

from __future__ import annotations

from fastapi import APIRouter, Query

from ...deps import AdminCaller, DbSession, UnitOfWork
from ...protocol import AdminOverview
from . import service

router = APIRouter(prefix="/admin", tags=["admin"], route_class=UnitOfWork)


@router.get("/overview", response_model=AdminOverview)
def overview(
    caller: AdminCaller,
    session: DbSession,
    screenshot_max_age_days: int = Query(default=365, ge=1, le=3650),
) -> AdminOverview:
    """Drafts, guides past their review date, possibly stale screenshots, guides with
    open feedback (and how many items), and copies with a newer version at their origin."""
    return service.overview(session, caller, screenshot_max_age_days)
