"""Danish formats for what the UI shows: dates ``dd-mm-åååå`` and times ``tt:mm``."""

from __future__ import annotations

from datetime import date, datetime


def danish_datetime(value: str | datetime | None) -> str:
    """``03-03-2026 14:05`` in local time; empty for nothing or garbage."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d-%m-%Y %H:%M")


def danish_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def breakable_url(url: str) -> str:
    """The URL with zero-width spaces after separators, so a label can wrap it."""
    out = []
    for char in url:
        out.append(char)
        if char in "/.?&=-_":
            out.append("\u200b")
    return "".join(out)
