"""The isolation matrix: tenant isolation and roles for EVERY endpoint of the API.

Each feature's test module names its routes (:class:`Endpoint`) with the roles allowed and a
request aimed at municipality 101's data; ``test_matrix.py`` checks that together they cover
every route of the app (it fails when an endpoint is added without being added to a module).
For each endpoint (:func:`check_isolation`):

(a) with a token of municipality 202 (a role that is allowed): denied or scoped to 202 —
    101's data is unchanged and no private text of 101 appears in the answer;
(b) with each role that is too weak: 403 ``forbidden_role`` and 101 unchanged;
(c) without a token: 401 (only public endpoints answer).

A shared hotline (990, every role; admitted by 202, not by 101) calls every endpoint too
(:func:`check_hotline`): it never sees or changes anything of 101's, and asking for 101 as a
member is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlalchemy import Engine
from support.hotline import HOTLINE
from support.world import World

from sync_server.protocol import Role

from .seed import PRIVATE, Seeded, db_snapshot, snapshot

ALL = frozenset(Role)
ADMIN = frozenset({Role.ADMIN})
STAFF = frozenset({Role.ADMIN, Role.MANAGER})

Build = Callable[[Seeded], dict[str, Any]]


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    roles: frozenset[Role] | None  # None: public, no token needed
    request: Build = field(default=lambda s: {})
    url: Callable[[Seeded], str] | None = None  # default: ``path`` as it stands
    cross: frozenset[int] = frozenset({404})  # statuses allowed for 202's call in (a)
    scoped_check: Callable[[httpx.Response], None] | None = None
    public_status: int = 200  # what (c) expects for a public endpoint

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, _full(self.path))

    def target(self, seeded: Seeded) -> str:
        return _full(self.url(seeded) if self.url else self.path)


#: Operations endpoints outside the API (liveness, readiness, Prometheus): public, no data.
ROOT_PATHS = ("/health", "/ready", "/metrics")


def _full(path: str) -> str:
    return path if path in ROOT_PATHS else "/api/v1" + path


STATS_PARAMS: Build = lambda s: {"params": {"from": "2026-01-01", "to": "2026-12-31"}}  # noqa: E731


def empty_list(response: httpx.Response) -> None:
    assert response.json() == [], response.text


def endpoint_id(endpoint: Endpoint) -> str:
    """The test id of an endpoint: stable (the method and path), so every xdist worker
    collects the same tests."""
    return f"{endpoint.method} {endpoint.path}"


def ids(endpoints: Sequence[Endpoint]) -> list[str]:
    return [endpoint_id(e) for e in endpoints]


def with_roles(endpoints: Sequence[Endpoint]) -> list[Endpoint]:
    """The endpoints that need a token (the hotline calls these)."""
    return [e for e in endpoints if e.roles is not None]


def app_routes(app: FastAPI) -> set[tuple[str, str]]:
    """(method, path) of every API route of the app."""
    try:  # FastAPI ≥ 0.16x keeps included routers as branches of the route tree
        from fastapi.routing import iter_route_contexts

        contexts: list[Any] = list(iter_route_contexts(app.routes))
        routes = [(c.original_route, c.path, c.methods) for c in contexts]
    except ImportError:  # pragma: no cover - older FastAPI: a flat list
        routes = [(r, getattr(r, "path", None), getattr(r, "methods", None)) for r in app.routes]
    return {
        (method, path)
        for route, path, methods in routes
        if isinstance(route, APIRoute)
        for method in methods or ()
    }


def _send(world: World, endpoint: Endpoint, seeded: Seeded, token: str | None) -> httpx.Response:
    kwargs = dict(endpoint.request(seeded))
    headers = dict(kwargs.pop("headers", {}))
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return world.client.request(endpoint.method, endpoint.target(seeded), headers=headers, **kwargs)


def _token(world: World, endpoint: Endpoint, code: str, role: Role, password: str) -> str:
    if endpoint.key == ("POST", "/auth/logout"):  # a fresh token: the seeded ones stay valid
        response = world.client.post(
            "/api/v1/auth/login",
            json={"municipality": code, "username": role.value, "password": password},
        )
        assert response.status_code == 200, response.text
        return str(response.json()["token"])
    return world.tokens[(code, role)]


def check_isolation(
    world: World, engine: Engine, seeded: Seeded, endpoint: Endpoint, password: str
) -> None:
    """(a), (b) and (c) of the module docstring for one endpoint."""
    before = seeded.snapshot
    assert PRIVATE in str(before)  # the check below means something

    if endpoint.roles is not None:
        # (a) the other municipality, with a role that is allowed
        role = Role.ADMIN if Role.ADMIN in endpoint.roles else sorted(endpoint.roles)[0]
        response = _send(world, endpoint, seeded, _token(world, endpoint, "202", role, password))
        assert response.status_code in endpoint.cross, response.text
        assert PRIVATE not in response.text
        if endpoint.scoped_check is not None:
            endpoint.scoped_check(response)
        assert db_snapshot(engine) == before["database"], "202 changed 101's data"

        # (b) every role that is too weak, in 101 itself
        for weak in sorted(ALL - endpoint.roles):
            response = _send(
                world, endpoint, seeded, _token(world, endpoint, "101", weak, password)
            )
            assert response.status_code == 403, (weak, response.text)
            assert response.json()["error"] == "forbidden_role"
        assert db_snapshot(engine) == before["database"], "a too weak role changed 101's data"

    # (c) no token, and a token that does not exist
    for token in (None, "ukendt-token"):
        response = _send(world, endpoint, seeded, token)
        if endpoint.roles is None:
            assert response.status_code == endpoint.public_status, response.text
        else:
            assert response.status_code == 401, response.text
            assert response.json()["error"] in ("not_authenticated", "invalid_token")
        assert PRIVATE not in response.text
    assert db_snapshot(engine) == before["database"], "a call without a token changed 101's data"
    assert snapshot(world, engine) == before, "101's admin sees other data than before"


#: Routes that read a member's content for a hotline (``member=CODE``).
MEMBER_ROUTES = {
    ("GET", "/api/v1/sync/pull"),
    ("GET", "/api/v1/messaging/templates"),
    ("GET", "/api/v1/blobs/{sha256}"),
}


def check_hotline(
    world: World, engine: Engine, seeded: Seeded, endpoint: Endpoint, password: str
) -> None:
    """Every role of the hotline (which 101 has not admitted) on ``endpoint``, aimed at
    101's data: nothing of 101's in the answer and nothing of 101's changed; with
    ``member=101`` the member routes refuse it (not_admitted)."""
    before = seeded.snapshot
    assert endpoint.roles is not None
    for role in sorted(endpoint.roles):
        token = _token(world, endpoint, HOTLINE, role, password)
        response = _send(world, endpoint, seeded, token)
        assert PRIVATE not in response.text, (role, response.text)
        assert response.status_code < 500, response.text
        if ("GET", endpoint.key[1]) in MEMBER_ROUTES and endpoint.method == "GET":
            kwargs = dict(endpoint.request(seeded))
            params = {**kwargs.pop("params", {}), "member": "101"}
            refused = world.client.request(
                "GET",
                endpoint.target(seeded),
                headers={"Authorization": f"Bearer {token}"},
                params=params,
            )
            assert refused.status_code == 403, refused.text
            assert refused.json()["error"] == "not_admitted"
    assert db_snapshot(engine) == before["database"], "the hotline changed 101's data"
