"""HTTP: a municipality's admin lists, admits and dismisses hotlines; a hotline's accounts
list the members that admit it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Path, Query
from fastapi.responses import FileResponse

from ...deps import AdminCaller, AnyCaller, DbSession, StatsCaller, UnitOfWork
from ...protocol import AllocationReport, Hotline, HotlineMember, PeriodDate
from . import service
from .service import AllocationFormat

router = APIRouter(tags=["hotlines"], route_class=UnitOfWork)

HotlineCode = Path(pattern=r"^[0-9]{3,4}$", description="The hotline's code.")


@router.get("/hotlines", response_model=list[Hotline])
def list_hotlines(caller: AdminCaller, session: DbSession) -> list[Hotline]:
    """Every hotline, and whether the caller's municipality admits it (admins of a
    municipality only)."""
    return service.list_for_member(session, caller)


@router.post("/hotlines/{code}/admit", response_model=list[Hotline])
def admit(caller: AdminCaller, session: DbSession, code: str = HotlineCode) -> list[Hotline]:
    """Let the hotline read the municipality's published staff content and serve its
    citizens (again: nothing changes)."""
    return service.admit_by(session, caller, code)


@router.post("/hotlines/{code}/dismiss", response_model=list[Hotline])
def dismiss(caller: AdminCaller, session: DbSession, code: str = HotlineCode) -> list[Hotline]:
    """Withdraw the hotline's access; its desktops drop the content at their next sync."""
    return service.dismiss_by(session, caller, code)


@router.get("/hotline/members", response_model=list[HotlineMember])
def members(caller: AnyCaller, session: DbSession) -> list[HotlineMember]:
    """The municipalities admitting the caller's hotline, by name ([] for a municipality)."""
    return service.members(session, caller)


@router.get(
    "/reports/allocation",
    response_model=AllocationReport,
    tags=["reports"],
    responses={
        200: {
            "content": {
                "application/json": {},
                **{media: {} for media in service.ALLOCATION_MEDIA.values()},
            },
            "description": "The allocation (JSON) or its file",
        }
    },
)
def allocation(
    caller: StatsCaller,
    session: DbSession,
    background: BackgroundTasks,
    period_from: Annotated[PeriodDate, Query(alias="from", description="First day")],
    period_to: Annotated[PeriodDate, Query(alias="to", description="Last day (inclusive)")],
    fmt: Annotated[AllocationFormat, Query(alias="format")] = AllocationFormat.JSON,
) -> Any:
    """A hotline's cost allocation (manager and admin of a hotline): contacts and minutes
    per member × authority, their shares of the total, and the amount at the hotline's cost
    per minute and per contact. ``format``: json, xlsx, pdf or csv."""
    first, last = service.period_of(period_from, period_to)
    if fmt is AllocationFormat.JSON:
        return service.allocation_of(session, caller, first, last)
    handle, name = tempfile.mkstemp(suffix="." + fmt.value)
    path = FilePath(name)
    os.close(handle)
    try:
        download = service.allocation_file(session, caller, first, last, fmt, path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    background.add_task(path.unlink, missing_ok=True)
    return FileResponse(path, media_type=service.ALLOCATION_MEDIA[fmt], filename=download)
