"""GET /api/v1/stats/summary on SQLite and PostgreSQL: equal to a plain-Python computation over
the same generated registrations (with corrections and undos), role checks, staff grouping."""

from __future__ import annotations

import random
import statistics
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session
from support.world import World

from sync_server.db.models import AccountRow, MunicipalityRow
from sync_server.protocol import GroupBy, Role

CPH = ZoneInfo("Europe/Copenhagen")
# The period spans the change to summer time (29 March 2026), so local days and hours matter.
FROM, TO = date(2026, 3, 25), date(2026, 4, 2)
AREAS = ["Flytning", "Sundhed", "MitID", "Digital Post", "Pension", None]
LOCATIONS = ["Borgerservice", "Kontaktcenter", "Hovedbiblioteket", "Filial Vest"]
CHANNELS = ["phone", "counter", "chat", "email", "video", "outreach"]
OUTCOMES = ["resolved"] * 4 + [
    "self_service",
    "assisted",
    "referred",
    "case_created",
    "not_resolved",
]
CITIZEN = ["digital", "not_digital", "special_needs", None]
TARGETS = ["Udbetaling Danmark", "Skattestyrelsen", "Regionen", None]
AGENT_ROLES = (Role.AGENT, Role.ADMIN, Role.MANAGER)  # everyone registers contacts


def _random_registration(rng: random.Random, start: datetime) -> dict[str, Any]:
    started = start + timedelta(seconds=rng.randrange(0, 12 * 24 * 3600))
    active = int(rng.lognormvariate(5.3, 0.8)) % 7200
    ended = started + timedelta(seconds=active + rng.choice([0, 0, 30, 300]))
    outcome = rng.choice(OUTCOMES)
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128))),
        "version": 1,
        "channel": rng.choice(CHANNELS),
        "location": rng.choice(LOCATIONS),
        "started_at": started.isoformat(),
        "ended_at": ended.isoformat(),
        "active_seconds": active,
        "guide_ids": [],
        "area": rng.choice(AREAS),
        "outcome": outcome,
        "referral_target": rng.choice(TARGETS) if outcome == "referred" else None,
        "citizen_type": rng.choice(CITIZEN),
    }


def _correct(rng: random.Random, reg: dict[str, Any]) -> dict[str, Any]:
    new = dict(reg, version=reg["version"] + 1)
    if rng.random() < 0.3:
        new["deleted"] = True
    else:
        new["outcome"] = rng.choice(OUTCOMES)
        new["referral_target"] = rng.choice(TARGETS) if new["outcome"] == "referred" else None
        new["area"] = rng.choice(AREAS)
        new["active_seconds"] = max(0, reg["active_seconds"] - rng.randrange(0, 30))
    return new


def _push(world: World, code: str, role: Role, items: list[dict[str, Any]]) -> None:
    for i in range(0, len(items), 1000):
        response = world.call(
            "POST", "/registrations", code, role, json={"items": items[i : i + 1000]}
        )
        assert response.status_code == 200, response.text


def _pseudonyms(engine: Engine, code: str) -> dict[Role, str]:
    with Session(engine) as session:
        rows = session.execute(
            select(AccountRow.role, AccountRow.pseudonym)
            .join(MunicipalityRow, MunicipalityRow.id == AccountRow.municipality_id)
            .where(MunicipalityRow.code == code)
        ).all()
    return {Role(role): pseudonym for role, pseudonym in rows}


def _allow_staff(engine: Engine, code: str, allowed: bool = True) -> None:
    with Session(engine) as session, session.begin():
        session.execute(
            update(MunicipalityRow)
            .where(MunicipalityRow.code == code)
            .values(per_person_stats=allowed)
        )


def _generate(world: World, engine: Engine, count: int = 3000) -> list[dict[str, Any]]:
    """Push ``count`` registrations for 101 (by three accounts, some corrected or undone,
    corrections sent out of order and twice) and some for 202; return 101's final rows."""
    rng = random.Random(20260325)
    start = datetime(2026, 3, 23, 12, 0, tzinfo=UTC)
    staff = _pseudonyms(engine, "101")
    final: dict[str, dict[str, Any]] = {}
    for role in AGENT_ROLES:
        batch = [_random_registration(rng, start) for _ in range(count // 3)]
        _push(world, "101", role, batch)
        corrections: list[dict[str, Any]] = []
        for reg in batch:
            latest = reg
            for _ in range(rng.choice([0, 0, 0, 1, 2])):
                latest = _correct(rng, latest)
                corrections.append(latest)
            final[reg["id"]] = dict(latest, staff=staff[role])
        rng.shuffle(corrections)  # an older version arriving later changes nothing
        _push(world, "101", role, corrections + corrections[: len(corrections) // 4])
    _push(world, "202", Role.AGENT, [_random_registration(rng, start) for _ in range(300)])
    return list(final.values())


def _key(reg: dict[str, Any], group_by: GroupBy) -> str | None:
    if group_by in (GroupBy.DAY, GroupBy.HOUR):
        local = datetime.fromisoformat(reg["started_at"]).astimezone(CPH)
        return local.strftime("%Y-%m-%d" if group_by is GroupBy.DAY else "%H")
    return reg.get(group_by.value)


def _stats(key: str | None, values: list[int]) -> dict[str, Any]:
    values = sorted(values)
    p90 = (
        statistics.quantiles(values, n=10, method="inclusive")[8] if len(values) > 1 else values[0]
    )
    return {
        "key": key,
        "count": len(values),
        "active_mean": statistics.fmean(values),
        "active_median": statistics.median(values),
        "active_p90": p90,
    }


def _expected(final: list[dict[str, Any]], group_by: GroupBy) -> dict[str, Any]:
    low = datetime.combine(FROM, datetime.min.time(), tzinfo=CPH)
    high = datetime.combine(TO + timedelta(days=1), datetime.min.time(), tzinfo=CPH)
    rows = [
        r
        for r in final
        if not r.get("deleted") and low <= datetime.fromisoformat(r["started_at"]) < high
    ]
    groups: dict[str | None, list[int]] = defaultdict(list)
    referrals: dict[str | None, list[int]] = defaultdict(list)
    for r in rows:
        groups[_key(r, group_by)].append(r["active_seconds"])
        if r["outcome"] == "referred":
            referrals[r["referral_target"]].append(r["active_seconds"])
    resolved = sum(1 for r in rows if r["outcome"] == "resolved")
    return {
        "total": len(rows),
        "resolved_share": resolved / len(rows),
        "groups": {k: _stats(k, v) for k, v in groups.items()},
        "referrals": {k: _stats(k, v) for k, v in referrals.items()},
    }


def _summary(world: World, group_by: GroupBy, role: Role = Role.MANAGER, code: str = "101") -> Any:
    params = {"from": FROM.isoformat(), "to": TO.isoformat(), "group_by": group_by.value}
    return world.call("GET", "/stats/summary", code, role, params=params)


def _assert_groups(
    actual: list[dict[str, Any]], expected: dict[str | None, dict[str, Any]]
) -> None:
    assert {g["key"] for g in actual} == set(expected)
    for group in actual:
        want = expected[group["key"]]
        assert group["count"] == want["count"], group["key"]
        for name in ("active_mean", "active_median", "active_p90"):
            assert group[name] == pytest.approx(want[name], rel=1e-9, abs=1e-6), (group, name)


def test_summary_equals_python_computation(world: World, engine: Engine) -> None:
    final = _generate(world, engine)
    _allow_staff(engine, "101")
    for group_by in GroupBy:
        response = _summary(world, group_by)
        assert response.status_code == 200, response.text
        body = response.json()
        expected = _expected(final, group_by)
        assert body["group_by"] == group_by.value
        assert body["period_from"] == FROM.isoformat() and body["period_to"] == TO.isoformat()
        assert body["total"] == expected["total"] > 1000
        assert body["resolved_share"] == pytest.approx(expected["resolved_share"])
        _assert_groups(body["groups"], expected["groups"])
        _assert_groups(body["referrals"], expected["referrals"])
        keys = [g["key"] for g in body["groups"]]
        if group_by in (GroupBy.DAY, GroupBy.HOUR):
            assert keys == sorted(keys)  # chronological
        else:
            counts = [g["count"] for g in body["groups"]]
            assert counts == sorted(counts, reverse=True)
    days = [g["key"] for g in _summary(world, GroupBy.DAY).json()["groups"]]
    assert days[0] == "2026-03-25" and days[-1] == "2026-04-02" and len(days) == 9
    assert len(_summary(world, GroupBy.STAFF).json()["groups"]) == 3


def test_other_municipality_sees_only_its_own(world: World, engine: Engine) -> None:
    _generate(world, engine, count=300)
    body = _summary(world, GroupBy.CHANNEL, Role.ADMIN, "202").json()
    assert 0 < body["total"] <= 300


def test_roles(world: World) -> None:
    for role in (Role.ADMIN, Role.MANAGER):
        assert _summary(world, GroupBy.AREA, role).status_code == 200
    refused = _summary(world, GroupBy.AREA, Role.AGENT)
    assert refused.status_code == 403
    assert refused.json()["error"] == "forbidden_role"
    anonymous = world.client.get(
        "/api/v1/stats/summary", params={"from": "2026-03-01", "to": "2026-03-31"}
    )
    assert anonymous.status_code == 401


def test_empty_period(world: World) -> None:
    body = _summary(world, GroupBy.OUTCOME, Role.ADMIN).json()
    assert body["total"] == 0 and body["resolved_share"] is None
    assert body["groups"] == [] and body["referrals"] == []


def test_staff_grouping_needs_per_person_stats(world: World, engine: Engine) -> None:
    refused = _summary(world, GroupBy.STAFF, Role.ADMIN)
    assert refused.status_code == 403
    assert refused.json()["error"] == "per_person_stats_off"
    assert "medarbejder" in refused.json()["detail"]
    _allow_staff(engine, "101")
    assert _summary(world, GroupBy.STAFF, Role.ADMIN).status_code == 200
    assert _summary(world, GroupBy.STAFF, Role.ADMIN, "202").status_code == 403


def test_bad_periods(world: World) -> None:
    backwards = world.call(
        "GET",
        "/stats/summary",
        "101",
        Role.ADMIN,
        params={"from": "2026-04-02", "to": "2026-03-01"},
    )
    assert backwards.status_code == 400 and backwards.json()["error"] == "bad_period"
    too_long = world.call(
        "GET",
        "/stats/summary",
        "101",
        Role.ADMIN,
        params={"from": "2020-01-01", "to": "2026-01-01"},
    )
    assert too_long.status_code == 400
    missing = world.call("GET", "/stats/summary", "101", Role.ADMIN, params={"from": "2026-03-01"})
    assert missing.status_code == 422
    wrong = world.call(
        "GET",
        "/stats/summary",
        "101",
        Role.ADMIN,
        params={"from": "2026-03-01", "to": "2026-03-02", "group_by": "shoe_size"},
    )
    assert wrong.status_code == 422
