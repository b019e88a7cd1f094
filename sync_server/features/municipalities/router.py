"""The public list of municipalities (for the login screen) and the caller's own
municipality settings (read by admins and managers, changed by admins)."""

from __future__ import annotations

from fastapi import APIRouter

from ...deps import AdminCaller, DbSession, StatsCaller
from ...protocol import Municipality, MunicipalitySettings
from . import repository

router = APIRouter(tags=["municipalities"])


@router.get("/municipalities", response_model=list[Municipality])
def list_municipalities(session: DbSession) -> list[Municipality]:
    return [
        Municipality(code=row.code, name=row.name) for row in repository.all_municipalities(session)
    ]


@router.get("/municipality/settings", response_model=MunicipalitySettings)
def get_settings(caller: StatsCaller, session: DbSession) -> MunicipalitySettings:
    row = repository.by_id(session, caller.municipality_id)
    return MunicipalitySettings(per_person_stats=row.per_person_stats)


@router.put("/municipality/settings", response_model=MunicipalitySettings)
def put_settings(
    body: MunicipalitySettings, caller: AdminCaller, session: DbSession
) -> MunicipalitySettings:
    row = repository.by_id(session, caller.municipality_id)
    row.per_person_stats = body.per_person_stats
    return MunicipalitySettings(per_person_stats=row.per_person_stats)
