"""Local use: recently opened guides, use counts (for ranking) and favourites.

Kept per (municipality, guide id): a shared hotline holds several members' guides, which
share ids. ``municipality`` None (or '') is the account's own municipality.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, text

from .db import Cache
from .scope import Scope, doc_key, home_of, where

#: A guide as local use knows it: (guide id, municipality code).
GuideRef = tuple[str, str]


def _code(conn: Connection, guide_id: str, municipality: str | None) -> str:
    """``municipality``, else the own one; before the cache knows the own one (a cache
    not yet claimed by a login), the municipality of the cached guide."""
    if municipality:
        return municipality
    home_code = home_of(conn)
    if home_code:
        return home_code
    found = conn.execute(
        text("SELECT municipality FROM guides WHERE id = :g ORDER BY municipality LIMIT 1"),
        {"g": guide_id},
    )
    return str(found.scalar() or "")


def record_use(cache: Cache, guide_id: str, municipality: str | None = None) -> None:
    with cache.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO usage (municipality, guide_id, count, last_used) "
                "VALUES (:m, :g, 1, :t) ON CONFLICT (municipality, guide_id) DO UPDATE "
                "SET count = count + 1, last_used = excluded.last_used"
            ),
            {
                "m": _code(conn, guide_id, municipality),
                "g": guide_id,
                "t": datetime.now(UTC).isoformat(),
            },
        )


def counts(cache: Cache) -> dict[str, int]:
    """Times used, by the search index's key of the guide (a member's: ``id@code``)."""
    with cache.read() as conn:
        home_code = home_of(conn)
        rows = conn.execute(text("SELECT municipality, guide_id, count FROM usage"))
        return {doc_key(str(g), str(m), home_code): int(c) for m, g, c in rows}


def _scoped(scope: Scope, home_code: str) -> tuple[str, dict[str, object]]:
    cond, params = where(scope, home_code)
    return cond.replace("municipality", "x.municipality"), params


def recent(cache: Cache, limit: int = 10, scope: Scope = None) -> list[GuideRef]:
    """The guides of ``scope`` (default: the own municipality) last opened, newest first."""
    with cache.read() as conn:
        home_code = home_of(conn)
        cond, params = _scoped(scope, home_code)
        rows = conn.execute(
            text(
                "SELECT x.guide_id, x.municipality FROM usage x JOIN guides g "
                "ON g.id = x.guide_id AND g.municipality = x.municipality "
                f"WHERE {cond} ORDER BY x.last_used DESC LIMIT :n"
            ),
            {**params, "n": limit},
        )
        return [(str(g), str(m) or home_code) for g, m in rows]


def favourites(cache: Cache, scope: Scope = None) -> list[GuideRef]:
    """The favourite guides of ``scope`` (default: the own municipality), by title."""
    with cache.read() as conn:
        home_code = home_of(conn)
        cond, params = _scoped(scope, home_code)
        rows = conn.execute(
            text(
                "SELECT x.guide_id, x.municipality FROM favourites x JOIN guides g "
                "ON g.id = x.guide_id AND g.municipality = x.municipality "
                f"WHERE {cond} ORDER BY g.title, x.municipality"
            ),
            params,
        )
        return [(str(g), str(m) or home_code) for g, m in rows]


def is_favourite(cache: Cache, guide_id: str, municipality: str | None = None) -> bool:
    with cache.read() as conn:
        found = conn.execute(
            text("SELECT 1 FROM favourites WHERE municipality = :m AND guide_id = :g"),
            {"m": _code(conn, guide_id, municipality), "g": guide_id},
        )
        return found.first() is not None


def set_favourite(
    cache: Cache, guide_id: str, favourite: bool, municipality: str | None = None
) -> None:
    with cache.transaction() as conn:
        params = {"m": _code(conn, guide_id, municipality), "g": guide_id}
        if favourite:
            conn.execute(
                text(
                    "INSERT INTO favourites (municipality, guide_id, added_at) "
                    "VALUES (:m, :g, :t) ON CONFLICT (municipality, guide_id) DO NOTHING"
                ),
                {**params, "t": datetime.now(UTC).isoformat()},
            )
        else:
            conn.execute(
                text("DELETE FROM favourites WHERE municipality = :m AND guide_id = :g"), params
            )
