"""Public list of municipalities (for the login screen)."""

from __future__ import annotations

from fastapi import APIRouter

from ...deps import DbSession
from ...protocol import Municipality
from . import repository

router = APIRouter(tags=["municipalities"])


@router.get("/municipalities", response_model=list[Municipality])
def list_municipalities(session: DbSession) -> list[Municipality]:
    return [
        Municipality(code=row.code, name=row.name) for row in repository.all_municipalities(session)
    ]
