"""The guide editor's autosave: one row per edit in progress (see 0006_admin_drafts.sql)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text

from .db import Cache


@dataclass(frozen=True)
class AdminDraft:
    key: str  # the guide id, or "new:<uuid>" for a guide not yet on the server
    guide_id: str | None
    title: str
    base_revision: int | None
    body: str  # the editor's GuideWrite as JSON
    send: str | None  # the status asked for while offline, else None
    saved_at: datetime


_COLUMNS = "key, guide_id, title, base_revision, body, send, saved_at"


def save(
    cache: Cache,
    key: str,
    *,
    guide_id: str | None,
    title: str,
    base_revision: int | None,
    body: str,
    send: str | None = None,
) -> None:
    with cache.transaction() as conn:
        conn.execute(
            text(
                f"INSERT INTO admin_drafts ({_COLUMNS}) VALUES (:key, :gid, :title, :base, :body, "
                ":send, :at) ON CONFLICT (key) DO UPDATE SET guide_id = excluded.guide_id, "
                "title = excluded.title, base_revision = excluded.base_revision, "
                "body = excluded.body, send = coalesce(excluded.send, admin_drafts.send), "
                "saved_at = excluded.saved_at"
            ),
            {
                "key": key,
                "gid": guide_id,
                "title": title,
                "base": base_revision,
                "body": body,
                "send": send,
                "at": datetime.now(UTC).isoformat(),
            },
        )


def _draft(row: tuple[object, ...]) -> AdminDraft:
    key, gid, title, base, body, send, at = row
    return AdminDraft(
        key=str(key),
        guide_id=None if gid is None else str(gid),
        title=str(title),
        base_revision=None if base is None else int(str(base)),
        body=str(body),
        send=None if send is None else str(send),
        saved_at=datetime.fromisoformat(str(at)),
    )


def get(cache: Cache, key: str) -> AdminDraft | None:
    with cache.read() as conn:
        row = conn.execute(
            text(f"SELECT {_COLUMNS} FROM admin_drafts WHERE key = :k"), {"k": key}
        ).first()
    return None if row is None else _draft(tuple(row))


def all_drafts(cache: Cache) -> list[AdminDraft]:
    with cache.read() as conn:
        rows = conn.execute(text(f"SELECT {_COLUMNS} FROM admin_drafts ORDER BY saved_at DESC"))
        return [_draft(tuple(row)) for row in rows]


def to_send(cache: Cache) -> list[AdminDraft]:
    return [draft for draft in all_drafts(cache) if draft.send]


def discard(cache: Cache, key: str) -> None:
    with cache.transaction() as conn:
        conn.execute(text("DELETE FROM admin_drafts WHERE key = :k"), {"k": key})
