"""HTTP: push a batch of registrations."""

from __future__ import annotations

from fastapi import APIRouter

from ...deps import AnyCaller, DbSession
from ...protocol import IngestResult, RegistrationBatch
from . import service

router = APIRouter(prefix="/registrations", tags=["registrations"])


@router.post("", response_model=IngestResult)
def push_registrations(
    body: RegistrationBatch, caller: AnyCaller, session: DbSession
) -> IngestResult:
    return service.ingest(session, caller, body.items)
