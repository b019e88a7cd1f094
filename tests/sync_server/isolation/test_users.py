"""Isolation: logging in and out, the caller, and the users of a municipality."""

from __future__ import annotations

import httpx

from .matrix import ADMIN, ALL, Endpoint

USER = "/users/{user_id}"


def _me_is_202(response: httpx.Response) -> None:
    assert response.json()["municipality"]["code"] == "202"


def _users_are_202s(response: httpx.Response) -> None:
    assert {u["display_name"].split()[-1] for u in response.json()} == {"202"}


ENDPOINTS: list[Endpoint] = [
    Endpoint(
        "POST",
        "/auth/login",
        None,
        lambda s: {"json": {"municipality": "101", "username": "admin", "password": "x" * 9}},
        public_status=401,
    ),
    Endpoint("POST", "/auth/logout", ALL, cross=frozenset({204})),
    Endpoint("GET", "/auth/me", ALL, cross=frozenset({200}), scoped_check=_me_is_202),
    Endpoint("GET", "/users", ADMIN, cross=frozenset({200}), scoped_check=_users_are_202s),
    Endpoint(
        "POST",
        "/users",
        ADMIN,
        lambda s: {
            "json": {
                "username": "privat101",
                "display_name": "FRA202",
                "password": "lang-og-hemmelig-202",
            }
        },
        cross=frozenset({201}),
    ),
    Endpoint("GET", "/users/me", ALL, cross=frozenset({200})),
    # the caller's own password: 202's admin, with a wrong current one
    Endpoint(
        "POST",
        "/users/me/password",
        ALL,
        lambda s: {"json": {"current_password": "forkert", "new_password": "lang-og-ny-202"}},
        cross=frozenset({401}),
    ),
    Endpoint("GET", USER, ADMIN, url=lambda s: f"/users/{s.account_id}"),
    Endpoint(
        "PATCH",
        USER,
        ADMIN,
        lambda s: {"json": {"role": "admin", "display_name": "FRA202"}},
        url=lambda s: f"/users/{s.account_id}",
    ),
    Endpoint(
        "POST",
        USER + "/password",
        ADMIN,
        lambda s: {"json": {"password": "lang-og-hemmelig-202"}},
        url=lambda s: f"/users/{s.account_id}/password",
    ),
    Endpoint("DELETE", USER, ADMIN, url=lambda s: f"/users/{s.account_id}"),
]
