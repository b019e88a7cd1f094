"""HTTP: the shared library of published guides from other municipalities, following the
origin of a copy, and suggestions back to it."""

from __future__ import annotations

from fastapi import APIRouter, Query

from ...deps import AdminCaller, AnyCaller, DbSession, UnitOfWork
from ...protocol import (
    CopyRequest,
    Detach,
    DismissRequest,
    Guide,
    LibraryGuide,
    LibraryUpdate,
    LibraryUpdateDetail,
    Suggestion,
    SuggestionIn,
    TakeRequest,
)
from . import service

router = APIRouter(prefix="/library", tags=["library"], route_class=UnitOfWork)


@router.get("", response_model=list[LibraryGuide])
def search_library(
    caller: AnyCaller,
    session: DbSession,
    q: str | None = Query(default=None, max_length=200),
    municipality: str | None = Query(default=None, pattern=r"^[0-9]{3,4}$"),
    area: str | None = Query(default=None, max_length=200),
    limit: int = Query(default=50, ge=1, le=500),
    offset: int = Query(default=0, ge=0, le=1_000_000),
) -> list[LibraryGuide]:
    return service.search_library(session, caller, q, municipality, area, limit, offset)


# The routes below come before /{municipality}/{guide_id}, which would match them too.


@router.get("/updates", response_model=list[LibraryUpdate])
def list_updates(caller: AdminCaller, session: DbSession) -> list[LibraryUpdate]:
    """The caller's copies whose origin has published a newer version."""
    return service.updates(session, caller)


@router.get("/updates/{guide_id}", response_model=LibraryUpdateDetail)
def get_update(guide_id: str, caller: AdminCaller, session: DbSession) -> LibraryUpdateDetail:
    """The three versions for a three-way view: copied, the origin's newest, the copy."""
    return service.update_detail(session, caller, guide_id)


@router.post("/updates/{guide_id}/take", response_model=Guide)
def take_update(
    guide_id: str, caller: AdminCaller, session: DbSession, body: TakeRequest | None = None
) -> Guide:
    """The origin's changes (all, or the parts named) in a new draft of the copy."""
    return service.take_update(session, caller, guide_id, body or TakeRequest())


@router.post("/updates/{guide_id}/dismiss", response_model=LibraryUpdate)
def dismiss_update(
    guide_id: str, caller: AdminCaller, session: DbSession, body: DismissRequest | None = None
) -> LibraryUpdate:
    return service.dismiss_update(session, caller, guide_id, body or DismissRequest())


@router.post("/updates/{guide_id}/detach", response_model=Detach)
def detach(guide_id: str, caller: AdminCaller, session: DbSession) -> Detach:
    """The copy stops following its origin, for good."""
    return service.detach(session, caller, guide_id)


@router.get("/suggestions", response_model=list[Suggestion])
def sent_suggestions(caller: AdminCaller, session: DbSession) -> list[Suggestion]:
    """Suggestions the municipality sent to origins, with their answers."""
    return service.suggestions(session, caller)


@router.post("/suggestions", response_model=Suggestion, status_code=201)
def suggest(body: SuggestionIn, caller: AdminCaller, session: DbSession) -> Suggestion:
    """Offer back: a suggestion from a copy into its origin's feedback inbox."""
    return service.suggest(session, caller, body)


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
