"""Who takes part in the benchmark (a row per participating municipality)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ...db.models import BenchmarkParticipantRow
from ...protocol import utcnow

P = BenchmarkParticipantRow


def participating(session: Session, municipality_id: int) -> bool:
    return session.get(P, municipality_id) is not None


def join(session: Session, municipality_id: int) -> None:
    if not participating(session, municipality_id):
        session.add(P(municipality_id=municipality_id, joined_at=utcnow()))
        session.flush()


def leave(session: Session, municipality_id: int) -> None:
    session.execute(delete(P).where(P.municipality_id == municipality_id))


def participants(session: Session) -> list[int]:
    """The municipalities that take part, by id."""
    return list(session.scalars(select(P.municipality_id).order_by(P.municipality_id)))
