"""GET /api/v1/reports/figures on SQLite and PostgreSQL: every figure equals an independent
computation over the same generated registrations (with corrections that move days and
undos), over whole months (monthly rollups), ranges across the change to summer time
(daily rollups), one day, an empty period and filters; settings, roles and bad input."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from support.report_data import expected, generate, put_settings
from support.world import World

from sync_server.protocol import Role

DIMS = {
    "by_area": "area",
    "by_channel": "channel",
    "by_location": "location",
    "by_hour": "hour",
    "by_weekday": "weekday",
    "by_outcome": "outcome",
    "by_citizen_type": "citizen_type",
    "referrals": "referrals",
    "stuck": "stuck",
    "guides": "guides",
}
WITH_RESOLVED = {"by_area", "by_channel", "by_location"}


def figures(world: World, role: Role = Role.MANAGER, **params: Any) -> dict[str, Any]:
    response = world.call("GET", "/reports/figures", "101", role, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def assert_figures(body: dict[str, Any], want: dict[str, Any]) -> None:
    assert body["total"] == want["total"]
    assert body["active_seconds"] == want["active_seconds"]
    assert body["resolved"] == want["resolved"]
    assert body["messages_sent"] == want["messages_sent"]
    if want["total"]:
        assert body["resolved_share"] == pytest.approx(want["resolved"] / want["total"])
        assert body["active_mean"] == pytest.approx(want["active_seconds"] / want["total"])
    else:
        assert body["resolved_share"] is None and body["active_mean"] is None
    assert body["goal_channels_share"] == pytest.approx(want["goal_channels_share"])
    for name, dim in DIMS.items():
        expect = want["dims"].get(dim, {})
        got = {f["key"]: f for f in body[name]}
        if name == "guides":
            assert len(got) == min(len(expect), 25)
        else:
            assert set(got) == set(expect), name
        for key, figure in got.items():
            count, seconds, resolved = expect[key]
            assert (figure["count"], figure["active_seconds"]) == (count, seconds), (name, key)
            assert figure["active_mean"] == pytest.approx(seconds / count)
            assert figure["resolved"] == (resolved if name in WITH_RESOLVED else None)
    costs = {c["channel"]: c for c in body["costs"]}
    assert set(costs) == set(want["dims"].get("channel", {}))
    for channel, cost in costs.items():
        assert cost["cost"] == pytest.approx(want["costs"].get(channel, 0.0), abs=0.01)
    assert body["cost"] == pytest.approx(sum(want["costs"].values()), abs=0.05)


PERIODS = [
    (date(2026, 3, 1), date(2026, 4, 30)),  # whole months; a chat rate starts 28 March
    (date(2026, 3, 25), date(2026, 4, 2)),  # across the change to summer time
    (date(2026, 3, 29), date(2026, 3, 29)),  # the day of 23 hours
    (date(2026, 2, 20), date(2026, 5, 10)),  # everything, partial months at both ends
    (date(2025, 1, 1), date(2025, 12, 31)),  # empty
]


def test_figures_equal_independent_computation(world: World) -> None:
    put_settings(world)
    final = generate(world)
    for first, last in PERIODS:
        body = figures(world, **{"from": first.isoformat(), "to": last.isoformat()})
        assert_figures(body["current"], expected(final, first, last))
        assert body["current"]["period_from"] == first.isoformat()
    body = figures(world, **{"from": "2026-04-01", "to": "2026-04-30"})
    assert body["previous"]["period_from"] == "2026-03-01"
    assert body["previous"]["period_to"] == "2026-03-31"
    assert_figures(body["previous"], expected(final, date(2026, 3, 1), date(2026, 3, 31)))
    assert body["resolved_goal"] == 0.3 and body["goal_channels"] == ["phone", "counter"]


def test_filters_and_period_kinds(world: World) -> None:
    put_settings(world)
    final = generate(world, count=600, seed=7)
    month = (date(2026, 3, 1), date(2026, 3, 31))
    body = figures(
        world, period="month", date="2026-03-17", channel="phone", location="Borgerservice"
    )
    assert_figures(
        body["current"], expected(final, *month, channel="phone", location="Borgerservice")
    )
    body = figures(world, period="month", date="2026-03-17", area="")  # area not stated
    assert_figures(body["current"], expected(final, *month, area=""))
    for one in ({"channel": "chat"}, {"location": "Kontaktcenter"}, {"area": "MitID"}):
        body = figures(world, **{"from": "2026-03-10", "to": "2026-04-30"}, **one)
        assert_figures(
            body["current"], expected(final, date(2026, 3, 10), date(2026, 4, 30), **one)
        )
    body = figures(world, year=2026, week=13)  # the counting week 23–29 March
    assert body["current"]["period_from"] == "2026-03-23"
    assert_figures(body["current"], expected(final, date(2026, 3, 23), date(2026, 3, 29)))
    assert body["previous"]["period_from"] == "2026-03-16"
    body = figures(world, period="quarter", date="2026-02-02")
    assert (body["current"]["period_from"], body["current"]["period_to"]) == (
        "2026-01-01",
        "2026-03-31",
    )
    assert_figures(body["current"], expected(final, date(2026, 1, 1), date(2026, 3, 31)))


def test_channel_shift_saving(world: World) -> None:
    put_settings(world)
    final = generate(world, count=600, seed=3)
    body = figures(
        world,
        **{"from": "2026-03-01", "to": "2026-03-31"},
        shift_channel="phone",
        shift_area="Flytning",
        shift_percent=30,
    )
    want = expected(final, date(2026, 3, 1), date(2026, 3, 31), channel="phone", area="Flytning")
    shift = body["shift"]
    assert shift["contacts"] == want["total"] > 0
    per_contact = want["costs"]["phone"] / want["total"]
    assert shift["saving"] == pytest.approx(want["total"] * 0.3 * (per_contact - 4.0), abs=0.01)


def test_settings_round_trip_and_roles(world: World) -> None:
    put_settings(world)
    got = world.call("GET", "/reports/settings", role=Role.MANAGER).json()
    assert [r["per_minute"] for r in got["rates"] if r["channel"] == "phone"] == [6.5, 7.25]
    refused = world.call("PUT", "/reports/settings", role=Role.MANAGER, json=got)
    assert refused.status_code == 403
    for path in ("/reports/figures", "/reports/export", "/reports/settings"):
        params = {"period": "month", "date": "2026-03-01"}
        response = world.call("GET", path, role=Role.AGENT, params=params)
        assert response.status_code == 403 and response.json()["error"] == "forbidden_role"
    twice = {**got, "rates": got["rates"] + got["rates"][:1]}
    bad = world.call("PUT", "/reports/settings", json=twice)
    assert bad.status_code == 422 and "samme dato" in bad.text
    assert world.call("GET", "/reports/settings").json() == got  # nothing half-saved


def test_bad_periods_and_filters_are_refused_in_danish(world: World) -> None:
    cases = [
        ({"from": "2026-03-02", "to": "2026-03-01"}, 400, "slutter, før"),
        ({"from": "2020-01-01", "to": "2026-03-01"}, 400, "højst være tre år"),
        ({}, 400, "Angiv perioden"),
        ({"year": 2027, "week": 53}, 400, "2027 har ingen uge 53"),
        ({"period": "month", "date": "2026-03-01", "location": "0101901234"}, 422, "CPR"),
    ]
    for params, status, text in cases:
        response = world.call("GET", "/reports/figures", role=Role.MANAGER, params=params)
        assert response.status_code == status, (params, response.text)
        assert text in response.text, response.text


def test_other_municipality_sees_only_its_own(world: World) -> None:
    generate(world, count=300)
    params = {"from": "2026-01-01", "to": "2026-12-31"}
    body = world.call("GET", "/reports/figures", "202", Role.MANAGER, params=params).json()
    assert body["current"]["total"] == 200
