"""HTTP: the shared library of published guides from other municipalities."""

from __future__ import annotations

from fastapi import APIRouter, Query

from ...deps import AdminCaller, AnyCaller, DbSession, UnitOfWork
from ...protocol import CopyRequest, Guide, LibraryGuide
from . import service

router = APIRouter(prefix="/library", tags=["library"], route_class=UnitOfWork)


@router.get("", response_model=list[LibraryGuide])
def search_library(
    caller: AnyCaller,
    session: DbSession,
    q: str | None = Query(default=None, max_length=200),
    municipality: str | None = Query(default=None, pattern=r"^\d{3}$"),
    area: str | None = Query(default=None, max_length=200),
    limit: int = Query(default=50, ge=1, le=500),
    offset: int = Query(default=0, ge=0, le=1_000_000),
) -> list[LibraryGuide]:
    return service.search_library(session, caller, q, municipality, area, limit, offset)


@router.get("/{municipality}/{guide_id}", response_model=LibraryGuide)
def get_library_guide(
    municipality: str, guide_id: str, caller: AnyCaller, session: DbSession
) -> LibraryGuide:
    return service.get_library_guide(session, caller, municipality, guide_id)


@router.post("/{municipality}/{guide_id}/copy", response_model=Guide, status_code=201)
def copy_guide(
    municipality: str,
    guide_id: str,
    caller: AdminCaller,
    session: DbSession,
    body: CopyRequest | None = None,
) -> Guide:
    return service.copy_guide(session, caller, municipality, guide_id, body.id if body else None)
