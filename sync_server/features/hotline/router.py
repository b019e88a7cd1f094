"""HTTP: a municipality's admin lists, admits and dismisses hotlines; a hotline's accounts
list the members that admit it."""

from __future__ import annotations

from fastapi import APIRouter, Path

from ...deps import AdminCaller, AnyCaller, DbSession, UnitOfWork
from ...protocol import Hotline, HotlineMember
from . import service

router = APIRouter(tags=["hotlines"], route_class=UnitOfWork)

HotlineCode = Path(pattern=r"^[0-9]{3}$", description="The hotline's code.")


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
