"""HTTP: sync pull."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from ...deps import AnyCaller, AppSettings, DbSession, UnitOfWork, WireVersion, versioned
from ...protocol import PullBatch
from . import service

router = APIRouter(prefix="/sync", tags=["sync"], route_class=UnitOfWork)


@router.get("/pull", response_model=PullBatch)
def pull(
    caller: AnyCaller,
    session: DbSession,
    settings: AppSettings,
    version: WireVersion,
    since: int = Query(default=0, ge=0, le=2**62),
    limit: int | None = Query(default=None, ge=1, le=5000),
    history: str | None = Query(
        default=None,
        max_length=64,
        description="The history of ``since`` (from the last batch); omitted on a first pull.",
    ),
    member: str | None = Query(
        default=None,
        pattern=r"^[0-9]{3,4}$",
        description="A hotline: the admitted member whose published staff content to pull "
        "(its own cursor and history); omitted: the caller's own municipality.",
    ),
) -> Any:
    batch = service.pull(session, caller, since, limit or settings.sync_batch_size, history, member)
    return versioned(batch, version)
