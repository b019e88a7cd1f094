"""GET /api/v1/reports/benchmark on SQLite and PostgreSQL: the own figures beside the median
of the participating municipalities, checked against an independent computation over the
generated registrations; a median of four municipalities is withheld; a municipality that
did not opt in is never counted and sees no medians; no other municipality is named."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from support.report_data import RATES, correct, expected, random_registration
from support.world import World, seed_world

from sync_server.config import Settings
from sync_server.protocol import Channel, Role

CODES = ("101", "202", "303", "404", "505", "606", "707")
OPTED_IN = CODES[:6]  # 707 stays out
WITH_RATES = ("101", "202", "303", "404", "707")  # 505 and 606 have no cost rates
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
START = datetime(2026, 3, 1, 0, 0, tzinfo=UTC)


@pytest.fixture
def many(client: TestClient, engine: Engine, settings: Settings, password_hash: str) -> World:
    return World(client=client, tokens=seed_world(engine, settings, password_hash, CODES))


def _ok(response: Any) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def _generate(world: World, code: str, seed: int) -> list[dict[str, Any]]:
    """Registrations of March (and a few in April), some corrected or undone."""
    rng = random.Random(seed)
    regs = [random_registration(rng, START, 40) for _ in range(120 + seed * 7)]
    if code == "707":  # far from the others: would move every median if it were counted
        for reg in regs:
            ended = datetime.fromisoformat(reg["started_at"]) + timedelta(hours=2)
            reg.update(outcome="resolved", channel="video", active_seconds=7000)
            reg["ended_at"] = ended.isoformat()
            reg["referral_target"] = None
    _ok(world.call("POST", "/registrations", code, Role.AGENT, json={"items": regs}))
    final = {reg["id"]: reg for reg in regs}
    fixes = [correct(rng, reg) for reg in regs[:30]]
    _ok(world.call("POST", "/registrations", code, Role.AGENT, json={"items": fixes}))
    final.update({fix["id"]: fix for fix in fixes})
    return list(final.values())


def _own(final: list[dict[str, Any]], first: date, last: date, rates: bool) -> dict[str, Any]:
    """The benchmark figures of one municipality, computed from its registrations."""
    want = expected(final, first, last)
    total = want["total"]
    channels = want["dims"].get("channel", {})
    return {
        ("resolved_share", None): want["resolved"] / total,
        ("active_mean", None): want["active_seconds"] / total,
        **{("channel_share", c.value): channels.get(c.value, [0])[0] / total for c in Channel},
        ("cost_per_contact", None): sum(want["costs"].values()) / total if rates else None,
    }


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _benchmark(world: World, code: str, first: date, last: date) -> dict[str, Any]:
    params = {"from": first.isoformat(), "to": last.isoformat()}
    return _ok(world.call("GET", "/reports/benchmark", code, Role.MANAGER, params=params))


def _figures(body: dict[str, Any]) -> dict[tuple[str, str | None], dict[str, Any]]:
    return {(f["measure"], f["channel"]): f for f in body["figures"]}


def _join(world: World, code: str, participating: bool) -> None:
    body = {"participating": participating}
    got = _ok(world.call("PUT", "/reports/benchmark/participation", code, json=body))
    assert got == body


def test_medians_equal_independent_computation(many: World) -> None:
    finals = {}
    for seed, code in enumerate(CODES, start=1):
        if code in WITH_RATES:
            _ok(many.call("PUT", "/reports/settings", code, json={"rates": RATES}))
        finals[code] = _generate(many, code, seed)
    for code in OPTED_IN:
        _join(many, code, True)
    for first, last in (MARCH, (date(2026, 3, 5), date(2026, 3, 20))):  # months; days
        owns = {c: _own(finals[c], first, last, c in WITH_RATES) for c in CODES}
        for code in ("101", "505"):
            body = _benchmark(many, code, first, last)
            assert body["participating"] is True and body["minimum"] == 5
            figures = _figures(body)
            assert set(figures) == set(owns[code])
            for key, figure in figures.items():
                mine = owns[code][key]
                assert figure["own"] == (pytest.approx(mine) if mine is not None else None), key
                values = [owns[c][key] for c in OPTED_IN if owns[c][key] is not None]
                if len(values) >= 5:  # 707 is never among them
                    assert figure["median"] == pytest.approx(_median(values)), key
                    assert figure["participants"] == len(values) and figure["withheld"] is None
                else:  # cost per contact: only 101–404 of the participants have rates
                    assert key == ("cost_per_contact", None)
                    assert figure["median"] is None and figure["participants"] is None
                    assert figure["withheld"] == "too_few"
            # nothing in the answer names or singles out a municipality
            assert set(body) == {"period_from", "period_to", "participating", "minimum", "figures"}
            keys = {"measure", "channel", "own", "median", "participants", "withheld"}
            assert all(set(f) == keys for f in body["figures"])
            assert "Kommune" not in str(body)


def test_four_participants_are_withheld_and_outsiders_see_only_their_own(many: World) -> None:
    finals = {code: _generate(many, code, seed) for seed, code in enumerate(CODES[:5], start=1)}
    for code in CODES[:4]:
        _join(many, code, True)
    body = _benchmark(many, "101", *MARCH)
    own = _own(finals["101"], *MARCH, rates=False)
    for key, figure in _figures(body).items():
        assert figure["median"] is None and figure["participants"] is None
        assert figure["withheld"] == "too_few"
        assert figure["own"] == (pytest.approx(own[key]) if own[key] is not None else None)
    # 505 has data but did not opt in: its own figures, no medians (though five have data)
    outside = _benchmark(many, "505", *MARCH)
    assert outside["participating"] is False
    for figure in outside["figures"]:
        assert figure["median"] is None and figure["withheld"] == "not_participating"
    _join(many, "505", True)  # now five: shown
    shown = _figures(_benchmark(many, "101", *MARCH))[("resolved_share", None)]
    assert shown["participants"] == 5 and shown["withheld"] is None
    values = [_own(finals[c], *MARCH, rates=False)[("resolved_share", None)] for c in CODES[:5]]
    assert shown["median"] == pytest.approx(_median(values))
    _join(many, "303", False)  # and out again: four
    again = _figures(_benchmark(many, "101", *MARCH))[("resolved_share", None)]
    assert again["median"] is None and again["withheld"] == "too_few"


def test_participation_roles_and_periods(many: World) -> None:
    path = "/reports/benchmark/participation"
    assert _ok(many.call("GET", path, "101", Role.MANAGER)) == {"participating": False}
    refused = many.call("PUT", path, "101", Role.MANAGER, json={"participating": True})
    assert refused.status_code == 403 and refused.json()["error"] == "forbidden_role"
    for method, route in (("GET", "/reports/benchmark"), ("GET", path), ("PUT", path)):
        response = many.call(
            method, route, "101", Role.AGENT, params={"period": "month", "date": "2026-03-01"}
        )
        assert response.status_code == 403, (method, route)
    bad = many.call("PUT", path, "101", json={"participating": "måske"})
    assert bad.status_code == 422
    assert _ok(many.call("GET", path, "101", Role.MANAGER)) == {"participating": False}
    wrong = many.call("GET", "/reports/benchmark", "101", Role.MANAGER, params={})
    assert wrong.status_code == 400 and "Angiv perioden" in wrong.text
    empty = _benchmark(many, "101", date(2025, 1, 1), date(2025, 1, 31))  # no data at all
    assert all(f["own"] is None and f["median"] is None for f in empty["figures"])
