"""Local use: recently opened guides, use counts (for ranking) and favourites."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from .db import Cache


def record_use(cache: Cache, guide_id: str) -> None:
    with cache.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO usage (guide_id, count, last_used) VALUES (:g, 1, :t) "
                "ON CONFLICT (guide_id) DO UPDATE SET count = count + 1, "
                "last_used = excluded.last_used"
            ),
            {"g": guide_id, "t": datetime.now(UTC).isoformat()},
        )


def counts(cache: Cache) -> dict[str, int]:
    with cache.read() as conn:
        return {
            row[0]: int(row[1]) for row in conn.execute(text("SELECT guide_id, count FROM usage"))
        }


def recent(cache: Cache, limit: int = 10) -> list[str]:
    with cache.read() as conn:
        rows = conn.execute(
            text(
                "SELECT u.guide_id FROM usage u JOIN guides g ON g.id = "
                "u.guide_id ORDER BY u.last_used DESC LIMIT :n"
            ),
            {"n": limit},
        )
        return [row[0] for row in rows]


def favourites(cache: Cache) -> list[str]:
    with cache.read() as conn:
        rows = conn.execute(
            text(
                "SELECT f.guide_id FROM favourites f JOIN guides g ON g.id = "
                "f.guide_id ORDER BY g.title"
            )
        )
        return [row[0] for row in rows]


def is_favourite(cache: Cache, guide_id: str) -> bool:
    with cache.read() as conn:
        return (
            conn.execute(
                text("SELECT 1 FROM favourites WHERE guide_id = :g"), {"g": guide_id}
            ).first()
            is not None
        )


def set_favourite(cache: Cache, guide_id: str, favourite: bool) -> None:
    with cache.transaction() as conn:
        if favourite:
            conn.execute(
                text(
                    "INSERT INTO favourites (guide_id, added_at) VALUES (:g, :t) "
                    "ON CONFLICT (guide_id) DO NOTHING"
                ),
                {"g": guide_id, "t": datetime.now(UTC).isoformat()},
            )
        else:
            conn.execute(text("DELETE FROM favourites WHERE guide_id = :g"), {"g": guide_id})
