"""Wire models for desktop store tests: guides and pull batches as the server sends them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from support.guides_da import GUIDES
from sync_server.protocol import Guide, PullBatch

UPDATED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def wire_guide(body: dict[str, Any] | None = None, **overrides: Any) -> Guide:
    """A ``Guide`` as a pull sends it (default: the first Danish test guide)."""
    data = dict(body or GUIDES[0])
    data.update(municipality="101", revision=1, updated_at=UPDATED.isoformat())
    data.update(overrides)
    return Guide.model_validate(data)


def all_guides() -> list[Guide]:
    return [wire_guide(body) for body in GUIDES]


def batch(cursor: int, has_more: bool = False, **lists: Any) -> PullBatch:
    return PullBatch(cursor=cursor, has_more=has_more, **lists)
