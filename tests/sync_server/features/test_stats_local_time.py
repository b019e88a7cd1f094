"""Local days and hours in the summary at the edges: the changes to and from summer time, the
last second before and the first second of a local day, and the edges of the period. On
SQLite and PostgreSQL (which compute them differently), against zoneinfo."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from support.world import World

from sync_server.features.stats.repository import _offset_changes
from sync_server.features.stats.service import period_bounds
from sync_server.protocol import GroupBy, Role

CPH = ZoneInfo("Europe/Copenhagen")


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# Summer time 2026: from 29 March 01:00 UTC (02:00 → 03:00) to 25 October 01:00 UTC
# (03:00 → 02:00, so 02:00–03:00 local happens twice).
INSTANTS = [
    _utc("2026-03-27 22:59:59"),  # the period starts 28 March 00:00 local: outside
    _utc("2026-03-27 23:00:00"),  # 28 March 00:00 local: the first second inside
    _utc("2026-03-28 22:59:59"),  # 28 March 23:59:59
    _utc("2026-03-28 23:00:00"),  # 29 March 00:00
    _utc("2026-03-29 00:59:59"),  # 01:59:59 winter time
    _utc("2026-03-29 01:00:00"),  # 03:00 summer time (02:xx does not exist)
    _utc("2026-03-29 21:59:59"),  # 29 March 23:59:59 summer time
    _utc("2026-03-29 22:00:00"),  # 30 March 00:00
    _utc("2026-10-24 21:59:59"),  # 24 October 23:59:59 summer time
    _utc("2026-10-24 22:00:00"),  # 25 October 00:00
    _utc("2026-10-25 00:30:00"),  # 02:30 summer time
    _utc("2026-10-25 00:59:59"),  # 02:59:59 summer time
    _utc("2026-10-25 01:00:00"),  # 02:00 winter time (the second 02:00)
    _utc("2026-10-25 01:30:00"),  # 02:30 winter time
    _utc("2026-10-25 02:00:00"),  # 03:00
    _utc("2026-10-25 22:59:59"),  # 25 October 23:59:59 winter time
    _utc("2026-10-25 23:00:00"),  # 26 October 00:00: the period ends 25 October: outside
]
FROM, TO = date(2026, 3, 28), date(2026, 10, 25)


def test_offset_changes_of_2026() -> None:
    start, end = period_bounds(date(2026, 1, 1), date(2026, 12, 31))
    changes, offsets = _offset_changes(start, end, CPH)
    assert changes == [_utc("2026-03-29 01:00:00"), _utc("2026-10-25 01:00:00")]
    assert offsets == [3600, 7200, 3600]
    start, end = period_bounds(date(2026, 5, 1), date(2026, 5, 31))
    assert _offset_changes(start, end, CPH) == ([], [7200])


def _registration(started: datetime, seconds: int) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "version": 1,
        "channel": "phone",
        "location": "Kontaktcenter",
        "started_at": started.isoformat(),
        "ended_at": (started + timedelta(seconds=seconds)).isoformat(),
        "active_seconds": seconds,
        "guide_ids": [],
        "outcome": "resolved",
    }


@pytest.mark.parametrize("group_by", [GroupBy.DAY, GroupBy.HOUR])
def test_local_days_and_hours_at_the_edges(world: World, group_by: GroupBy) -> None:
    items = [_registration(instant, 60 + i) for i, instant in enumerate(INSTANTS)]
    pushed = world.call("POST", "/registrations", "101", Role.AGENT, json={"items": items})
    assert pushed.status_code == 200, pushed.text
    params = {"from": str(FROM), "to": str(TO), "group_by": group_by.value}
    response = world.call("GET", "/stats/summary", "101", Role.MANAGER, params=params)
    assert response.status_code == 200, response.text
    body = response.json()

    pattern = "%Y-%m-%d" if group_by is GroupBy.DAY else "%H"
    inside = [instant.astimezone(CPH) for instant in INSTANTS[1:-1]]
    expected = Counter(local.strftime(pattern) for local in inside)
    assert {g["key"]: g["count"] for g in body["groups"]} == dict(expected)
    assert body["total"] == len(INSTANTS) - 2
    if group_by is GroupBy.HOUR:
        # Both 02:xx of 25 October, no 02:xx on 29 March.
        assert expected["02"] == 4 and expected["03"] == 2
    else:
        assert expected["2026-10-25"] == 7 and expected["2026-03-29"] == 4
