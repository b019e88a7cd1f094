"""Tenant isolation and roles for EVERY endpoint of the API.

The matrix below names each route of the app with the roles allowed and a request aimed at
municipality 101's data. For each endpoint:

(a) with a token of municipality 202 (a role that is allowed): denied or scoped to 202 —
    101's data is unchanged and no private text of 101 appears in the answer;
(b) with each role that is too weak: 403 ``forbidden_role`` and 101 unchanged;
(c) without a token: 401 (only public endpoints answer).

A shared hotline (990, every role; admitted by 202, not by 101) calls every endpoint too: it
never sees or changes anything of 101's, and asking for 101 as a member is refused.

``test_the_matrix_covers_every_route`` fails when an endpoint is added to the app without
being added here.
"""

from __future__ import annotations

import hashlib
import itertools
import shutil
import struct
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, Table, select
from support.hotline import HOTLINE, seed_hotline
from support.postgres import PgCluster
from support.world import World, guide_body, seed_world

from sync_server.app import create_app
from sync_server.config import Settings
from sync_server.db.engine import make_engine
from sync_server.db.models import AccountRow, Base, MunicipalityRow, TokenRow
from sync_server.protocol import Role

PRIVATE = "PRIVAT101"  # in every piece of 101's data that 202 must never see
PUBLIC = "OFFENTLIG101"  # in 101's published guide (readable through the library)
WEBHOOK_SECRET = "webhook-hemmelighed"
ALL = frozenset(Role)
ADMIN = frozenset({Role.ADMIN})
STAFF = frozenset({Role.ADMIN, Role.MANAGER})


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x10\x20\x30"))
        + chunk(b"IEND", b"")
    )


PNG = _png()
SHA = hashlib.sha256(PNG).hexdigest()


def _settings(db_url: str, data_dir: Path) -> Settings:
    return Settings(
        database_url=db_url,
        data_dir=data_dir,
        mail_provider="file",
        sms_provider="file",
        sms_webhook_secret=WEBHOOK_SECRET,
    )


@dataclass
class Seeded:
    """Ids of 101's data (the targets of the requests), the tokens and 101's snapshot."""

    feedback_id: str
    message_id: str
    account_id: int
    registration: dict[str, Any]
    templates: dict[str, Any]
    tokens: dict[tuple[str, Role], str]
    snapshot: dict[str, Any]


def _ok(response: httpx.Response) -> Any:
    assert response.is_success, response.text
    return response.json() if response.content else None


def _seed_101(world: World) -> dict[str, Any]:
    call = world.call
    pub = {"title": f"Pas {PUBLIC}", "area": "Pas", "published_to_citizens": True}
    _ok(call("POST", "/guides", json=guide_body("pub101", **pub)))
    draft = {"title": f"{PRIVATE} kladde", "area": f"{PRIVATE}-område", "status": "draft"}
    _ok(call("POST", "/guides", json=guide_body("kladde101", **draft)))
    draft["title"] = f"{PRIVATE} v2"
    _ok(call("PUT", "/guides/kladde101", json=guide_body("kladde101", base_revision=1, **draft)))
    area = {"name": f"{PRIVATE}-område", "description": PRIVATE}
    _ok(call("PUT", f"/areas/{quote(area['name'])}?base_revision=1", json=area))
    faq = {"id": "faq101", "question": f"{PRIVATE}?", "answer": [PRIVATE]}
    _ok(call("PUT", "/faq/faq101", json=faq))
    contact = {"id": "kontakt101", "name": f"{PRIVATE} kontakt"}
    _ok(call("PUT", "/contacts/kontakt101", json=contact))
    _ok(call("PUT", f"/synonyms/{PRIVATE}", json={"term": PRIVATE, "words": [f"{PRIVATE}-ord"]}))
    headers = {**world.headers("101", Role.ADMIN), "Content-Type": "image/png"}
    _ok(world.client.post("/api/v1/blobs", content=PNG, headers=headers))
    feedback = {
        "id": str(uuid.uuid4()),
        "guide_id": "kladde101",
        "kind": "error",
        "text": f"{PRIVATE} feedback",
        "created_at": "2026-03-02T09:00:00+00:00",
    }
    _ok(call("POST", "/feedback", role=Role.AGENT, json=[feedback]))
    answer = {"answer": f"{PRIVATE} svar", "status": "resolved", "base_revision": 1}
    _ok(call("PUT", f"/feedback/{feedback['id']}", json=answer))
    registrations = [
        {
            "id": str(uuid.uuid4()),
            "channel": "phone",
            "location": f"{PRIVATE}-sted",
            "started_at": "2026-03-02T09:00:00+00:00",
            "ended_at": "2026-03-02T09:06:00+00:00",
            "active_seconds": 300,
            "area": f"{PRIVATE}-reg",
            "outcome": "resolved",
        }
        for _ in range(3)
    ]
    _ok(call("POST", "/registrations", role=Role.AGENT, json={"items": registrations}))
    for role in (Role.AGENT, Role.MANAGER, Role.ADMIN):  # a learned term of 101's guide
        pair = {"id": str(uuid.uuid4()), "day": "2026-03-02", "words": ["privat", "ord"]}
        pair |= {"found": True, "guide_id": "pub101"}
        _ok(call("POST", "/search/log", role=role, json={"items": [pair]}))
    message_id = str(uuid.uuid4())
    message = {"id": message_id, "channel": "sms", "recipient": "20304050", "body": PRIVATE}
    assert _ok(call("POST", "/messages", role=Role.AGENT, json=message))["status"] == "sent"
    citizen = {"accessibility_statement_url": f"https://was.digst.dk/{PRIVATE}"}
    _ok(call("PATCH", "/citizen/settings", json=citizen))
    answer_form = {"helped": "nej", "reason": f"{PRIVATE} borgersvar", "ease": "2"}
    sent = world.client.post("/borger/101/pub101/svar", data=answer_form, follow_redirects=False)
    assert sent.status_code == 303, sent.text
    templates = _ok(call("GET", "/messaging/templates"))
    templates = {**templates, "signature": f"{PRIVATE} signatur"}
    templates = _ok(call("PUT", "/messaging/templates", json=templates))
    user = {
        "username": "privat101",
        "display_name": f"{PRIVATE} bruger",
        "role": "agent",
        "password": "lang-og-hemmelig-101",
    }
    account_id = _ok(call("POST", "/users", json=user))["id"]
    return {
        "feedback_id": feedback["id"],
        "message_id": message_id,
        "account_id": account_id,
        "registration": registrations[0],
        "templates": templates,
    }


#: In the registrations the hotline made for 202: never in 101's answers.
HOTLINE_FOR_202 = "HOTLINE202"


def _seed_hotline_for_202(world: World) -> None:
    item = {
        "id": str(uuid.uuid4()),
        "channel": "phone",
        "location": f"{HOTLINE_FOR_202}-sted",
        "started_at": "2026-03-02T09:00:00+00:00",
        "ended_at": "2026-03-02T09:06:00+00:00",
        "active_seconds": 300,
        "area": f"{HOTLINE_FOR_202}-område",
        "outcome": "resolved",
        "served_municipality": "202",
        "authority": "kommune",
    }
    body = {"items": [item]}
    _ok(world.call("POST", "/registrations", code=HOTLINE, role=Role.AGENT, json=body))


def _seed_database(url: str, data_dir: Path, password_hash: str) -> Seeded:
    """Municipalities 101 and 202 with every role; 101 with data of every kind."""
    settings = _settings(url, data_dir)
    engine = make_engine(url)
    try:
        tokens = seed_world(engine, settings, password_hash)
        tokens |= seed_hotline(engine, settings, password_hash, members=("202",))
        with TestClient(create_app(settings, engine)) as client:
            world = World(client=client, tokens=tokens)
            ids = _seed_101(world)
            _seed_hotline_for_202(world)
            return Seeded(**ids, tokens=tokens, snapshot=snapshot(world, engine))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def seeded_sqlite(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory, password_hash: str
) -> tuple[Path, Seeded]:
    folder = tmp_path_factory.mktemp("isolation")
    path = folder / "seeded.sqlite3"
    shutil.copy(sqlite_template, path)
    return path, _seed_database(f"sqlite:///{path}", folder / "data", password_hash)


@pytest.fixture(scope="session")
def seeded_postgres(
    pg_cluster: PgCluster,
    pg_template: str,
    tmp_path_factory: pytest.TempPathFactory,
    password_hash: str,
) -> tuple[str, Seeded]:
    url = pg_cluster.create_database("isolation_seeded", pg_template)
    folder = tmp_path_factory.mktemp("isolation-pg")
    return "isolation_seeded", _seed_database(url, folder / "data", password_hash)


_copies = itertools.count()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A copy of the seeded database of each kind (seeding once keeps this module quick)."""
    if request.param == "sqlite":
        template, _ = request.getfixturevalue("seeded_sqlite")
        path = tmp_path / "server.sqlite3"
        shutil.copy(template, path)
        return f"sqlite:///{path}"
    name, _ = request.getfixturevalue("seeded_postgres")
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"iso_{next(_copies)}_{id(request)}", name)


@pytest.fixture
def seeded(request: pytest.FixtureRequest, db_url: str) -> Seeded:
    kind = "sqlite" if db_url.startswith("sqlite") else "postgres"
    _, data = request.getfixturevalue(f"seeded_{kind}")
    return data


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return _settings(db_url, tmp_path / "data")


@pytest.fixture
def world(client: TestClient, seeded: Seeded) -> World:
    return World(client=client, tokens=seeded.tokens)


def snapshot(world: World, engine: Engine) -> dict[str, Any]:
    """101's data as its admin sees it (export-like reads), plus the database's view."""

    def get(path: str) -> Any:
        response = world.call("GET", path)
        assert response.status_code == 200, (path, response.text)
        return response.json()

    guides = get("/guides")
    return {
        "guides": guides,
        "revisions": {g["id"]: get(f"/guides/{quote(g['id'])}/revisions") for g in guides},
        "areas": get("/areas"),
        "faq": get("/faq"),
        "contacts": get("/contacts"),
        "synonyms": get("/synonyms"),
        "feedback": get("/feedback"),
        "users": get("/users"),
        "overview": get("/admin/overview"),
        "updates": get("/library/updates"),
        "templates": get("/messaging/templates"),
        "citizen_settings": get("/citizen/settings"),
        "citizen_feedback": get("/citizen/feedback"),
        "search_review": get("/search/review"),
        "pull": get("/sync/pull?limit=5000"),
        "tokens": [world.call("GET", "/auth/me", role=role).status_code for role in Role],
        "database": db_snapshot(engine),
    }


def _rows(conn: Connection, table: Table, municipality_id: int) -> list[tuple[Any, ...]]:
    rows = conn.execute(select(table).where(table.c.municipality_id == municipality_id))
    return sorted((tuple(str(v) for v in row) for row in rows), key=str)


def db_snapshot(engine: Engine) -> dict[str, Any]:
    """Every row that belongs to 101 (quick: checked after each phase)."""
    with engine.connect() as conn:
        mid = conn.scalar(select(MunicipalityRow.id).where(MunicipalityRow.code == "101"))
        assert mid is not None
        out: dict[str, Any] = {
            table.name: _rows(conn, table, mid)
            for table in Base.metadata.sorted_tables
            if "municipality_id" in table.c
        }
        out["municipality"] = tuple(
            conn.execute(select(MunicipalityRow.__table__).where(MunicipalityRow.id == mid)).one()
        )
        out["tokens"] = sorted(
            (str(row.id), str(row.revoked_at))
            for row in conn.execute(
                select(TokenRow.id, TokenRow.revoked_at)
                .join(AccountRow, AccountRow.id == TokenRow.account_id)
                .where(AccountRow.municipality_id == mid)
            )
        )
    return out


# -- the matrix ---------------------------------------------------------------------------

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


def _empty_list(response: httpx.Response) -> None:
    assert response.json() == [], response.text


def _pull_is_own(response: httpx.Response) -> None:
    body = response.json()
    assert body["cursor"] == 0 and body["guides"] == [] and body["tombstones"] == []


def _settings_off(response: httpx.Response) -> None:
    assert response.json() == {"per_person_stats": False}, response.text


def _citizen_defaults(response: httpx.Response) -> None:
    assert response.json()["accessibility_statement_url"] is None, response.text


def _no_citizen_answers(response: httpx.Response) -> None:
    assert response.json()["by_guide"] == [], response.text


def _stats_zero(response: httpx.Response) -> None:
    assert response.json()["total"] == 0


def _report_is_202s(response: httpx.Response) -> None:
    """202's own staff registered nothing; the hotline served it once."""
    current = response.json()["current"]
    assert current["total"] == 1, response.text
    assert [f["key"] for f in current["by_location"]] == [f"{HOTLINE_FOR_202}-sted"]


def _csv_is_202s(response: httpx.Response) -> None:
    lines = response.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 2 and HOTLINE_FOR_202 in lines[1], response.text


def _report_settings_default(response: httpx.Response) -> None:
    assert response.json()["rates"] == [], response.text


def _not_subscribed(response: httpx.Response) -> None:
    assert response.json() == {"frequency": "none", "email": None}, response.text


def _benchmark_own_only(response: httpx.Response) -> None:
    # 202 has not opted in: its own figures only (what 202 itself registered, which other
    # rows of the matrix may have pushed before this one), no medians, nobody else counted.
    body = response.json()
    assert body["participating"] is False, response.text
    assert all(
        f["median"] is None and f["participants"] is None and f["withheld"] == "not_participating"
        for f in body["figures"]
    ), response.text


def _not_participating(response: httpx.Response) -> None:
    assert response.json() == {"participating": False}, response.text


def _library_shows_101_published_only(response: httpx.Response) -> None:
    ids = [(g["guide"]["municipality"], g["guide"]["id"]) for g in response.json()]
    assert ids == [("101", "pub101")]


def _me_is_202(response: httpx.Response) -> None:
    assert response.json()["municipality"]["code"] == "202"


def _templates_are_202s(response: httpx.Response) -> None:
    assert response.json()["revision"] in (0, 1)


def _users_are_202s(response: httpx.Response) -> None:
    assert {u["display_name"].split()[-1] for u in response.json()} == {"202"}


def _overview_is_empty(response: httpx.Response) -> None:
    body = response.json()
    assert body["open_feedback_count"] == 0 and body["drafts"] == [], body


def _hotlines_listed(response: httpx.Response) -> None:
    assert [h["code"] for h in response.json()] == [HOTLINE], response.text


def _not_a_hotline(response: httpx.Response) -> None:
    assert response.json()["error"] == "forbidden_tenant", response.text


def _review_empty(response: httpx.Response) -> None:
    body = response.json()
    assert body["unanswered"] == [] and body["learned"] == [], body


def _guide(guide_id: str, **kw: Any) -> Build:
    return lambda s: {"json": guide_body(guide_id, title="FRA202", **kw)}


GUIDE = "/guides/{guide_id}"
REG_BODY: Build = lambda s: {"json": {"items": [{**s.registration, "version": 9, "deleted": True}]}}  # noqa: E731
STATS_PARAMS: Build = lambda s: {"params": {"from": "2026-01-01", "to": "2026-12-31"}}  # noqa: E731

MATRIX: list[Endpoint] = [
    Endpoint("GET", "/health", None),
    Endpoint("GET", "/ready", None),
    Endpoint("GET", "/metrics", None),
    Endpoint("GET", "/municipalities", None),
    Endpoint(
        "GET", "/municipality/settings", STAFF, cross=frozenset({200}), scoped_check=_settings_off
    ),
    Endpoint(
        "PUT",
        "/municipality/settings",
        ADMIN,
        lambda s: {"json": {"per_person_stats": True}},
        cross=frozenset({200}),
    ),
    Endpoint(
        "POST",
        "/auth/login",
        None,
        lambda s: {"json": {"municipality": "101", "username": "admin", "password": "x" * 9}},
        public_status=401,
    ),
    Endpoint("POST", "/auth/logout", ALL, cross=frozenset({204})),
    Endpoint("GET", "/auth/me", ALL, cross=frozenset({200}), scoped_check=_me_is_202),
    Endpoint("GET", "/guides", ALL, cross=frozenset({200}), scoped_check=_empty_list),
    Endpoint("POST", "/guides", ADMIN, _guide("kladde101"), cross=frozenset({201})),
    Endpoint("GET", GUIDE, ALL, url=lambda s: "/guides/kladde101"),
    Endpoint(
        "PUT", GUIDE, ADMIN, _guide("kladde101", base_revision=2), url=lambda s: "/guides/kladde101"
    ),
    Endpoint(
        "DELETE",
        GUIDE,
        ADMIN,
        lambda s: {"params": {"base_revision": 2}},
        url=lambda s: "/guides/kladde101",
    ),
    Endpoint("GET", GUIDE + "/revisions", ALL, url=lambda s: "/guides/kladde101/revisions"),
    Endpoint(
        "GET",
        "/library",
        ALL,
        lambda s: {"params": {"q": "kladde pas"}},
        cross=frozenset({200}),
        scoped_check=_empty_list,
    ),
    Endpoint(
        "GET", "/library/{municipality}/{guide_id}", ALL, url=lambda s: "/library/101/kladde101"
    ),
    Endpoint(
        "POST",
        "/library/{municipality}/{guide_id}/copy",
        ADMIN,
        url=lambda s: "/library/101/kladde101/copy",
    ),
    Endpoint(
        "POST",
        "/blobs",
        ADMIN,
        lambda s: {"content": PNG, "headers": {"Content-Type": "image/png"}},
        cross=frozenset({201}),
    ),
    # a screenshot is readable where it was uploaded or a visible guide shows it (101's
    # upload is used by no guide here): 202 gets 404, as for one that does not exist
    Endpoint("GET", "/blobs/{sha256}", ALL, url=lambda s: f"/blobs/{SHA}"),
    Endpoint(
        "POST",
        "/feedback",
        ALL,
        lambda s: {
            "json": [
                {
                    "id": s.feedback_id,
                    "guide_id": "kladde101",
                    "kind": "error",
                    "text": "FRA202",
                    "created_at": "2026-03-03T10:00:00+00:00",
                }
            ]
        },
        cross=frozenset({200}),
    ),
    Endpoint("GET", "/feedback", STAFF, cross=frozenset({200}), scoped_check=_empty_list),
    Endpoint(
        "PUT",
        "/feedback/{feedback_id}",
        ADMIN,
        lambda s: {"json": {"answer": "FRA202", "status": "rejected", "base_revision": 2}},
        url=lambda s: f"/feedback/{s.feedback_id}",
    ),
    Endpoint("POST", "/registrations", ALL, REG_BODY, cross=frozenset({200})),
    Endpoint(
        "GET",
        "/stats/summary",
        STAFF,
        STATS_PARAMS,
        cross=frozenset({200}),
        scoped_check=_stats_zero,
    ),
    Endpoint(
        "GET",
        "/reports/figures",
        STAFF,
        STATS_PARAMS,
        cross=frozenset({200}),
        scoped_check=_report_is_202s,
    ),
    Endpoint(
        "GET",
        "/reports/export",
        STAFF,
        lambda s: {"params": {"from": "2026-01-01", "to": "2026-12-31", "format": "csv"}},
        cross=frozenset({200}),
        scoped_check=_csv_is_202s,
    ),
    Endpoint(
        "GET",
        "/reports/settings",
        STAFF,
        cross=frozenset({200}),
        scoped_check=_report_settings_default,
    ),
    Endpoint(
        "PUT",
        "/reports/settings",
        ADMIN,
        lambda s: {
            "json": {
                "resolved_goal": 0.5,
                "rates": [
                    {
                        "channel": "phone",
                        "valid_from": "2026-01-01",
                        "per_minute": 9,
                        "per_contact": 1,
                    }
                ],
            }
        },
        cross=frozenset({200}),
    ),
    Endpoint(
        "GET",
        "/reports/benchmark",
        STAFF,
        STATS_PARAMS,
        cross=frozenset({200}),
        scoped_check=_benchmark_own_only,
    ),
    Endpoint(
        "GET",
        "/reports/benchmark/participation",
        STAFF,
        cross=frozenset({200}),
        scoped_check=_not_participating,
    ),
    Endpoint(
        "PUT",
        "/reports/benchmark/participation",
        ADMIN,
        lambda s: {"json": {"participating": True}},
        cross=frozenset({200}),
    ),
    Endpoint(
        "GET",
        "/reports/subscription",
        STAFF,
        cross=frozenset({200}),
        scoped_check=_not_subscribed,
    ),
    Endpoint(
        "PUT",
        "/reports/subscription",
        STAFF,
        lambda s: {"json": {"frequency": "week", "email": "fra202@kommune202.dk"}},
        cross=frozenset({200}),
    ),
    Endpoint("GET", "/sync/pull", ALL, cross=frozenset({200}), scoped_check=_pull_is_own),
    Endpoint(
        "POST",
        "/messages",
        ALL,
        lambda s: {
            "json": {
                "id": s.message_id,
                "channel": "sms",
                "recipient": "20304051",
                "body": "FRA202",
            }
        },
        cross=frozenset({200}),
    ),
    Endpoint("GET", "/messages", ALL, cross=frozenset({200}), scoped_check=_empty_list),
    Endpoint("GET", "/messages/{message_id}", ALL, url=lambda s: f"/messages/{s.message_id}"),
    Endpoint(
        "GET", "/messaging/templates", ALL, cross=frozenset({200}), scoped_check=_templates_are_202s
    ),
    Endpoint(
        "PUT",
        "/messaging/templates",
        ADMIN,
        lambda s: {"json": {**s.templates, "signature": "FRA202", "revision": 0}},
        cross=frozenset({200}),
    ),
    Endpoint(
        "GET", "/citizen/settings", STAFF, cross=frozenset({200}), scoped_check=_citizen_defaults
    ),
    Endpoint(
        "PATCH",
        "/citizen/settings",
        ADMIN,
        lambda s: {"json": {"public_base_url": "https://fra202.example.dk"}},
        cross=frozenset({200}),
    ),
    Endpoint(
        "GET", "/citizen/feedback", STAFF, cross=frozenset({200}), scoped_check=_no_citizen_answers
    ),
    Endpoint(
        "POST",
        "/search/log",
        ALL,
        lambda s: {
            "json": {
                "items": [
                    {
                        "id": str(uuid.uuid4()),
                        "day": "2026-03-02",
                        "words": ["fra", "to"],
                        "found": True,
                        "guide_id": "pub101",
                    }
                ]
            }
        },
        cross=frozenset({200}),
    ),
    Endpoint("GET", "/search/review", ADMIN, cross=frozenset({200}), scoped_check=_review_empty),
    Endpoint(
        "POST",
        "/search/learned/reject",
        ADMIN,
        lambda s: {"json": {"guide_id": "pub101", "term": "fra to"}},
        cross=frozenset({204}),
    ),
    Endpoint(
        "POST",
        "/search/learned/adopt",
        ADMIN,
        lambda s: {"json": {"guide_id": "pub101", "term": "fra to"}},
    ),
    Endpoint(
        "POST",
        "/search/misses/adopt",
        ADMIN,
        lambda s: {"json": {"query": "fra to", "guide_id": "pub101"}},
    ),
    # delivery reports come from the SMS gateway: a shared secret, not a token
    Endpoint(
        "POST",
        "/messaging/sms/status",
        None,
        lambda s: {"json": {"id": 1, "status": "DELIVERED"}},
        public_status=401,
    ),
]

USER = "/users/{user_id}"
UPDATE = "/library/updates/{guide_id}"
MATRIX += [
    Endpoint(
        "POST",
        GUIDE + "/restore",
        ADMIN,
        lambda s: {"json": {"revision": 1}},
        url=lambda s: "/guides/kladde101/restore",
    ),
    Endpoint(
        "DELETE",
        GUIDE + "/draft",
        ADMIN,
        lambda s: {"params": {"base_revision": 2}},
        url=lambda s: "/guides/kladde101/draft",
    ),
    Endpoint(
        "GET",
        "/messaging/templates/revisions",
        ADMIN,
        cross=frozenset({200}),
        scoped_check=_empty_list,
    ),
    Endpoint(
        "POST",
        "/areas/{key}/rename",
        ADMIN,
        lambda s: {"json": {"name": "FRA202", "base_revision": 2}},
        url=lambda s: f"/areas/{quote(PRIVATE + '-område')}/rename",
    ),
    Endpoint("GET", "/feedback/mine", ALL, cross=frozenset({200}), scoped_check=_empty_list),
    Endpoint(
        "GET", "/admin/overview", ADMIN, cross=frozenset({200}), scoped_check=_overview_is_empty
    ),
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
    Endpoint("GET", "/library/updates", ADMIN, cross=frozenset({200}), scoped_check=_empty_list),
    Endpoint("GET", UPDATE, ADMIN, url=lambda s: "/library/updates/kladde101"),
    Endpoint("POST", UPDATE + "/take", ADMIN, url=lambda s: "/library/updates/kladde101/take"),
    Endpoint(
        "POST", UPDATE + "/dismiss", ADMIN, url=lambda s: "/library/updates/kladde101/dismiss"
    ),
    Endpoint("POST", UPDATE + "/detach", ADMIN, url=lambda s: "/library/updates/kladde101/detach"),
    Endpoint(
        "GET", "/library/suggestions", ADMIN, cross=frozenset({200}), scoped_check=_empty_list
    ),
    Endpoint(
        "POST",
        "/library/suggestions",
        ADMIN,
        lambda s: {"json": {"guide_id": "kladde101", "text": "FRA202"}},
    ),
]

DIRECTORY = {
    "areas": (f"{PRIVATE}-område", {"name": f"{PRIVATE}-område"}),
    "contacts": ("kontakt101", {"id": "kontakt101", "name": "FRA202"}),
    "faq": ("faq101", {"id": "faq101", "question": "FRA202", "answer": ["FRA202"]}),
    "synonyms": (PRIVATE, {"term": PRIVATE, "words": ["FRA202"]}),
}
for _kind, (_key, _body) in DIRECTORY.items():
    _item = f"/{_kind}/{quote(_key)}"
    MATRIX += [
        Endpoint("GET", f"/{_kind}", ALL, cross=frozenset({200}), scoped_check=_empty_list),
        Endpoint("GET", f"/{_kind}/{{key}}", ALL, url=lambda s, u=_item: u),
        Endpoint(
            "GET", f"/{_kind}/{{key}}/revisions", ALL, url=lambda s, u=_item: u + "/revisions"
        ),
        # without base_revision: 202 creates its own item with that key; with one: 404
        Endpoint(
            "PUT",
            f"/{_kind}/{{key}}",
            ADMIN,
            lambda s, b=_body: {"json": b, "params": {"base_revision": 1}},
            url=lambda s, u=_item: u,
        ),
        Endpoint(
            "DELETE",
            f"/{_kind}/{{key}}",
            ADMIN,
            lambda s: {"params": {"base_revision": 1}},
            url=lambda s, u=_item: u,
        ),
    ]

# shared hotlines: 202 admits and dismisses for itself only; a municipality has no members
# and no allocation report
MATRIX += [
    Endpoint("GET", "/hotlines", ADMIN, cross=frozenset({200}), scoped_check=_hotlines_listed),
    Endpoint(
        "POST",
        "/hotlines/{code}/admit",
        ADMIN,
        url=lambda s: f"/hotlines/{HOTLINE}/admit",
        cross=frozenset({200}),
    ),
    Endpoint(
        "POST",
        "/hotlines/{code}/dismiss",
        ADMIN,
        url=lambda s: f"/hotlines/{HOTLINE}/dismiss",
        cross=frozenset({200}),
    ),
    Endpoint("GET", "/hotline/members", ALL, cross=frozenset({200}), scoped_check=_empty_list),
    Endpoint(
        "GET",
        "/reports/allocation",
        STAFF,
        STATS_PARAMS,
        cross=frozenset({403}),
        scoped_check=_not_a_hotline,
    ),
]

BY_KEY = {endpoint.key: endpoint for endpoint in MATRIX}
assert len(BY_KEY) == len(MATRIX), "an endpoint is listed twice"


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


def test_the_matrix_covers_every_route(app: FastAPI) -> None:
    routes = app_routes(app)
    assert len(routes) >= 44
    assert routes - set(BY_KEY) == set(), "endpoints missing from the isolation matrix"
    assert set(BY_KEY) - routes == set(), "endpoints in the matrix that the app does not have"


def test_docs_are_public(world: World) -> None:
    for path in ("/openapi.json", "/docs", "/redoc"):
        assert world.client.get(path).status_code == 200


IDS = [f"{e.method} {e.path}" for e in MATRIX]


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


@pytest.mark.parametrize("endpoint", MATRIX, ids=IDS)
def test_isolation(
    world: World, engine: Engine, seeded: Seeded, endpoint: Endpoint, password: str
) -> None:
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


def test_the_library_shows_101s_published_guide_and_nothing_else(
    world: World, seeded: Seeded
) -> None:
    response = world.call("GET", "/library", code="202", role=Role.AGENT)
    _library_shows_101_published_only(response)
    assert PUBLIC in response.text and PRIVATE not in response.text


def test_webhook_needs_its_secret(world: World, seeded: Seeded) -> None:
    report = {"id": 1, "status": "DELIVERED"}
    wrong = world.client.post(
        "/api/v1/messaging/sms/status", json=report, headers={"X-Webhook-Secret": "forkert"}
    )
    assert wrong.status_code == 401
    right = world.client.post(
        "/api/v1/messaging/sms/status", json=report, headers={"X-Webhook-Secret": WEBHOOK_SECRET}
    )
    assert right.status_code == 200
    assert right.json() == {"updated": False}  # no such message at the gateway


# -- the shared hotline ---------------------------------------------------------------------

#: Routes that read a member's content for a hotline (``member=CODE``).
MEMBER_ROUTES = {
    ("GET", "/api/v1/sync/pull"),
    ("GET", "/api/v1/messaging/templates"),
    ("GET", "/api/v1/blobs/{sha256}"),
}


@pytest.mark.parametrize(
    "endpoint",
    [e for e in MATRIX if e.roles is not None],
    # Stable ids (the method and path), so every xdist worker collects the same tests.
    ids=lambda e: f"{e.method} {e.path}",
)
def test_a_hotline_never_reads_or_writes_101(
    world: World, engine: Engine, seeded: Seeded, endpoint: Endpoint, password: str
) -> None:
    """Every role of the hotline (which 101 has not admitted) on every endpoint, aimed at
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


def test_a_member_sees_only_its_own_citizens_hotline_contacts(world: World) -> None:
    params = {"from": "2026-03-01", "to": "2026-03-31"}
    for code, shown in (("101", False), ("202", True)):
        csv_text = world.call(
            "GET",
            "/reports/export",
            code=code,
            role=Role.MANAGER,
            params={**params, "format": "csv"},
        ).text
        figures = world.call(
            "GET", "/reports/figures", code=code, role=Role.MANAGER, params=params
        ).text
        assert (HOTLINE_FOR_202 in csv_text) is shown, code
        assert (HOTLINE_FOR_202 in figures) is shown, code
    # the hotline's allocation names 202 and no other member
    allocation = world.call(
        "GET", "/reports/allocation", code=HOTLINE, role=Role.MANAGER, params=params
    ).json()
    assert [(r["municipality"], r["contacts"]) for r in allocation["rows"]] == [("202", 1)]
    # the hotline reads 202's published content and never 101's
    assert world.call("GET", "/sync/pull", code=HOTLINE, params={"member": "202"}).is_success
    members = world.call("GET", "/hotline/members", code=HOTLINE, role=Role.AGENT).json()
    assert [m["code"] for m in members] == ["202"]
