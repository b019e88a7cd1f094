"""The isolation tests' world: municipality 101 with data of every kind (each piece marked
:data:`PRIVATE`), 202 with every role, the shared hotline (admitted by 202, not by 101) and
what it registered for 202; and snapshots of 101's data to compare after each call."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, Table, select
from support.hotline import HOTLINE, seed_hotline
from support.images import PNG
from support.world import World, guide_body, seed_world

from sync_server.app import create_app
from sync_server.config import Settings
from sync_server.db.engine import make_engine
from sync_server.db.models import AccountRow, Base, MunicipalityRow, TokenRow
from sync_server.protocol import Role

PRIVATE = "PRIVAT101"  # in every piece of 101's data that 202 must never see
PUBLIC = "OFFENTLIG101"  # in 101's published guide (readable through the library)
WEBHOOK_SECRET = "webhook-hemmelighed"
#: In the registrations the hotline made for 202: never in 101's answers.
HOTLINE_FOR_202 = "HOTLINE202"
SHA = hashlib.sha256(PNG).hexdigest()


def server_settings(db_url: str, data_dir: Path) -> Settings:
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


def seed_database(url: str, data_dir: Path, password_hash: str) -> Seeded:
    """Municipalities 101 and 202 with every role; 101 with data of every kind."""
    settings = server_settings(url, data_dir)
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
