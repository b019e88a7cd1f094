"""Storage of the search log and of admins' decisions on learned terms."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ...db.models import LearnedTermDecisionRow, SearchLogRow


def insert_new(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert the events not stored yet (a batch sent again changes nothing)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(SearchLogRow).values(list(rows))
    session.execute(stmt.on_conflict_do_nothing(index_elements=["municipality_id", "uuid"]))


def prune(session: Session, before: date) -> int:
    """Delete the searches of days before ``before`` (every municipality's); their number."""
    result = session.execute(delete(SearchLogRow).where(SearchLogRow.day < before))
    return int(getattr(result, "rowcount", 0) or 0)


def pairs(session: Session, municipality_id: int, since: date) -> list[tuple[str, str, int]]:
    """(guide, words, different staff) of every pair made since ``since``."""
    staff = func.count(func.distinct(SearchLogRow.staff))
    rows = session.execute(
        select(SearchLogRow.guide_id, SearchLogRow.words, staff)
        .where(
            SearchLogRow.municipality_id == municipality_id,
            SearchLogRow.guide_id.is_not(None),
            SearchLogRow.day >= since,
        )
        .group_by(SearchLogRow.guide_id, SearchLogRow.words)
    )
    return [(str(g), str(w), int(n)) for g, w, n in rows]


def unanswered(
    session: Session, municipality_id: int, since: date, limit: int
) -> list[tuple[str, bool, int, int]]:
    """(words, found, searches, different staff) of searches that led to no guide, but for
    words an admin already added to a guide as a search term."""
    count = func.count()
    adopted = select(LearnedTermDecisionRow.term).where(
        LearnedTermDecisionRow.municipality_id == municipality_id,
        LearnedTermDecisionRow.decision == "adopted",
    )
    rows = session.execute(
        select(
            SearchLogRow.words,
            SearchLogRow.found,
            count,
            func.count(func.distinct(SearchLogRow.staff)),
        )
        .where(
            SearchLogRow.municipality_id == municipality_id,
            SearchLogRow.guide_id.is_(None),
            SearchLogRow.day >= since,
            SearchLogRow.words.not_in(adopted),
        )
        .group_by(SearchLogRow.words, SearchLogRow.found)
        .order_by(SearchLogRow.found, count.desc(), SearchLogRow.words)
        .limit(limit)
    )
    return [(str(w), bool(f), int(c), int(s)) for w, f, c, s in rows]


def misses_between(session: Session, municipality_id: int, start: date, end: date) -> int:
    """Searches that found nothing on the days ``start``..``end``."""
    return int(
        session.scalar(
            select(func.count()).where(
                SearchLogRow.municipality_id == municipality_id,
                SearchLogRow.found.is_(False),
                SearchLogRow.day >= start,
                SearchLogRow.day <= end,
            )
        )
        or 0
    )


def decided(session: Session, municipality_id: int) -> set[tuple[str, str]]:
    rows = session.execute(
        select(LearnedTermDecisionRow.guide_id, LearnedTermDecisionRow.term).where(
            LearnedTermDecisionRow.municipality_id == municipality_id
        )
    )
    return {(str(g), str(t)) for g, t in rows}


def decide(
    session: Session,
    municipality_id: int,
    guide_id: str,
    term: str,
    decision: str,
    by: str,
    at: datetime,
) -> None:
    session.execute(
        delete(LearnedTermDecisionRow).where(
            LearnedTermDecisionRow.municipality_id == municipality_id,
            LearnedTermDecisionRow.guide_id == guide_id,
            LearnedTermDecisionRow.term == term,
        )
    )
    session.add(
        LearnedTermDecisionRow(
            municipality_id=municipality_id,
            guide_id=guide_id,
            term=term,
            decision=decision,
            decided_by=by,
            decided_at=at,
        )
    )
    session.flush()
