"""The public list of municipalities (for the login screen) and the caller's own
municipality settings (read by admins and managers, changed by admins)."""

from __future__ import annotations

from fastapi import APIRouter

from ...deps import AdminCaller, DbSession, StatsCaller, UnitOfWork
from ...protocol import Municipality, MunicipalitySettings
from . import service

router = APIRouter(tags=["municipalities"], route_class=UnitOfWork)


@router.get("/municipalities", response_model=list[Municipality])
def list_municipalities(session: DbSession) -> list[Municipality]:
    return service.list_municipalities(session)


@router.get("/municipality/settings", response_model=MunicipalitySettings)
def get_settings(caller: StatsCaller, session: DbSession) -> MunicipalitySettings:
    return service.settings_of(session, caller)


@router.put("/municipality/settings", response_model=MunicipalitySettings)
def put_settings(
    body: MunicipalitySettings, caller: AdminCaller, session: DbSession
) -> MunicipalitySettings:
    return service.change_settings(session, caller, body)
