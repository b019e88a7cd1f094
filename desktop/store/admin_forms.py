"""Unsaved directory and template forms: one row per form (see 0010_admin_forms.sql)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from .db import Cache


@dataclass(frozen=True)
class KeptForm:
    key: str  # e.g. "directory:101:faq:<id>", "directory:101:areas:new", "templates:101"
    data: dict[str, Any]  # the form's fields as typed
    base_revision: int | None  # the server's version the edit began from
    saved_at: datetime


def save(cache: Cache, key: str, data: dict[str, Any], base_revision: int | None) -> None:
    body = json.dumps({"data": data, "base_revision": base_revision}, ensure_ascii=False)
    with cache.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO admin_forms (key, body, saved_at) VALUES (:k, :b, :at) "
                "ON CONFLICT (key) DO UPDATE SET body = excluded.body, "
                "saved_at = excluded.saved_at"
            ),
            {"k": key, "b": body, "at": datetime.now(UTC).isoformat()},
        )


def get(cache: Cache, key: str) -> KeptForm | None:
    with cache.read() as conn:
        row = conn.execute(
            text("SELECT body, saved_at FROM admin_forms WHERE key = :k"), {"k": key}
        ).first()
    if row is None:
        return None
    body = json.loads(str(row[0]))
    base = body.get("base_revision")
    return KeptForm(
        key=key,
        data=dict(body.get("data") or {}),
        base_revision=None if base is None else int(base),
        saved_at=datetime.fromisoformat(str(row[1])),
    )


def discard(cache: Cache, key: str) -> None:
    with cache.transaction() as conn:
        conn.execute(text("DELETE FROM admin_forms WHERE key = :k"), {"k": key})
