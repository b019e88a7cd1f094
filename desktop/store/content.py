"""Cached content: apply a pull batch (with its cursor) in one transaction; read it back."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
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
from .scope import (
    CONTENT_TABLES,
    EVERY,
    HOME_KEY,
    Scope,
    doc_key,
    home,
    home_of,
    order,
    split_key,
    where,
)

_TABLES = {
    EntityKind.GUIDE: ("guides", "id"),
    EntityKind.FAQ: ("faq", "id"),
    EntityKind.AREA: ("areas", "name"),
    EntityKind.CONTACT: ("contacts", "id"),
    EntityKind.SYNONYM: ("synonyms", "term"),
}


@dataclass
class AppliedChanges:
    """What a batch changed, so the search index can follow incrementally. ``deleted`` names
    documents by their index key (see :mod:`.scope`)."""

    guides: list[Guide] = field(default_factory=list)
    faq: list[FaqEntry] = field(default_factory=list)
    deleted: list[tuple[EntityKind, str]] = field(default_factory=list)
    synonyms_changed: bool = False
    learned: set[str] = field(default_factory=set)  # guides whose learned terms changed
    home: str = ""  # the home municipality (its documents keep their plain index key)

    def extend(self, other: AppliedChanges) -> None:
        """Add a later batch's changes: what it changes or deletes supersedes what earlier
        batches said about the same item (deleted, then created again, is live). Items are
        told apart by municipality too (members' guides share ids)."""
        home_code = self.home = self.home or other.home
        guides_now = {_owned(g, home_code) for g in other.guides}
        faq_now = {_owned(f, home_code) for f in other.faq}
        gone = {(kind, split_key(key)) for kind, key in other.deleted}

        def kept(
            item: Guide | FaqEntry, kind: EntityKind, now: set[tuple[str, str | None]]
        ) -> bool:
            owned = _owned(item, home_code)
            return owned not in now and (kind, owned) not in gone

        self.guides = [g for g in self.guides if kept(g, EntityKind.GUIDE, guides_now)]
        self.guides.extend(other.guides)
        self.faq = [f for f in self.faq if kept(f, EntityKind.FAQ, faq_now)]
        self.faq.extend(other.faq)
        replaced = {(EntityKind.GUIDE, k) for k in guides_now}
        replaced |= {(EntityKind.FAQ, k) for k in faq_now}
        self.deleted = [d for d in self.deleted if (d[0], split_key(d[1])) not in replaced]
        self.deleted.extend(other.deleted)
        self.synonyms_changed |= other.synonyms_changed
        self.learned |= other.learned

    @property
    def empty(self) -> bool:
        return not (
            self.guides or self.faq or self.deleted or self.synonyms_changed or self.learned
        )


def _owned(item: Guide | FaqEntry, home_code: str) -> tuple[str, str | None]:
    """An item's id and municipality, as :func:`split_key` gives them for its index key
    (None: the home municipality's)."""
    code = getattr(item, "municipality", "") or ""
    return item.id, (None if not home_code or code in ("", home_code) else code)


def _upsert(conn: Connection, table: str, key: str, row: dict[str, object]) -> None:
    cols = ", ".join(row)
    params = ", ".join(f":{c}" for c in row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in row if c not in (key, "municipality"))
    conn.execute(
        text(
            f"INSERT INTO {table} ({cols}) VALUES ({params}) "
            f"ON CONFLICT (municipality, {key}) DO UPDATE SET {updates}"
        ),
        row,
    )


S = TypeVar("S", bound=BaseModel)


def stamp(item: S, code: str) -> S:
    """The item marked with the municipality it came from (wire models from protocol 5 on
    have the field; the server fills it, and the pull names it for older servers too)."""
    if code and "municipality" in type(item).model_fields and not getattr(item, "municipality", ""):
        return item.model_copy(update={"municipality": code})
    return item


def _batch_keys(batch: PullBatch) -> list[tuple[EntityKind, str]]:
    keys = [(EntityKind.GUIDE, g.id) for g in batch.guides]
    keys += [(EntityKind.FAQ, f.id) for f in batch.faq]
    keys += [(EntityKind.AREA, a.name) for a in batch.areas]
    keys += [(EntityKind.CONTACT, c.id) for c in batch.contacts]
    keys += [(EntityKind.SYNONYM, g.term) for g in batch.synonyms]
    return keys


def _resync(
    conn: Connection, batch: PullBatch, changes: AppliedChanges, code: str, home_code: str
) -> None:
    """A full pull flagged ``reset`` (possibly begun by an earlier sync): note what each
    batch delivers; after the last one, drop what none of them did (the server no longer
    has it). Per municipality: each has its own cursor."""
    owner = {"m": code}
    if batch.reset:
        conn.execute(text("DELETE FROM resync_seen WHERE municipality = :m"), owner)
        conn.execute(text("UPDATE pull_cursors SET resync = 1 WHERE municipality = :m"), owner)
    elif not conn.execute(
        text("SELECT 1 FROM pull_cursors WHERE municipality = :m AND resync = 1"), owner
    ).first():
        return
    seen = [{"m": code, "kind": k.value, "key": key} for k, key in _batch_keys(batch)]
    if seen:
        conn.execute(
            text(
                "INSERT OR IGNORE INTO resync_seen (municipality, kind, key) "
                "VALUES (:m, :kind, :key)"
            ),
            seen,
        )
    if batch.has_more:
        return
    for kind, (table, key) in _TABLES.items():
        unseen = (
            f"municipality = :m AND {key} NOT IN "
            "(SELECT key FROM resync_seen WHERE kind = :kind AND municipality = :m)"
        )
        params = {"kind": kind.value, "m": code}
        gone = conn.execute(text(f"SELECT {key} FROM {table} WHERE {unseen}"), params)
        changes.deleted.extend((kind, doc_key(name, code, home_code)) for name in gone.scalars())
        if conn.execute(text(f"DELETE FROM {table} WHERE {unseen}"), params).rowcount:
            changes.synonyms_changed |= kind is EntityKind.SYNONYM
    conn.execute(text("DELETE FROM resync_seen WHERE municipality = :m"), owner)
    conn.execute(text("UPDATE pull_cursors SET resync = 0 WHERE municipality = :m"), owner)


def _batch_owner(conn: Connection, batch: PullBatch, municipality: str | None) -> str:
    """Whose batch: the member named, else the home municipality (learnt from the first
    guides pulled when nobody told the cache yet)."""
    if municipality:
        return municipality
    code = home_of(conn)
    if not code and batch.guides:
        code = batch.guides[0].municipality
        set_meta(conn, HOME_KEY, code)
        for table, _key in CONTENT_TABLES:
            conn.execute(
                text(f"UPDATE {table} SET municipality = :c WHERE municipality = ''"), {"c": code}
            )
        conn.execute(
            text("UPDATE pull_cursors SET municipality = :c WHERE municipality = ''"), {"c": code}
        )
    return code


def apply_batch(cache: Cache, batch: PullBatch, municipality: str | None = None) -> AppliedChanges:
    """Apply a batch of ``municipality``'s content (default: the home municipality's) and
    store its cursor (and history) in the same transaction: a crash half-way leaves the
    previous cursor, and the batch is simply fetched again."""
    with cache.transaction() as conn:
        home_code = home_of(conn)
        code = _batch_owner(conn, batch, municipality)
        changes = AppliedChanges(
            guides=list(batch.guides),
            faq=[stamp(entry, code) for entry in batch.faq],
            synonyms_changed=bool(batch.synonyms),
            home=home_code or code,
        )
        conn.execute(
            text("INSERT OR IGNORE INTO pull_cursors (municipality) VALUES (:m)"), {"m": code}
        )
        for guide in batch.guides:
            _upsert(
                conn,
                "guides",
                "id",
                {
                    "municipality": code,
                    "id": guide.id,
                    "revision": guide.revision,
                    "title": guide.title,
                    "area": guide.area,
                    "status": guide.status.value,
                    "data": guide.model_dump_json(),
                    "updated_at": guide.updated_at.isoformat(),
                },
            )
        for entry in changes.faq:
            _upsert(
                conn,
                "faq",
                "id",
                {
                    "municipality": code,
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
                {
                    "municipality": code,
                    "name": area.name,
                    "sort_order": area.sort_order,
                    "data": stamp(area, code).model_dump_json(),
                },
            )
        for contact in batch.contacts:
            row = {"municipality": code, "id": contact.id, "name": contact.name}
            _upsert(conn, "contacts", "id", {**row, "data": stamp(contact, code).model_dump_json()})
        for group in batch.synonyms:
            row = {"municipality": code, "term": group.term}
            _upsert(conn, "synonyms", "term", {**row, "data": stamp(group, code).model_dump_json()})
        for tomb in batch.tombstones:
            table, key = _TABLES[tomb.kind]
            conn.execute(
                text(f"DELETE FROM {table} WHERE municipality = :m AND {key} = :k"),
                {"m": code, "k": tomb.id},
            )
            changes.deleted.append((tomb.kind, doc_key(tomb.id, code, home_code)))
            if tomb.kind is EntityKind.SYNONYM:
                changes.synonyms_changed = True
        _resync(conn, batch, changes, code, home_code)
        if batch.learned_terms is not None and code in (home_code, ""):
            changes.learned |= learned.replace(conn, batch.learned_terms)
        conn.execute(
            text(
                "UPDATE pull_cursors SET cursor = :c, public_base_url = :u, "
                "history = COALESCE(:h, history) WHERE municipality = :m"
            ),
            {"c": batch.cursor, "u": batch.public_base_url, "h": batch.history or None, "m": code},
        )
    return changes


def drop_municipality(cache: Cache, code: str) -> AppliedChanges:
    """Forget everything of a member that no longer admits the hotline (its cursor too)."""
    changes = AppliedChanges()
    with cache.transaction() as conn:
        home_code = changes.home = home_of(conn)
        if not code or code == home_code:
            return changes
        params = {"m": code}
        for kind, (table, key) in _TABLES.items():
            if kind in (EntityKind.GUIDE, EntityKind.FAQ):
                gone = conn.execute(
                    text(f"SELECT {key} FROM {table} WHERE municipality = :m"), params
                )
                changes.deleted.extend((kind, doc_key(k, code, home_code)) for k in gone.scalars())
            if conn.execute(text(f"DELETE FROM {table} WHERE municipality = :m"), params).rowcount:
                changes.synonyms_changed |= kind is EntityKind.SYNONYM
        conn.execute(text("DELETE FROM resync_seen WHERE municipality = :m"), params)
        conn.execute(text("DELETE FROM pull_cursors WHERE municipality = :m"), params)
    return changes


def cached_municipalities(cache: Cache) -> set[str]:
    """Every municipality the cache holds content or a cursor of."""
    with cache.read() as conn:
        found = set(conn.execute(text("SELECT municipality FROM pull_cursors")).scalars())
        for table, _key in (("guides", ""), ("faq", ""), ("areas", ""), ("contacts", "")):
            found |= set(conn.execute(text(f"SELECT DISTINCT municipality FROM {table}")).scalars())
    return {str(code) for code in found}


def _cursor_row(cache: Cache, municipality: str | None) -> tuple[int, str | None, str]:
    code = municipality if municipality is not None else home(cache)
    with cache.read() as conn:
        row = conn.execute(
            text(
                "SELECT cursor, history, public_base_url FROM pull_cursors WHERE municipality = :m"
            ),
            {"m": code},
        ).first()
        if row is None and municipality is None and not code:
            row = conn.execute(
                text("SELECT cursor, history, public_base_url FROM pull_cursors LIMIT 1")
            ).first()
    return (int(row[0]), row[1], str(row[2])) if row else (0, None, "")


def cursor(cache: Cache, municipality: str | None = None) -> int:
    """The pull cursor of a municipality (default: the home one)."""
    return _cursor_row(cache, municipality)[0]


def content_cursor(cache: Cache) -> int:
    """All cursors together: changes whenever any municipality's content did (what the
    saved search index is checked against)."""
    with cache.read() as conn:
        return int(
            conn.execute(text("SELECT COALESCE(SUM(cursor), 0) FROM pull_cursors")).scalar() or 0
        )


def public_base_url(cache: Cache, municipality: str | None = None) -> str:
    """The municipality's public address for citizens ('' when its admin has not set it)."""
    return _cursor_row(cache, municipality)[2]


def history(cache: Cache, municipality: str | None = None) -> str | None:
    """The server history the cursor counts in (None before the first pull)."""
    return _cursor_row(cache, municipality)[1]


def _preferred(
    rows: Iterable[tuple[str, str]], prefer: Sequence[str], home_code: str
) -> str | None:
    """The data of the row of the most preferred municipality among ``(municipality, data)``:
    one of ``prefer``, else the home one's; another municipality's only while the cache does
    not know whose it is."""
    ranked = [*prefer, home_code, ""]
    best: tuple[int, str] | None = None
    for code, data in rows:
        if code not in ranked and home_code:
            continue
        rank = ranked.index(code) if code in ranked else len(ranked)
        if best is None or rank < best[0]:
            best = (rank, data)
    return best[1] if best else None


def get_guide(
    cache: Cache, guide_id: str, municipality: str | Sequence[str] | None = None
) -> Guide | None:
    """A cached guide: of ``municipality`` (or the first of several that has it), else the
    home municipality's, else any municipality's."""
    prefer = [municipality] if isinstance(municipality, str) else list(municipality or ())
    with cache.read() as conn:
        rows = conn.execute(
            text("SELECT municipality, data FROM guides WHERE id = :id"), {"id": guide_id}
        ).all()
        data = _preferred(((str(m), str(d)) for m, d in rows), prefer, home_of(conn))
    if isinstance(municipality, str) and rows and not any(m == municipality for m, _ in rows):
        return None
    return Guide.model_validate_json(data) if data else None


def guides(
    cache: Cache, area: str | None = None, published_only: bool = True, scope: Scope = None
) -> list[Guide]:
    """The guides of ``scope`` (default: the home municipality), the first municipality of
    the scope first, then by title."""
    with cache.read() as conn:
        cond, params = where(scope, home_of(conn))
        query = f"SELECT data FROM guides WHERE {cond}"
        if area is not None:
            query += " AND area = :area"
            params["area"] = area
        if published_only:
            query += " AND status = 'published'"
        rows = conn.execute(text(f"{query} ORDER BY {order(scope)}title"), params).scalars().all()
    return [Guide.model_validate_json(row) for row in rows]


def guide_areas(cache: Cache, ids: Iterable[str], scope: Scope = None) -> dict[str, str]:
    """``{guide id: service area}`` of the cached guides among ``ids`` (read from the
    column, without decoding the guides: cheap for a page of search results)."""
    wanted = sorted(set(ids))
    found: dict[str, str] = {}
    with cache.read() as conn:
        cond, base = where(scope, home_of(conn))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join(f":i{n}" for n in range(len(chunk)))
            rows = conn.execute(
                text(
                    f"SELECT id, area FROM guides WHERE id IN ({marks}) AND {cond} "
                    f"ORDER BY {order(scope)}id"
                ),
                {**base, **{f"i{n}": guide_id for n, guide_id in enumerate(chunk)}},
            )
            for guide_id, area in rows:
                found.setdefault(str(guide_id), str(area or ""))
    return found


def iter_guides(cache: Cache, published_only: bool = True, scope: Scope = EVERY) -> Iterator[Guide]:
    with cache.read() as conn:
        cond, params = where(scope, home_of(conn))
        query = f"SELECT data FROM guides WHERE {cond}"
        if published_only:
            query += " AND status = 'published'"
        for row in conn.execute(text(query), params).scalars():
            yield Guide.model_validate_json(row)


def guides_with_ids(cache: Cache, keys: Iterable[str]) -> Iterator[Guide]:
    """The cached guides (drafts too) with these index keys (see :mod:`.scope`)."""
    with cache.read() as conn:
        home_code = home_of(conn)
        for key in sorted(set(keys)):
            guide_id, code = split_key(key)
            codes = [code] if code else [home_code, ""]
            data = conn.execute(
                text(
                    "SELECT data FROM guides WHERE id = :id "
                    + ("AND municipality IN (:m, :n)" if code or home_code else "")
                ),
                {"id": guide_id, "m": codes[0], "n": codes[-1]},
            ).scalar()
            if data:
                yield Guide.model_validate_json(data)


def indexed_revisions(cache: Cache) -> dict[str, dict[str, int]]:
    """``{"guide": {key: revision}, "faq": {key: revision}}`` of what belongs in the search
    index (published guides, FAQ entries of every municipality, by index key). Compared
    with what an index holds, it tells what changed since."""
    with cache.read() as conn:
        home_code = home_of(conn)
        rows = conn.execute(
            text("SELECT municipality, id, revision FROM guides WHERE status = 'published'")
        )
        guides: dict[str, int] = {doc_key(str(r[1]), str(r[0]), home_code): int(r[2]) for r in rows}
        faq = {
            doc_key(str(entry_id), str(code), home_code): int(json.loads(data).get("revision", 1))
            for code, entry_id, data in conn.execute(text("SELECT municipality, id, data FROM faq"))
        }
    return {"guide": guides, "faq": faq}


def synonyms_digest(cache: Cache) -> str:
    """A fingerprint of the synonym lists (changes when any group changes)."""
    digest = hashlib.sha256()
    with cache.read() as conn:
        rows = conn.execute(
            text("SELECT municipality, data FROM synonyms ORDER BY municipality, term")
        )
        for code, data in rows:
            digest.update(f"{code}\0{data}\0".encode())
    return digest.hexdigest()


def guide_count(cache: Cache) -> int:
    with cache.read() as conn:
        return int(conn.execute(text("SELECT count(*) FROM guides")).scalar() or 0)


M = TypeVar("M", bound=BaseModel)


def _all(cache: Cache, model: type[M], table: str, sort: str, scope: Scope) -> list[M]:
    """Every cached item of one kind in ``scope`` (the first municipality's first)."""
    with cache.read() as conn:
        cond, params = where(scope, home_of(conn))
        query = f"SELECT data FROM {table} WHERE {cond} ORDER BY {order(scope)}{sort}"
        return [
            model.model_validate_json(row) for row in conn.execute(text(query), params).scalars()
        ]


def areas(cache: Cache, scope: Scope = None) -> list[ServiceArea]:
    """The service areas of ``scope``; an area two municipalities share is listed once."""
    found = _all(cache, ServiceArea, "areas", "sort_order, name", scope)
    seen: set[str] = set()
    unique = []
    for area in found:
        if area.name not in seen:
            seen.add(area.name)
            unique.append(area)
    return unique


def area(cache: Cache, municipality: str, name: str) -> ServiceArea | None:
    """The cached service area ``name`` of ``municipality`` (areas are keyed by both)."""
    with cache.read() as conn:
        data = conn.execute(
            text("SELECT data FROM areas WHERE municipality = :m AND name = :n"),
            {"m": municipality, "n": name},
        ).scalar()
    return ServiceArea.model_validate_json(data) if data else None


def faq_entries(cache: Cache, scope: Scope = None) -> list[FaqEntry]:
    return _all(cache, FaqEntry, "faq", "category, question", scope)


def get_faq(
    cache: Cache, entry_id: str, municipality: str | Sequence[str] | None = None
) -> FaqEntry | None:
    prefer = [municipality] if isinstance(municipality, str) else list(municipality or ())
    with cache.read() as conn:
        rows = conn.execute(
            text("SELECT municipality, data FROM faq WHERE id = :id"), {"id": entry_id}
        ).all()
        data = _preferred(((str(m), str(d)) for m, d in rows), prefer, home_of(conn))
    return FaqEntry.model_validate_json(data) if data else None


def contacts(cache: Cache, scope: Scope = None) -> list[Contact]:
    return _all(cache, Contact, "contacts", "name", scope)


def synonyms(cache: Cache, scope: Scope = None) -> list[SynonymGroup]:
    return _all(cache, SynonymGroup, "synonyms", "term", scope)
