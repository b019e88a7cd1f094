"""Cached content: apply a pull batch (with its cursor) in one transaction; read it back."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import BaseModel
from sqlalchemy import Connection, text

from sync_server.protocol import (
    Contact,
    EntityKind,
    FaqEntry,
    Guide,
    PullBatch,
    ServiceArea,
    SynonymGroup,
)

from . import learned
from .db import Cache, set_meta

CURSOR_KEY = "sync_cursor"
HISTORY_KEY = "sync_history"
RESYNC_KEY = "sync_resync"
#: Where citizens reach the municipality's guides (share links, QR codes); sent in every pull.
PUBLIC_URL_KEY = "public_base_url"  # "1" while a full pull flagged ``reset`` is under way

_TABLES = {
    EntityKind.GUIDE: ("guides", "id"),
    EntityKind.FAQ: ("faq", "id"),
    EntityKind.AREA: ("areas", "name"),
    EntityKind.CONTACT: ("contacts", "id"),
    EntityKind.SYNONYM: ("synonyms", "term"),
}


@dataclass
class AppliedChanges:
    """What a batch changed, so the search index can follow incrementally."""

    guides: list[Guide] = field(default_factory=list)
    faq: list[FaqEntry] = field(default_factory=list)
    deleted: list[tuple[EntityKind, str]] = field(default_factory=list)
    synonyms_changed: bool = False
    learned: set[str] = field(default_factory=set)  # guides whose learned terms changed

    def extend(self, other: AppliedChanges) -> None:
        """Add a later batch's changes: what it changes or deletes supersedes what earlier
        batches said about the same item (deleted, then created again, is live)."""
        replaced = {(EntityKind.GUIDE, g.id) for g in other.guides}
        replaced |= {(EntityKind.FAQ, f.id) for f in other.faq}
        gone = set(other.deleted) | replaced
        self.guides = [g for g in self.guides if (EntityKind.GUIDE, g.id) not in gone]
        self.guides.extend(other.guides)
        self.faq = [f for f in self.faq if (EntityKind.FAQ, f.id) not in gone]
        self.faq.extend(other.faq)
        self.deleted = [d for d in self.deleted if d not in replaced]
        self.deleted.extend(other.deleted)
        self.synonyms_changed |= other.synonyms_changed
        self.learned |= other.learned

    @property
    def empty(self) -> bool:
        return not (
            self.guides or self.faq or self.deleted or self.synonyms_changed or self.learned
        )


def _upsert(conn: Connection, table: str, key: str, row: dict[str, object]) -> None:
    cols = ", ".join(row)
    params = ", ".join(f":{c}" for c in row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != key)
    conn.execute(
        text(
            f"INSERT INTO {table} ({cols}) VALUES ({params}) "
            f"ON CONFLICT ({key}) DO UPDATE SET {updates}"
        ),
        row,
    )


def _batch_keys(batch: PullBatch) -> list[dict[str, str]]:
    keys = [(EntityKind.GUIDE, g.id) for g in batch.guides]
    keys += [(EntityKind.FAQ, f.id) for f in batch.faq]
    keys += [(EntityKind.AREA, a.name) for a in batch.areas]
    keys += [(EntityKind.CONTACT, c.id) for c in batch.contacts]
    keys += [(EntityKind.SYNONYM, g.term) for g in batch.synonyms]
    return [{"kind": kind.value, "key": key} for kind, key in keys]


def _resync(conn: Connection, batch: PullBatch, changes: AppliedChanges) -> None:
    """A full pull flagged ``reset`` (possibly begun by an earlier sync): note what each
    batch delivers; after the last one, drop what none of them did (the server no longer
    has it)."""
    if batch.reset:
        conn.execute(text("DELETE FROM resync_seen"))
        set_meta(conn, RESYNC_KEY, "1")
    elif not conn.execute(text("SELECT 1 FROM meta WHERE key = :k"), {"k": RESYNC_KEY}).first():
        return
    seen = _batch_keys(batch)
    if seen:
        conn.execute(
            text("INSERT OR IGNORE INTO resync_seen (kind, key) VALUES (:kind, :key)"), seen
        )
    if batch.has_more:
        return
    for kind, (table, key) in _TABLES.items():
        unseen = f"{key} NOT IN (SELECT key FROM resync_seen WHERE kind = :kind)"
        params = {"kind": kind.value}
        gone = conn.execute(text(f"SELECT {key} FROM {table} WHERE {unseen}"), params)
        changes.deleted.extend((kind, name) for name in gone.scalars())
        if conn.execute(text(f"DELETE FROM {table} WHERE {unseen}"), params).rowcount:
            changes.synonyms_changed |= kind is EntityKind.SYNONYM
    conn.execute(text("DELETE FROM resync_seen"))
    conn.execute(text("DELETE FROM meta WHERE key = :k"), {"k": RESYNC_KEY})


def apply_batch(cache: Cache, batch: PullBatch) -> AppliedChanges:
    """Apply a batch and store its cursor (and history) in the same transaction: a crash
    half-way leaves the previous cursor, and the batch is simply fetched again."""
    changes = AppliedChanges(
        guides=list(batch.guides), faq=list(batch.faq), synonyms_changed=bool(batch.synonyms)
    )
    with cache.transaction() as conn:
        for guide in batch.guides:
            _upsert(
                conn,
                "guides",
                "id",
                {
                    "id": guide.id,
                    "revision": guide.revision,
                    "title": guide.title,
                    "area": guide.area,
                    "status": guide.status.value,
                    "data": guide.model_dump_json(),
                    "updated_at": guide.updated_at.isoformat(),
                },
            )
        for entry in batch.faq:
            _upsert(
                conn,
                "faq",
                "id",
                {
                    "id": entry.id,
                    "question": entry.question,
                    "category": entry.category,
                    "data": entry.model_dump_json(),
                },
            )
        for area in batch.areas:
            _upsert(
                conn,
                "areas",
                "name",
                {"name": area.name, "sort_order": area.sort_order, "data": area.model_dump_json()},
            )
        for contact in batch.contacts:
            _upsert(
                conn,
                "contacts",
                "id",
                {"id": contact.id, "name": contact.name, "data": contact.model_dump_json()},
            )
        for group in batch.synonyms:
            _upsert(conn, "synonyms", "term", {"term": group.term, "data": group.model_dump_json()})
        for tomb in batch.tombstones:
            table, key = _TABLES[tomb.kind]
            conn.execute(text(f"DELETE FROM {table} WHERE {key} = :k"), {"k": tomb.id})
            changes.deleted.append((tomb.kind, tomb.id))
            if tomb.kind is EntityKind.SYNONYM:
                changes.synonyms_changed = True
        _resync(conn, batch, changes)
        if batch.learned_terms is not None:
            changes.learned |= learned.replace(conn, batch.learned_terms)
        set_meta(conn, CURSOR_KEY, str(batch.cursor))
        if batch.history:
            set_meta(conn, HISTORY_KEY, batch.history)
        set_meta(conn, PUBLIC_URL_KEY, batch.public_base_url)
    return changes


def cursor(cache: Cache) -> int:
    return int(cache.meta(CURSOR_KEY) or 0)


def public_base_url(cache: Cache) -> str:
    """The municipality's public address for citizens ('' when its admin has not set it)."""
    return cache.meta(PUBLIC_URL_KEY) or ""


def history(cache: Cache) -> str | None:
    """The server history the cursor counts in (None before the first pull)."""
    return cache.meta(HISTORY_KEY)


def get_guide(cache: Cache, guide_id: str) -> Guide | None:
    with cache.read() as conn:
        data = conn.execute(
            text("SELECT data FROM guides WHERE id = :id"), {"id": guide_id}
        ).scalar()
    return Guide.model_validate_json(data) if data else None


def guides(cache: Cache, area: str | None = None, published_only: bool = True) -> list[Guide]:
    query = "SELECT data FROM guides WHERE 1 = 1"
    params: dict[str, object] = {}
    if area is not None:
        query += " AND area = :area"
        params["area"] = area
    if published_only:
        query += " AND status = 'published'"
    with cache.read() as conn:
        rows = conn.execute(text(query + " ORDER BY title"), params).scalars().all()
    return [Guide.model_validate_json(row) for row in rows]


def guide_areas(cache: Cache, ids: Iterable[str]) -> dict[str, str]:
    """``{guide id: service area}`` of the cached guides among ``ids`` (read from the
    column, without decoding the guides: cheap for a page of search results)."""
    wanted = sorted(set(ids))
    found: dict[str, str] = {}
    with cache.read() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join(f":i{n}" for n in range(len(chunk)))
            rows = conn.execute(
                text(f"SELECT id, area FROM guides WHERE id IN ({marks})"),
                {f"i{n}": guide_id for n, guide_id in enumerate(chunk)},
            )
            found.update((str(guide_id), str(area or "")) for guide_id, area in rows)
    return found


def iter_guides(cache: Cache, published_only: bool = True) -> Iterator[Guide]:
    query = "SELECT data FROM guides" + (" WHERE status = 'published'" if published_only else "")
    with cache.read() as conn:
        for row in conn.execute(text(query)).scalars():
            yield Guide.model_validate_json(row)


def guides_with_ids(cache: Cache, ids: Iterable[str]) -> Iterator[Guide]:
    """The cached guides (drafts too) among ``ids``."""
    wanted = sorted(set(ids))
    with cache.read() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join(f":i{n}" for n in range(len(chunk)))
            rows = conn.execute(
                text(f"SELECT data FROM guides WHERE id IN ({marks})"),
                {f"i{n}": guide_id for n, guide_id in enumerate(chunk)},
            )
            for (data,) in rows:
                yield Guide.model_validate_json(data)


def indexed_revisions(cache: Cache) -> dict[str, dict[str, int]]:
    """``{"guide": {id: revision}, "faq": {id: revision}}`` of what belongs in the search
    index (published guides, FAQ entries). Compared with what an index holds, it tells what
    changed since."""
    with cache.read() as conn:
        rows = conn.execute(text("SELECT id, revision FROM guides WHERE status = 'published'"))
        guides: dict[str, int] = {str(row[0]): int(row[1]) for row in rows}
        faq = {
            entry_id: int(json.loads(data).get("revision", 1))
            for entry_id, data in conn.execute(text("SELECT id, data FROM faq"))
        }
    return {"guide": guides, "faq": faq}


def synonyms_digest(cache: Cache) -> str:
    """A fingerprint of the synonym lists (changes when any group changes)."""
    digest = hashlib.sha256()
    with cache.read() as conn:
        for (data,) in conn.execute(text("SELECT data FROM synonyms ORDER BY term")):
            digest.update(data.encode())
            digest.update(b"\0")
    return digest.hexdigest()


def guide_count(cache: Cache) -> int:
    with cache.read() as conn:
        return int(conn.execute(text("SELECT count(*) FROM guides")).scalar() or 0)


M = TypeVar("M", bound=BaseModel)


def _all(cache: Cache, model: type[M], query: str) -> list[M]:
    """Every cached item of one kind (``query`` selects its ``data`` column)."""
    with cache.read() as conn:
        return [model.model_validate_json(row) for row in conn.execute(text(query)).scalars()]


def areas(cache: Cache) -> list[ServiceArea]:
    return _all(cache, ServiceArea, "SELECT data FROM areas ORDER BY sort_order, name")


def faq_entries(cache: Cache) -> list[FaqEntry]:
    return _all(cache, FaqEntry, "SELECT data FROM faq ORDER BY category, question")


def get_faq(cache: Cache, entry_id: str) -> FaqEntry | None:
    with cache.read() as conn:
        data = conn.execute(text("SELECT data FROM faq WHERE id = :id"), {"id": entry_id}).scalar()
    return FaqEntry.model_validate_json(data) if data else None


def contacts(cache: Cache) -> list[Contact]:
    return _all(cache, Contact, "SELECT data FROM contacts ORDER BY name")


def synonyms(cache: Cache) -> list[SynonymGroup]:
    return _all(cache, SynonymGroup, "SELECT data FROM synonyms ORDER BY term")
