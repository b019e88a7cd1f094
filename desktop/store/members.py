"""A shared hotline's admitted member municipalities, as the server last listed them: the
caller's-municipality picker works offline from here."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from .db import Cache


@dataclass(frozen=True)
class Member:
    code: str
    name: str
    sender_name: str = ""


def replace(cache: Cache, members: list[Member]) -> None:
    with cache.transaction() as conn:
        conn.execute(text("DELETE FROM hotline_members"))
        if members:
            conn.execute(
                text(
                    "INSERT INTO hotline_members (code, name, sender_name) "
                    "VALUES (:code, :name, :sender_name)"
                ),
                [{"code": m.code, "name": m.name, "sender_name": m.sender_name} for m in members],
            )


def listed(cache: Cache) -> list[Member]:
    """The members, sorted by name."""
    with cache.read() as conn:
        rows = conn.execute(text("SELECT code, name, sender_name FROM hotline_members"))
        found = [Member(str(c), str(n), str(s)) for c, n, s in rows]
    return sorted(found, key=lambda m: (m.name.casefold(), m.code))


def get(cache: Cache, code: str) -> Member | None:
    return next((m for m in listed(cache) if m.code == code), None)
