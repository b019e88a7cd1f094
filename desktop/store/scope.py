"""Whose content: the cache holds the account's own municipality's content ("home") and, for a
shared hotline, each admitted member's. Guides of different municipalities share ids, so the
search index knows a member's document by a key ``"{id}@{code}"`` (``@`` is never part of an
id); the home municipality's documents keep their plain id.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, text

from .db import Cache, set_meta

HOME_KEY = "home_municipality"
#: A scope meaning "every municipality in the cache" (the search index, counts).
EVERY: tuple[str, ...] = ("*",)
#: Content tables and their key column.
CONTENT_TABLES = (
    ("guides", "id"),
    ("faq", "id"),
    ("areas", "name"),
    ("contacts", "id"),
    ("synonyms", "term"),
)
#: Local tables keyed by (municipality, guide id): the use of guides and favourites.
LOCAL_TABLES = ("usage", "favourites")

Scope = Sequence[str] | None


def home(cache: Cache) -> str:
    """The account's own municipality (or hotline) code; '' before it is known."""
    return cache.meta(HOME_KEY) or ""


def home_of(conn: Connection) -> str:
    found = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": HOME_KEY})
    return str(found.scalar() or "")


def claim_home(cache: Cache, code: str) -> None:
    """Remember whose desktop this is. Rows from before the cache knew it (a migrated cache
    without guides) are the account's own."""
    if not code or home(cache) == code:
        return
    with cache.transaction() as conn:
        set_meta(conn, HOME_KEY, code)
        for table in (*(table for table, _key in CONTENT_TABLES), *LOCAL_TABLES):
            conn.execute(
                text(f"UPDATE {table} SET municipality = :c WHERE municipality = ''"), {"c": code}
            )
        if not conn.execute(
            text("SELECT 1 FROM pull_cursors WHERE municipality = :c"), {"c": code}
        ).first():
            conn.execute(
                text("UPDATE pull_cursors SET municipality = :c WHERE municipality = ''"),
                {"c": code},
            )


def doc_key(item_id: str, municipality: str, home_code: str) -> str:
    """The search index's key of a document."""
    if not municipality or municipality == home_code:
        return item_id
    return f"{item_id}@{municipality}"


def split_key(key: str) -> tuple[str, str | None]:
    """``(id, municipality)`` of an index key (None: the home municipality's)."""
    item_id, sep, code = key.partition("@")
    return (item_id, code) if sep else (key, None)


def where(scope: Scope, home_code: str) -> tuple[str, dict[str, object]]:
    """A SQL condition (and its parameters) limiting rows to ``scope``: the listed
    municipalities, or the home one when None (every row while home is unknown; a row
    written without a municipality is the home one's)."""
    if scope is None:
        if not home_code:
            return "1 = 1", {}
        return "municipality IN (:s0, '')", {"s0": home_code}
    if tuple(scope) == EVERY:
        return "1 = 1", {}
    codes = list(dict.fromkeys(scope))
    if not codes:
        return "1 = 0", {}
    marks = ", ".join(f":s{n}" for n in range(len(codes)))
    return f"municipality IN ({marks})", {f"s{n}": code for n, code in enumerate(codes)}


def order(scope: Scope) -> str:
    """An ORDER BY prefix putting the first municipality of ``scope`` first."""
    if scope is None or tuple(scope) == EVERY or len(scope) < 2:
        return ""
    return "(municipality <> :s0), "
