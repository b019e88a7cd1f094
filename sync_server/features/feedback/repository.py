"""Queries on feedback: an insert that is idempotent under concurrent retries."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ...db.models import FeedbackRow


def insert_new(session: Session, values: dict[str, Any]) -> int | None:
    """Insert one feedback row unless (municipality, uuid) exists; the new row's id, or None.

    ON CONFLICT DO NOTHING instead of check-then-insert: the same batch sent twice at once
    (a client retrying after a timeout) must not fail on the unique constraint."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    stmt = (
        insert(FeedbackRow)
        .values(**values)
        .on_conflict_do_nothing(index_elements=[FeedbackRow.municipality_id, FeedbackRow.uuid])
        .returning(FeedbackRow.id)
    )
    new_id = session.execute(stmt).scalar_one_or_none()
    return None if new_id is None else int(new_id)
