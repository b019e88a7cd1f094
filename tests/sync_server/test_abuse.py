"""Abuse: oversized and deeply nested bodies, bad encodings, out-of-range values.

Each is answered 4xx quickly with a clear (Danish) message and nothing is stored. The
memory test runs the real ``vejviser-server serve`` and watches its resident memory.
"""

from __future__ import annotations

import http.client
import select
import socket
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func
from sqlalchemy import select as sql_select
from support.serve_process import ServeProcess
from support.world import World

from sync_server.db.models import FeedbackRow, MessageRow, RegistrationRow
from sync_server.protocol import Role

MB = 1024 * 1024


def send_big(
    port: int, path: str, total: int, *, chunked: bool, token: str | None = None
) -> tuple[int, str, float]:
    """POST ``total`` bytes to ``path`` as fast as the server takes them; stop sending as
    soon as it answers. Returns (status, body, seconds until the answer)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=60)
    head = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    head.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {total}")
    if token:
        head.append(f"Authorization: Bearer {token}")
    started = time.monotonic()
    sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
    piece = b"[1," * (64 * 1024 // 3)
    sent = 0
    try:
        while sent < total:
            if select.select([sock], [], [], 0)[0]:
                break  # the answer is there: the rest is never sent
            sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            sent += len(piece)
    except (BrokenPipeError, ConnectionResetError):
        pass
    response = http.client.HTTPResponse(sock)
    response.begin()
    body = response.read().decode()
    elapsed = time.monotonic() - started
    sock.close()
    return response.status, body, elapsed


def _attack(server: ServeProcess) -> tuple[list[tuple[int, str, float]], float]:
    """60 MB bodies without a token: to three routes, with and without Content-Length, then
    three at once while /health is asked. The answers, and how long /health took."""
    results = []
    for path in ("/api/v1/registrations", "/api/v1/guides", "/api/v1/auth/login"):
        for chunked in (False, True):
            results.append(send_big(server.port, path, 60 * MB, chunked=chunked))
    answers: list[tuple[int, str, float]] = []
    threads = [
        threading.Thread(
            target=lambda: answers.append(
                send_big(server.port, "/api/v1/feedback", 60 * MB, chunked=True)
            )
        )
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    health_started = time.monotonic()
    assert requests.get(server.url + "/health", timeout=5).ok
    health_seconds = time.monotonic() - health_started
    for thread in threads:
        thread.join(timeout=60)
    assert len(answers) == 3
    return [*results, *answers], health_seconds


@pytest.mark.slow
def test_a_60_mb_unauthenticated_body_is_refused_without_memory_growth(tmp_path: Path) -> None:
    """Each body is refused at its route's limit (4 MB at most for these routes): what the
    server holds is bounded by the limits, however often the attack comes."""
    with ServeProcess(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path) as server:
        for _ in range(3):  # warm up: the first requests load code and fill caches
            requests.get(server.url + "/health", timeout=5)
            requests.post(server.url + "/api/v1/registrations", json={"items": []}, timeout=5)
        before = server.rss_bytes()
        results: list[tuple[int, str, float]] = []
        healths: list[float] = []
        after: list[int] = []
        for _ in range(3):  # a leak would add up attack after attack
            answers, health_seconds = _attack(server)
            results += answers
            healths.append(health_seconds)
            after.append(server.rss_bytes())
        peak = server.peak_rss_bytes()
        print(
            f"\nserver RSS before {before / MB:.1f} MB, after each of three attacks "
            + ", ".join(f"{a / MB:.1f}" for a in after)
            + f" MB, peak {peak / MB:.1f} MB; /health during the bodies "
            + ", ".join(f"{h:.3f}" for h in healths)
            + " s"
        )
    for status, body, seconds in results:
        assert status == 413, body
        assert "for stor" in body
        assert seconds < 10
    assert max(healths) < 2
    bound = 3 * 4 * MB + 8 * MB  # three 4 MB bodies held at once, at most
    assert all(a - before < bound for a in after)
    assert peak - before < bound


def test_a_declared_oversized_body_is_refused_before_authentication(world: World) -> None:
    response = world.client.post(
        "/api/v1/registrations",
        content=b"{}",
        headers={"Content-Length": str(50 * MB), "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"
    assert "højst 4 MB" in response.json()["detail"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_every_answer_says_nosniff(world: World) -> None:
    for response in (
        world.client.get("/health"),
        world.client.get("/api/v1/guides", headers=world.headers("101", Role.AGENT)),
        world.client.get("/api/v1/guides"),
        world.client.get("/api/v1/no-such-thing"),
    ):
        assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/api/v1/registrations", "/api/v1/feedback"])
def test_deeply_nested_json_is_a_clear_400(world: World, engine: Engine, path: str) -> None:
    depth = 200_000
    response = world.client.post(
        path,
        content=b"[" * depth + b"]" * depth,
        headers={**world.headers("101", Role.AGENT), "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["error"] == "unreadable_body"
    assert "indlejret" in response.json()["detail"]
    _nothing_stored(engine)


def test_invalid_utf8_is_refused(world: World, engine: Engine) -> None:
    response = world.client.post(
        "/api/v1/feedback",
        content=b'[{"text": "\xff\xfe ugyldig"}]',
        headers={**world.headers("101", Role.AGENT), "Content-Type": "application/json"},
    )
    assert response.status_code in (400, 422)
    assert response.json()["detail"]
    _nothing_stored(engine)


def _nothing_stored(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.scalar(sql_select(func.count()).select_from(RegistrationRow)) == 0
        assert conn.scalar(sql_select(func.count()).select_from(FeedbackRow)) == 0


def test_a_bad_content_length_is_400(client: TestClient) -> None:
    response = client.post("/api/v1/auth/login", content=b"{}", headers={"Content-Length": "lots"})
    assert response.status_code == 400


CPR_FORMS = ["010290/1234", "01-02-1990-1234", "0102\u200b90-1234", "010290\n1234", "⁰¹⁰²⁹⁰¹²³⁴"]


@pytest.mark.parametrize("cpr", CPR_FORMS)
def test_an_sms_with_a_cpr_number_is_refused_and_nothing_is_stored(
    world: World, engine: Engine, cpr: str
) -> None:
    body = {
        "id": str(uuid.uuid4()),
        "channel": "sms",
        "recipient": "20123456",
        "body": f"Dit sagsnummer er {cpr}",
    }
    response = world.call("POST", "/messages", role=Role.AGENT, json=body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "cpr_number"
    assert "CPR-nummer" in response.json()["detail"][0]["msg"]
    with engine.connect() as conn:
        assert conn.scalar(sql_select(func.count()).select_from(MessageRow)) == 0


@pytest.mark.parametrize("cpr", CPR_FORMS)
def test_feedback_with_a_cpr_number_is_refused_and_nothing_is_stored(
    world: World, engine: Engine, cpr: str
) -> None:
    item = {
        "id": str(uuid.uuid4()),
        "guide_id": "pas",
        "kind": "error",
        "text": f"Borgeren {cpr} fik forkert svar",
        "created_at": "2026-03-02T09:00:00+00:00",
    }
    response = world.call("POST", "/feedback", role=Role.AGENT, json=[item])
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "cpr_number"
    _nothing_stored(engine)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/guides", {"id": "010290-1234", "title": "Pas", "area": "Pas"}),
        ("/guides", {"title": "Pas", "area": "Pas", "self_service_url": "https://x.dk/0102901234"}),
        (
            "/guides",
            {
                "title": "Pas",
                "area": "Pas",
                "steps": [{"title": "t", "text": "x", "image": "010290_1234"}],
            },
        ),
    ],
)
def test_ids_urls_and_image_references_refuse_cpr_numbers(
    world: World, path: str, body: dict[str, object]
) -> None:
    response = world.call("POST", path, json=body)
    assert response.status_code == 422
    assert any(d["type"] == "cpr_number" for d in response.json()["detail"])
    assert world.call("GET", "/guides").json() == []


def test_registration_guide_ids_refuse_cpr_numbers(world: World, engine: Engine) -> None:
    registration = {
        "id": str(uuid.uuid4()),
        "channel": "phone",
        "location": "Borgerservice",
        "started_at": "2026-03-02T09:00:00+00:00",
        "ended_at": "2026-03-02T09:05:00+00:00",
        "active_seconds": 200,
        "outcome": "resolved",
        "guide_ids": ["010290-1234"],
    }
    response = world.call("POST", "/registrations", role=Role.AGENT, json={"items": [registration]})
    assert response.status_code == 422
    _nothing_stored(engine)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("started_at", "0001-01-01T00:00:00+01:00"),
        ("ended_at", "9999-12-31T23:59:59-05:00"),
        ("started_at", "9999-12-31T23:59:59+00:00"),
        ("ended_at", "0001-01-01T00:00:00Z"),
    ],
)
def test_out_of_range_times_are_422(world: World, engine: Engine, field: str, value: str) -> None:
    registration = {
        "id": str(uuid.uuid4()),
        "channel": "phone",
        "location": "Borgerservice",
        "started_at": "2026-03-02T09:00:00+00:00",
        "ended_at": "2026-03-02T09:05:00+00:00",
        "active_seconds": 200,
        "outcome": "resolved",
        field: value,
    }
    response = world.call("POST", "/registrations", role=Role.AGENT, json={"items": [registration]})
    assert response.status_code == 422, response.text
    assert response.json()["detail"]
    _nothing_stored(engine)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/stats/summary", {"from": "0001-01-01", "to": "9999-12-31"}),
        ("/stats/summary", {"from": "9999-12-31", "to": "9999-12-31"}),
        ("/messages", {"since": "0001-01-01T00:00:00+01:00"}),
        ("/messages", {"since": "9999-12-31T23:59:59-01:00"}),
    ],
)
def test_out_of_range_dates_in_queries_are_422(
    world: World, path: str, params: dict[str, str]
) -> None:
    response = world.call("GET", path, params=params)
    assert response.status_code == 422, response.text


def test_out_of_range_feedback_time_is_422(world: World, engine: Engine) -> None:
    item = {
        "id": str(uuid.uuid4()),
        "guide_id": "pas",
        "kind": "error",
        "text": "Forkert frist",
        "created_at": "0001-01-01T00:00:00+01:00",
    }
    assert world.call("POST", "/feedback", role=Role.AGENT, json=[item]).status_code == 422
    _nothing_stored(engine)


@pytest.mark.parametrize("value", [10**30, -1, 2**31])
def test_out_of_range_numbers_are_422(world: World, engine: Engine, value: int) -> None:
    registration = {
        "id": str(uuid.uuid4()),
        "channel": "phone",
        "location": "Borgerservice",
        "started_at": "2026-03-02T09:00:00+00:00",
        "ended_at": "2026-03-02T09:05:00+00:00",
        "active_seconds": value,
        "outcome": "resolved",
        "version": value,
    }
    response = world.call("POST", "/registrations", role=Role.AGENT, json={"items": [registration]})
    assert response.status_code == 422
    _nothing_stored(engine)
