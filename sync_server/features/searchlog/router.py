"""HTTP: push the search log; admins review learned terms and searches without an answer."""

from __future__ import annotations

from fastapi import APIRouter, Query, Response

from ...deps import AdminCaller, AnyCaller, DbSession, UnitOfWork
from ...protocol import IngestResult, MissAdoption, SearchEventBatch, SearchReview, TermDecision
from . import service

router = APIRouter(prefix="/search", tags=["search"], route_class=UnitOfWork)


@router.post("/log", response_model=IngestResult)
def push_search_log(body: SearchEventBatch, caller: AnyCaller, session: DbSession) -> IngestResult:
    return service.ingest(session, caller, body.items)


@router.get("/review", response_model=SearchReview)
def search_review(
    caller: AdminCaller, session: DbSession, days: int = Query(default=90, ge=1, le=366)
) -> SearchReview:
    """ "Søgninger uden svar": searches that found nothing or led nowhere, and learned terms."""
    return service.review(session, caller, days)


@router.post("/learned/reject", status_code=204, response_class=Response)
def reject_learned(body: TermDecision, caller: AdminCaller, session: DbSession) -> Response:
    service.reject(session, caller, body)
    return Response(status_code=204)


@router.post("/learned/adopt", status_code=204, response_class=Response)
def adopt_term(body: TermDecision, caller: AdminCaller, session: DbSession) -> Response:
    service.adopt(session, caller, body)
    return Response(status_code=204)


@router.post("/misses/adopt", status_code=204, response_class=Response)
def adopt_miss(body: MissAdoption, caller: AdminCaller, session: DbSession) -> Response:
    """Add the words of a search without an answer to a guide's synonyms (409 while the
    guide has an unpublished draft)."""
    service.adopt_miss(session, caller, body)
    return Response(status_code=204)
