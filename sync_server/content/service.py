"""Rules for writing content: revisions, conflicts, change numbering, tombstones."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from ..db.models import ContentRow, MunicipalityRow, RevisionRow
from ..errors import Conflict, Invalid, NotFound
from ..protocol import EntityKind, utcnow
from . import repository

_NOUNS = {
    EntityKind.GUIDE: "vejledningen",
    EntityKind.AREA: "serviceområdet",
    EntityKind.FAQ: "FAQ-punktet",
    EntityKind.CONTACT: "kontakten",
    EntityKind.SYNONYM: "synonymgruppen",
}


@dataclass(frozen=True)
class ContentWrite:
    """A new version of one item. ``data`` is the JSON stored and sent."""

    kind: EntityKind
    key: str
    data: dict[str, Any]
    title: str
    status: str | None = None
    area: str | None = None
    published_to_citizens: bool = False
    search_text: str = ""
    #: Screenshots (sha256) the item shows: who may read a screenshot follows from them.
    blobs: frozenset[str] = frozenset()
    #: Kept out of the shared library (guides).
    local_only: bool = False
    #: What the revision history records, when not ``data`` (a guide's pending draft is
    #: stored beside its published content; the history records the draft).
    history: dict[str, Any] | None = None


def next_change(session: Session, municipality_id: int) -> int:
    """Number the next change of a municipality. Taking the row lock first serialises
    writers, so changes become visible in sequence order (a pull never skips one)."""
    seq = session.execute(
        update(MunicipalityRow)
        .where(MunicipalityRow.id == municipality_id)
        .values(change_seq=MunicipalityRow.change_seq + 1)
        .returning(MunicipalityRow.change_seq)
    ).scalar_one()
    return int(seq)


def _conflict(kind: EntityKind, row: ContentRow, current: dict[str, Any] | None) -> Conflict:
    return Conflict(
        {
            "message": f"Nogen har ændret {_NOUNS[kind]} imens. Se den nyeste version "
            f"(version {row.revision}) og prøv igen.",
            "current_revision": row.revision,
            "current": current,
        },
        code="stale_revision",
    )


def save(
    session: Session,
    municipality_id: int,
    author: str,
    write: ContentWrite,
    base_revision: int | None,
    *,
    create_only: bool = False,
    render: Callable[[ContentRow], dict[str, Any]] | None = None,
) -> ContentRow:
    """Create (``base_revision`` None) or update an item; 409 on a stale base revision."""
    seq = next_change(session, municipality_id)  # first: the lock that serialises writers
    now = utcnow()
    row = repository.get(session, municipality_id, write.kind, write.key, fresh=True)
    live = row is not None and row.deleted_at is None
    if row is not None and live and create_only:
        raise Conflict(
            {
                "message": f"Der findes allerede {_NOUNS[write.kind]} med id »{write.key}«.",
                "current_revision": row.revision,
                "current": render(row) if render else None,
            },
            code="already_exists",
        )
    if row is not None and live and base_revision != row.revision:
        raise _conflict(write.kind, row, render(row) if render else None)
    if row is None and base_revision is not None:
        raise NotFound(f"{_NOUNS[write.kind].capitalize()} findes ikke.", code="not_found")
    if row is not None and not live and base_revision not in (None, row.revision):
        # an edit of something deleted meanwhile must not bring it back silently
        raise _conflict(write.kind, row, None)
    if row is None:
        row = ContentRow(
            municipality_id=municipality_id,
            kind=write.kind.value,
            key=write.key,
            revision=1,
            created_at=now,
        )
        session.add(row)
    else:
        row.revision += 1
        row.deleted_at = None
    row.change_seq = seq
    row.title = write.title[:300]
    row.status = write.status
    row.area = write.area
    row.published_to_citizens = write.published_to_citizens
    row.local_only = write.local_only
    row.search_text = write.search_text
    row.data = write.data
    row.updated_at = now
    if write.kind is EntityKind.GUIDE:
        repository.replace_blob_refs(session, municipality_id, write.key, write.blobs)
    session.add(
        RevisionRow(
            municipality_id=municipality_id,
            kind=write.kind.value,
            key=write.key,
            revision=row.revision,
            data=write.data if write.history is None else write.history,
            author=author,
            created_at=now,
        )
    )
    session.flush()
    return row


def delete(
    session: Session,
    municipality_id: int,
    author: str,
    kind: EntityKind,
    key: str,
    base_revision: int | None,
) -> None:
    """Leave a tombstone (synced as a deletion); the history stays. ``base_revision`` (the
    version the deletion was decided on) is required: a deletion never removes an edit made
    after it was decided unseen."""
    if base_revision is None:
        raise Invalid(
            "Angiv base_revision: den version, sletningen bygger på.",
            code="base_revision_missing",
        )
    seq = next_change(session, municipality_id)  # first: the lock that serialises writers
    row = repository.get(session, municipality_id, kind.value, key, fresh=True)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"{_NOUNS[kind].capitalize()} findes ikke.", code="not_found")
    if base_revision != row.revision:
        raise _conflict(kind, row, None)
    now = utcnow()
    row.revision += 1
    row.change_seq = seq
    row.deleted_at = now
    row.updated_at = now
    if kind is EntityKind.GUIDE:
        repository.replace_blob_refs(session, municipality_id, key, frozenset())
    session.add(
        RevisionRow(
            municipality_id=municipality_id,
            kind=kind.value,
            key=key,
            revision=row.revision,
            data=None,
            author=author,
            created_at=now,
        )
    )
    session.flush()


def lock_changes(session: Session, municipality_id: int) -> None:
    """Take the municipality's change lock now (it is taken by every write anyway): what
    this transaction reads after it is what the write will be checked against."""
    repository.lock_municipality(session, municipality_id)


def require_live(session: Session, municipality_id: int, kind: EntityKind, key: str) -> ContentRow:
    row = repository.get(session, municipality_id, kind.value, key, fresh=True)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"{_NOUNS[kind].capitalize()} findes ikke.", code="not_found")
    return row


def history(
    session: Session, municipality_id: int, kind: EntityKind, key: str
) -> Sequence[RevisionRow]:
    require_live(session, municipality_id, kind, key)
    return repository.revisions(session, municipality_id, kind.value, key)
