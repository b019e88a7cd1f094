"""Learned search terms in the cache: the guides' terms taught by the municipality's use."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection, text

from sync_server.protocol import LearnedTerm

from .db import Cache


def replace(conn: Connection, terms: Sequence[LearnedTerm]) -> set[str]:
    """Replace every learned term with ``terms``; the guides whose terms changed."""
    new: dict[str, list[str]] = defaultdict(list)
    for term in terms:
        if term.term not in new[term.guide_id]:
            new[term.guide_id].append(term.term)
    old = {
        str(g): json.loads(t)
        for g, t in conn.execute(text("SELECT guide_id, terms FROM learned_terms"))
    }
    changed = {g for g in old.keys() | new.keys() if old.get(g) != new.get(g)}
    for guide_id in changed:
        conn.execute(text("DELETE FROM learned_terms WHERE guide_id = :g"), {"g": guide_id})
        if guide_id in new:
            conn.execute(
                text("INSERT INTO learned_terms (guide_id, terms) VALUES (:g, :t)"),
                {"g": guide_id, "t": json.dumps(new[guide_id], ensure_ascii=False)},
            )
    return changed


def all_terms(cache: Cache) -> dict[str, list[str]]:
    """Guide id → its learned search terms."""
    with cache.read() as conn:
        return {
            str(g): list(json.loads(t))
            for g, t in conn.execute(text("SELECT guide_id, terms FROM learned_terms"))
        }
