"""Queries on blobs."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ...db.models import BlobRow


def insert_if_absent(session: Session, values: dict[str, Any]) -> None:
    """Store a blob unless its sha256 is stored already (also when two uploads of the same
    image race: ON CONFLICT DO NOTHING, not check-then-insert)."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(BlobRow).values(**values).on_conflict_do_nothing(index_elements=[BlobRow.sha256])
    )
