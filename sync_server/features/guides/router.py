"""HTTP: the caller's own guides."""

from __future__ import annotations

from fastapi import APIRouter, Query, Response

from ...deps import AdminCaller, AnyCaller, DbSession, UnitOfWork
from ...protocol import Guide, GuideRevision, GuideStatus, GuideWrite, RestoreRequest
from . import service

router = APIRouter(prefix="/guides", tags=["guides"], route_class=UnitOfWork)


@router.get("", response_model=list[Guide])
def list_guides(
    caller: AnyCaller,
    session: DbSession,
    status: GuideStatus | None = None,
    area: str | None = Query(default=None, max_length=200),
) -> list[Guide]:
    return service.list_guides(session, caller, status, area)


@router.post("", response_model=Guide, status_code=201)
def create_guide(body: GuideWrite, caller: AdminCaller, session: DbSession) -> Guide:
    return service.create_guide(session, caller, body)


@router.get("/{guide_id}", response_model=Guide)
def get_guide(guide_id: str, caller: AnyCaller, session: DbSession) -> Guide:
    return service.get_guide(session, caller, guide_id)


@router.put("/{guide_id}", response_model=Guide)
def update_guide(guide_id: str, body: GuideWrite, caller: AdminCaller, session: DbSession) -> Guide:
    return service.update_guide(session, caller, guide_id, body)


@router.delete("/{guide_id}", status_code=204, response_class=Response)
def delete_guide(
    guide_id: str,
    caller: AdminCaller,
    session: DbSession,
    base_revision: int | None = Query(default=None, ge=1),
) -> Response:
    service.delete_guide(session, caller, guide_id, base_revision)
    return Response(status_code=204)


@router.get("/{guide_id}/revisions", response_model=list[GuideRevision])
def guide_history(guide_id: str, caller: AnyCaller, session: DbSession) -> list[GuideRevision]:
    return service.guide_history(session, caller, guide_id)


@router.post("/{guide_id}/restore", response_model=Guide)
def restore_guide(
    guide_id: str, body: RestoreRequest, caller: AdminCaller, session: DbSession
) -> Guide:
    """An old revision as a new one (published or draft as that revision was, or as
    ``status`` says); answers the guide with its new revision."""
    return service.restore(session, caller, guide_id, body)


@router.delete("/{guide_id}/draft", response_model=Guide)
def discard_draft(
    guide_id: str,
    caller: AdminCaller,
    session: DbSession,
    base_revision: int = Query(ge=1, le=2**31 - 1),
) -> Guide:
    """Drop the pending draft of a published guide; answers the guide as it now is."""
    return service.discard_draft(session, caller, guide_id, base_revision)
