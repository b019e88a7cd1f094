"""Generated registrations for the report tests and an independent computation of every
report figure from them (plain Python over the final versions)."""

from __future__ import annotations

import random
import uuid
from bisect import bisect_right
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from support.world import World
from sync_server.protocol import Role

CPH = ZoneInfo("Europe/Copenhagen")
GENERATED_FROM = datetime(2026, 2, 20, 0, 0, tzinfo=UTC)
AREAS = ["Flytning", "Sundhed", "MitID", "Digital Post", "Pension", None]
LOCATIONS = ["Borgerservice", "Kontaktcenter", "Hovedbiblioteket"]
CHANNELS = ["phone", "counter", "chat", "email", "video", "outreach"]
OUTCOMES = ["resolved"] * 4 + ["self_service", "assisted", "referred", "case_created"]
CITIZEN = ["digital", "not_digital", "special_needs", None]
TARGETS = ["Udbetaling Danmark", "Skattestyrelsen", "Regionen", None]
STUCK = ["Flytning", "Sygedagpenge", "Vielse", "Borger.dk login", None, None, None]
GUIDES = ["melde-flytning", "mitid", "sundhedskort", "pension"]
RATES = [
    {"channel": "phone", "valid_from": "2026-01-01", "per_minute": 6.5, "per_contact": 12.0},
    {"channel": "phone", "valid_from": "2026-04-15", "per_minute": 7.25, "per_contact": 10.0},
    {"channel": "counter", "valid_from": "2026-01-01", "per_minute": 8.0, "per_contact": 25.5},
    {"channel": "chat", "valid_from": "2026-03-28", "per_minute": 5.0, "per_contact": 2.0},
]


def random_registration(rng: random.Random, start: datetime, span_days: int) -> dict[str, Any]:
    started = start + timedelta(seconds=rng.randrange(0, span_days * 24 * 3600))
    active = int(rng.lognormvariate(5.3, 0.8)) % 7200
    outcome = rng.choice(OUTCOMES)
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128))),
        "version": 1,
        "channel": rng.choice(CHANNELS),
        "location": rng.choice(LOCATIONS),
        "started_at": started.isoformat(),
        "ended_at": (started + timedelta(seconds=active + 20)).isoformat(),
        "active_seconds": active,
        "guide_ids": rng.sample(GUIDES, rng.choice([0, 1, 1, 2])),
        "area": rng.choice(AREAS),
        "outcome": outcome,
        "referral_target": rng.choice(TARGETS) if outcome == "referred" else None,
        "citizen_type": rng.choice(CITIZEN),
        "stuck_solution": rng.choice(STUCK),
        "messages_sent": rng.choice([0, 0, 0, 1, 2]),
    }


def correct(rng: random.Random, reg: dict[str, Any]) -> dict[str, Any]:
    """A correction: undone, or another outcome, area and (sometimes) another day."""
    new = dict(reg, version=reg["version"] + 1)
    if rng.random() < 0.25:
        new["deleted"] = True
        return new
    new["outcome"] = rng.choice(OUTCOMES)
    new["referral_target"] = rng.choice(TARGETS) if new["outcome"] == "referred" else None
    new["area"] = rng.choice(AREAS)
    if rng.random() < 0.3:  # moved to another day
        moved = timedelta(days=rng.choice([-2, -1, 1, 3]))
        new["started_at"] = (datetime.fromisoformat(reg["started_at"]) + moved).isoformat()
        new["ended_at"] = (datetime.fromisoformat(reg["ended_at"]) + moved).isoformat()
    return new


def local_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    return (
        datetime.combine(first, time(0), tzinfo=CPH),
        datetime.combine(last + timedelta(days=1), time(0), tzinfo=CPH),
    )


def _rate(rates: list[dict[str, Any]], channel: str, day: date) -> dict[str, Any] | None:
    mine = sorted((r for r in rates if r["channel"] == channel), key=lambda r: r["valid_from"])
    index = bisect_right([date.fromisoformat(r["valid_from"]) for r in mine], day) - 1
    return mine[index] if index >= 0 else None


def expected(
    final: list[dict[str, Any]],
    first: date,
    last: date,
    rates: list[dict[str, Any]] = RATES,
    goal_channels: tuple[str, ...] = ("phone", "counter"),
    **filters: str | None,
) -> dict[str, Any]:
    """Every figure of the report, computed directly from the registrations."""
    low, high = local_bounds(first, last)
    rows = [
        r
        for r in final
        if not r.get("deleted")
        and low <= datetime.fromisoformat(r["started_at"]) < high
        and all(v is None or (r.get(k) or "") == v for k, v in filters.items())
    ]
    dims: dict[str, dict[Any, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    costs: dict[str, float] = defaultdict(float)
    for r in rows:
        local = datetime.fromisoformat(r["started_at"]).astimezone(CPH)
        resolved = 1 if r["outcome"] == "resolved" else 0
        keys = {
            "area": r["area"],
            "channel": r["channel"],
            "location": r["location"],
            "hour": f"{local.hour:02d}",
            "weekday": str(local.isoweekday()),
            "outcome": r["outcome"],
            "citizen_type": r["citizen_type"],
        }
        if r["outcome"] == "referred":
            keys["referrals"] = r["referral_target"]
        if r.get("stuck_solution"):
            keys["stuck"] = (
                r["stuck_solution"] if r["stuck_solution"] != "Borger.dk login" else "Andet"
            )
        for name, key in keys.items():
            entry = dims[name][key]
            entry[0] += 1
            entry[1] += r["active_seconds"]
            entry[2] += resolved
        for guide in set(r["guide_ids"]):
            entry = dims["guides"][guide]
            entry[0] += 1
            entry[1] += r["active_seconds"]
        rate = _rate(rates, r["channel"], local.date())
        if rate is not None:
            costs[r["channel"]] += (
                rate["per_contact"] + r["active_seconds"] / 60 * rate["per_minute"]
            )
    goal = [r for r in rows if r["channel"] in goal_channels]
    return {
        "total": len(rows),
        "active_seconds": sum(r["active_seconds"] for r in rows),
        "resolved": sum(1 for r in rows if r["outcome"] == "resolved"),
        "goal_channels_share": (
            sum(1 for r in goal if r["outcome"] == "resolved") / len(goal) if goal else None
        ),
        "messages_sent": sum(r.get("messages_sent", 0) for r in rows),
        "dims": {name: dict(values) for name, values in dims.items()},
        "costs": dict(costs),
        "ids": {r["id"] for r in rows},
    }


def as_utc(value: str) -> datetime:
    return datetime.fromisoformat(value).astimezone(UTC)


def _push(world: World, role: Role, items: list[dict[str, Any]], code: str = "101") -> None:
    for i in range(0, len(items), 1000):
        response = world.call(
            "POST", "/registrations", code, role, json={"items": items[i : i + 1000]}
        )
        assert response.status_code == 200, response.text


def generate(world: World, count: int = 1500, seed: int = 14) -> list[dict[str, Any]]:
    """Registrations over 20 Feb – 10 May 2026 by three accounts of 101, corrected (some
    moved to another day, some undone, sent again and out of order), plus some of 202."""
    rng = random.Random(seed)
    final: dict[str, dict[str, Any]] = {}
    for role in (Role.AGENT, Role.ADMIN, Role.MANAGER):
        batch = [random_registration(rng, GENERATED_FROM, 80) for _ in range(count // 3)]
        _push(world, role, batch)
        corrections = []
        for reg in batch:
            latest = reg
            for _ in range(rng.choice([0, 0, 0, 1, 2])):
                latest = correct(rng, latest)
                corrections.append(latest)
            final[reg["id"]] = latest
        rng.shuffle(corrections)
        _push(world, role, corrections + corrections[: len(corrections) // 3])
        # an older version after the newer changes nothing
        _push(world, role, [c for c in corrections if c["version"] == 2][:20])
    _push(
        world, Role.AGENT, [random_registration(rng, GENERATED_FROM, 80) for _ in range(200)], "202"
    )
    return list(final.values())


def put_settings(world: World) -> None:
    body = {
        "resolved_goal": 0.3,
        "goal_channels": ["phone", "counter"],
        "self_service_cost": 4.0,
        "rates": RATES,
    }
    response = world.call("PUT", "/reports/settings", json=body)
    assert response.status_code == 200, response.text
