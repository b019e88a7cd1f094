"""Accounts run by the municipality's admin: tenancy, password rules, deactivation that
takes effect at once, and never without an admin."""

from __future__ import annotations

from typing import Any

import pytest
from support.world import World

from sync_server.protocol import Role

GOOD = "blå-cykel-ved-havnen"


def create(world: World, username: str = "bent", role: str = "agent", **kw: Any) -> Any:
    body = {"username": username, "display_name": "Bent B", "role": role, "password": GOOD, **kw}
    return world.call("POST", "/users", json=body)


def login(world: World, username: str, password: str, code: str = "101") -> Any:
    return world.client.post(
        "/api/v1/auth/login",
        json={"municipality": code, "username": username, "password": password},
    )


def by_name(world: World, username: str, code: str = "101") -> dict[str, Any]:
    users = world.call("GET", "/users", code=code).json()
    return next(u for u in users if u["username"] == username)


def test_list_and_create(world: World) -> None:
    listed = world.call("GET", "/users").json()
    assert sorted(u["username"] for u in listed) == ["admin", "agent", "manager"]
    assert all("argon2" not in str(u) and "password_hash" not in u for u in listed)
    created = create(world, "Bent.B")
    assert created.status_code == 201, created.text
    assert created.json()["username"] == "bent.b" and created.json()["role"] == "agent"
    assert login(world, "bent.b", GOOD).status_code == 200
    again = create(world, "bent.b")
    assert again.status_code == 409 and again.json()["error"] == "already_exists"
    # 202 sees its own accounts only
    assert "bent.b" not in str(world.call("GET", "/users", code="202").json())


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("kort", "validation_error"),
        ("password1", "password_too_common"),
        ("qwertyuiop", "password_too_common"),
        ("bentbent1", "password_too_common"),
        ("x" * 65, "validation_error"),
    ],
)
def test_weak_passwords_are_refused(world: World, password: str, code: str) -> None:
    response = create(world, "bent", password=password)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == code
    assert "bent" not in str(world.call("GET", "/users").json())


def test_change_role_and_the_last_admin_stays(world: World) -> None:
    bent = create(world).json()
    promoted = world.call("PATCH", f"/users/{bent['id']}", json={"role": "admin"})
    assert promoted.status_code == 200 and promoted.json()["role"] == "admin"
    admin = by_name(world, "admin")
    assert world.call("DELETE", f"/users/{admin['id']}").status_code == 204
    # bent is now the only admin: cannot be demoted nor removed
    token = login(world, "bent", GOOD).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    demote = world.client.patch(
        f"/api/v1/users/{bent['id']}", json={"role": "agent"}, headers=headers
    )
    assert demote.status_code == 409 and demote.json()["error"] == "last_admin"
    remove = world.client.delete(f"/api/v1/users/{bent['id']}", headers=headers)
    assert remove.status_code == 409 and remove.json()["error"] == "last_admin"
    still = world.client.get(f"/api/v1/users/{bent['id']}", headers=headers).json()
    assert still["active"] and still["role"] == "admin"


def test_a_deactivated_account_is_refused_at_once(world: World) -> None:
    agent = by_name(world, "agent")
    assert world.call("GET", "/auth/me", role=Role.AGENT).status_code == 200
    assert world.call("DELETE", f"/users/{agent['id']}").status_code == 204
    refused = world.call("GET", "/sync/pull", role=Role.AGENT)
    assert refused.status_code == 401
    assert refused.json()["error"] in ("token_revoked", "account_inactive")
    assert login(world, "agent", "korrekt-hest-batteri").status_code == 401
    assert by_name(world, "agent")["active"] is False
    back = world.call("PATCH", f"/users/{agent['id']}", json={"active": True})
    assert back.status_code == 200
    assert login(world, "agent", "korrekt-hest-batteri").status_code == 200


def test_reset_password(world: World) -> None:
    bent = create(world).json()
    token = login(world, "bent", GOOD).json()["token"]
    chosen = world.call(
        "POST", f"/users/{bent['id']}/password", json={"password": "grøn-tog-til-aarhus"}
    )
    assert chosen.status_code == 200, chosen.text
    assert chosen.json()["password"] is None
    assert chosen.json()["user"]["must_change_password"] is False
    old = world.client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert old.status_code == 401  # logged out everywhere
    assert login(world, "bent", GOOD).status_code == 401
    assert login(world, "bent", "grøn-tog-til-aarhus").status_code == 200

    made = world.call("POST", f"/users/{bent['id']}/password", json={})
    once = made.json()["password"]
    assert once and made.json()["user"]["must_change_password"] is True
    token = login(world, "bent", once).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert world.client.get("/api/v1/users/me", headers=headers).json()["must_change_password"]
    wrong = world.client.post(
        "/api/v1/users/me/password",
        json={"current_password": "forkert", "new_password": "rød-båd-på-fjorden"},
        headers=headers,
    )
    assert wrong.status_code == 401
    weak = world.client.post(
        "/api/v1/users/me/password",
        json={"current_password": once, "new_password": "password123"},
        headers=headers,
    )
    assert weak.status_code == 422
    changed = world.client.post(
        "/api/v1/users/me/password",
        json={"current_password": once, "new_password": "rød-båd-på-fjorden"},
        headers=headers,
    )
    assert changed.status_code == 200 and changed.json()["must_change_password"] is False
    assert login(world, "bent", "rød-båd-på-fjorden").status_code == 200


def test_another_municipality_and_weaker_roles_change_nothing(world: World) -> None:
    agent = by_name(world, "agent")
    for method, path, body in (
        ("GET", f"/users/{agent['id']}", None),
        ("PATCH", f"/users/{agent['id']}", {"role": "admin"}),
        ("POST", f"/users/{agent['id']}/password", {"password": GOOD}),
        ("DELETE", f"/users/{agent['id']}", None),
    ):
        assert world.call(method, path, code="202", json=body).status_code == 404
        for role in (Role.AGENT, Role.MANAGER):
            assert world.call(method, path, role=role, json=body).status_code == 403
    assert by_name(world, "agent") == agent
    assert world.call("GET", "/auth/me", role=Role.AGENT).status_code == 200


def test_a_cpr_number_is_no_user_name(world: World) -> None:
    response = create(world, "0102031234")
    assert response.status_code == 422
    assert "0102031234" not in str(world.call("GET", "/users").json())
