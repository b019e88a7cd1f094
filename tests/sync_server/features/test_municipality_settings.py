"""Municipality settings over HTTP: admins turn per-person statistics on and off."""

from __future__ import annotations

from support.world import World

from sync_server.protocol import Role

PERIOD = {"from": "2026-01-01", "to": "2026-12-31"}


def test_per_person_statistics_are_off_until_an_admin_turns_them_on(world: World) -> None:
    by_staff = {**PERIOD, "group_by": "staff"}
    assert world.call("GET", "/municipality/settings", role=Role.MANAGER).json() == {
        "per_person_stats": False
    }
    refused = world.call("GET", "/stats/summary", role=Role.MANAGER, params=by_staff)
    assert refused.status_code == 403
    assert refused.json()["error"] == "per_person_stats_off"

    turned_on = world.call("PUT", "/municipality/settings", json={"per_person_stats": True})
    assert turned_on.status_code == 200
    assert turned_on.json() == {"per_person_stats": True}
    allowed = world.call("GET", "/stats/summary", role=Role.MANAGER, params=by_staff)
    assert allowed.status_code == 200
    assert allowed.json()["group_by"] == "staff"
    # Another municipality is not affected.
    other = world.call("GET", "/municipality/settings", code="202", role=Role.ADMIN)
    assert other.json() == {"per_person_stats": False}


def test_only_admins_change_settings_and_agents_cannot_read_them(world: World) -> None:
    body = {"per_person_stats": True}
    manager = world.call("PUT", "/municipality/settings", role=Role.MANAGER, json=body)
    assert manager.status_code == 403
    assert manager.json()["error"] == "forbidden_role"
    agent = world.call("GET", "/municipality/settings", role=Role.AGENT)
    assert agent.status_code == 403
    assert world.call("GET", "/municipality/settings").json() == {"per_person_stats": False}
