"""HTTP: report figures, report files and the report settings (manager and admin)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Depends, Query
from fastapi.responses import FileResponse

from ...deps import (
    AdminCaller,
    DbSession,
    Period,
    SessionFactory,
    StatsCaller,
    UnitOfWork,
    WireVersion,
    versioned,
)
from ...protocol import (
    Channel,
    ExportFormat,
    Report,
    ReportSettings,
    ReportSubscription,
)
from ...protocol.common import ShortText
from ...protocol.versions import newer_fields
from . import service
from .service import Filters

router = APIRouter(prefix="/reports", tags=["reports"], route_class=UnitOfWork)


def filters(
    location: Annotated[ShortText | None, Query(description="Only this place")] = None,
    channel: Annotated[Channel | None, Query(description="Only this channel")] = None,
    area: Annotated[
        ShortText | None, Query(description="Only this area (empty: not stated)")
    ] = None,
) -> Filters:
    return Filters(location=location, channel=channel.value if channel else None, area=area)


def shift(
    shift_channel: Annotated[Channel | None, Query(description="Channel shift: from")] = None,
    shift_area: Annotated[ShortText | None, Query(description="Channel shift: area")] = None,
    shift_percent: Annotated[float | None, Query(ge=0, le=100, description="Share moved")] = None,
) -> tuple[str, str | None, float] | None:
    if shift_channel is None or shift_percent is None:
        return None
    return shift_channel.value, shift_area, shift_percent


Filtered = Annotated[Filters, Depends(filters)]
Shift = Annotated[tuple[str, str | None, float] | None, Depends(shift)]


@router.get("/figures", response_model=Report)
def figures(
    caller: StatsCaller,
    factory: SessionFactory,
    session: DbSession,
    span: Period,
    where: Filtered,
    moved: Shift,
    version: WireVersion,
) -> Any:
    """The figures of the period beside the previous period's: contacts and active time by
    area, channel, place, hour and weekday; outcomes, the share resolved at once against the
    goal; referrals, citizen types, self-service solutions citizens got stuck in, the most
    used guides, messages sent and cost per channel (and what a channel shift would save)."""
    # Stale days are rebuilt in a write transaction of their own before the read begins (the
    # request's session begins its transaction at its first statement, after this).
    service.refresh_rollups(factory, caller.municipality_id)
    made = service.report(session, caller.municipality_id, *span, where, moved, rebuild=False)
    return versioned(made, version)


@router.get(
    "/export",
    response_class=FileResponse,
    responses={
        200: {
            "content": {media: {} for media in service.MEDIA_TYPES.values()},
            "description": "The report file",
        }
    },
)
def export(
    caller: StatsCaller,
    factory: SessionFactory,
    session: DbSession,
    span: Period,
    where: Filtered,
    moved: Shift,
    background: BackgroundTasks,
    fmt: Annotated[ExportFormat, Query(alias="format")] = ExportFormat.XLSX,
) -> FileResponse:
    """The report as XLSX (every registration of the period on its own sheet), PDF (key
    figures and charts), CSV for Danish Excel (one row per registration) or ``komhen``:
    counts per counting week, channel, KLE task, henvendelsestype and unit (CSV)."""
    service.refresh_rollups(factory, caller.municipality_id)  # as figures(), before the read
    handle, name = tempfile.mkstemp(suffix="." + fmt.value)
    path = Path(name)
    os.close(handle)
    try:
        download = service.export_for(session, caller, span, where, fmt, path, moved)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    background.add_task(path.unlink, missing_ok=True)
    return FileResponse(path, media_type=service.MEDIA_TYPES[fmt], filename=download)


@router.get("/settings", response_model=ReportSettings)
def get_settings(caller: StatsCaller, session: DbSession, version: WireVersion) -> Any:
    """The goal for the share resolved at once, its channels, the cost rates and the KOMHEN
    mapping (outcome → henvendelsestype, column headers)."""
    return versioned(service.get_settings(session, caller.municipality_id), version)


@router.put("/settings", response_model=ReportSettings)
def put_settings(
    caller: AdminCaller, session: DbSession, body: ReportSettings, version: WireVersion
) -> Any:
    """Replace the goal, the cost rates and the KOMHEN mapping (admin). An older desktop's
    answer keeps the stored values of the fields its protocol does not know."""
    keep = newer_fields(ReportSettings, version) - body.model_fields_set
    return versioned(service.put_settings(session, caller.municipality_id, body, keep), version)


@router.get("/subscription", response_model=ReportSubscription)
def get_subscription(caller: StatsCaller, session: DbSession) -> ReportSubscription:
    """The caller's report by e-mail: "month", "week" or "none"."""
    return service.subscription(session, caller)


@router.put("/subscription", response_model=ReportSubscription)
def put_subscription(
    caller: StatsCaller, session: DbSession, body: ReportSubscription
) -> ReportSubscription:
    """Receive the previous month's (or week's) report as a PDF with the XLSX attached."""
    return service.subscribe(session, caller, body)
