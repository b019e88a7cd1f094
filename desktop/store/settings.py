"""Per-profile settings stored in the cache (workstation presets, UI choices)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text

from .db import Cache


def load(cache: Cache) -> dict[str, Any]:
    with cache.read() as conn:
        return {
            row[0]: json.loads(row[1])
            for row in conn.execute(text("SELECT key, value FROM settings"))
        }


def save(cache: Cache, values: dict[str, Any]) -> None:
    with cache.transaction() as conn:
        for key, value in values.items():
            conn.execute(
                text(
                    "INSERT INTO settings (key, value) VALUES (:k, :v) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                ),
                {"k": key, "v": json.dumps(value, ensure_ascii=False)},
            )
