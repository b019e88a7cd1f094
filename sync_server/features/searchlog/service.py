"""Rules of the search log and of learned search terms.

A (search words, guide) pair becomes a learned term of the guide when at least
``LEARN_MIN_STAFF`` different staff pseudonyms made it within ``LEARN_DAYS`` days and no
admin rejected (or already adopted) it; a guide holds at most ``MAX_LEARNED_PER_GUIDE``,
the pairs most staff made first. One person alone can never teach the search anything.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from ...config import Settings
from ...errors import Conflict, Invalid
from ...principal import Caller
from ...protocol import (
    LEARN_DAYS,
    LEARN_MIN_STAFF,
    MAX_LEARNED_PER_GUIDE,
    GuideContent,
    GuideWrite,
    IngestResult,
    LearnedTerm,
    LearnedTermReview,
    MissAdoption,
    SearchEvent,
    SearchReview,
    TermDecision,
    UnansweredSearch,
    utcnow,
)
from ..guides import service as guides
from . import repository

log = logging.getLogger("vejviser.server.searchlog")

REVIEW_LIMIT = 200


def ingest(session: Session, caller: Caller, items: Sequence[SearchEvent]) -> IngestResult:
    """Store a batch idempotently on (municipality, uuid), under the caller's pseudonym."""
    now = utcnow()
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for item in items:
        key = str(item.id)
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            {
                "municipality_id": caller.municipality_id,
                "uuid": key,
                "staff": caller.pseudonym,
                "day": item.day,
                "words": " ".join(word.lower() for word in item.words)[:400],
                "found": item.found or item.guide_id is not None,
                "guide_id": item.guide_id,
                "received_at": now,
            }
        )
    repository.insert_new(session, rows)
    return IngestResult(accepted=[item.id for item in items])


def prune(session: Session, settings: Settings, now: datetime) -> None:
    """Housekeeping (a scheduled job, daily): forget the searches of the days past the
    retention (``search_log_retention_days``)."""
    before = now.date() - timedelta(days=settings.search_log_retention_days)
    removed = repository.prune(session, before)
    if removed:
        log.info("search log: %d searches before %s forgotten", removed, before)


def _learned(session: Session, municipality_id: int, today: date) -> list[LearnedTermReview]:
    since = today - timedelta(days=LEARN_DAYS)
    decided = repository.decided(session, municipality_id)
    by_guide: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for guide_id, words, staff in repository.pairs(session, municipality_id, since):
        if staff >= LEARN_MIN_STAFF and (guide_id, words) not in decided:
            by_guide[guide_id].append((staff, words))
    out: list[LearnedTermReview] = []
    for guide_id in sorted(by_guide):
        best = sorted(by_guide[guide_id], key=lambda p: (-p[0], p[1]))[:MAX_LEARNED_PER_GUIDE]
        out.extend(LearnedTermReview(guide_id=guide_id, term=w, staff=n) for n, w in best)
    return out


def learned_terms(session: Session, caller: Caller) -> list[LearnedTerm]:
    """The municipality's learned search terms, as every desktop receives them."""
    return [
        LearnedTerm(guide_id=t.guide_id, term=t.term)
        for t in _learned(session, caller.municipality_id, utcnow().date())
    ]


def misses(session: Session, municipality_id: int, start: date, end: date) -> int:
    """For the reports: searches that found nothing on ``start``..``end``."""
    return repository.misses_between(session, municipality_id, start, end)


def review(session: Session, caller: Caller, days: int) -> SearchReview:
    today = utcnow().date()
    titles = guides.titles(session, caller)
    learned = [
        t.model_copy(update={"guide_title": titles.get(t.guide_id, "")})
        for t in _learned(session, caller.municipality_id, today)
    ]
    unanswered = [
        UnansweredSearch(term=w, found=f, count=c, staff=s)
        for w, f, c, s in repository.unanswered(
            session, caller.municipality_id, today - timedelta(days=days), REVIEW_LIMIT
        )
    ]
    return SearchReview(days=days, unanswered=unanswered, learned=learned)


def reject(session: Session, caller: Caller, body: TermDecision) -> None:
    """A rejected term is never learned again for that guide."""
    repository.decide(
        session,
        caller.municipality_id,
        body.guide_id,
        body.term.lower(),
        "rejected",
        caller.pseudonym,
        utcnow(),
    )


def adopt_miss(session: Session, caller: Caller, body: MissAdoption) -> None:
    """Add the words of a search without an answer to a guide's own synonyms; the search
    then leaves the review (the words are recorded as adopted)."""
    adopt(session, caller, TermDecision(guide_id=body.guide_id, term=body.query))


def adopt(session: Session, caller: Caller, body: TermDecision) -> None:
    """Add the term to the guide's own synonyms (a new published revision)."""
    guide = guides.get_guide(session, caller, body.guide_id)  # 404 when not the caller's
    if guide.pending_draft is not None:
        raise Conflict(
            "Vejledningen har en kladde, der ikke er udgivet. Tilføj søgeordet i redigeringen.",
            code="guide_has_draft",
        )
    term = body.term.strip().lower()
    if not term:
        raise Invalid("Søgeordet er tomt.", code="term_empty")
    content = {name: getattr(guide, name) for name in GuideContent.model_fields}
    if term not in (s.lower() for s in guide.synonyms):
        content["synonyms"] = [*guide.synonyms, term]
        write = GuideWrite.model_validate(
            {**content, "id": guide.id, "base_revision": guide.revision}
        )
        guides.update_guide(session, caller, guide.id, write)
    repository.decide(
        session, caller.municipality_id, guide.id, term, "adopted", caller.pseudonym, utcnow()
    )
