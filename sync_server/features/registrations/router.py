"""HTTP: push a batch of registrations."""

from __future__ import annotations

from fastapi import APIRouter

from ...deps import AnyCaller, DbSession, UnitOfWork
from ...protocol import IngestResult, RegistrationBatch
from . import service

router = APIRouter(prefix="/registrations", tags=["registrations"], route_class=UnitOfWork)


@router.post("", response_model=IngestResult)
def push_registrations(
    body: RegistrationBatch, caller: AnyCaller, session: DbSession
) -> IngestResult:
    return service.ingest(session, caller, body.items)
