"""``/health``, ``/ready`` and ``/metrics`` in the server process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from support.live_server import free_port
from support.metrics import samples, value
from support.world import World

from sync_server.app import create_app
from sync_server.config import Settings
from sync_server.db.engine import make_engine
from sync_server.db.migrate import head_revision, upgrade
from sync_server.protocol import Role


def test_ready_names_the_schema(client: TestClient) -> None:
    answer = client.get("/ready")
    assert answer.status_code == 200
    body = answer.json()
    assert body["status"] == "ready"
    assert body["schema"] == body["head"] == head_revision()


def test_not_ready_while_the_schema_is_behind(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine, "0004")
    settings = Settings(database_url=url, data_dir=tmp_path)
    with TestClient(create_app(settings, engine)) as client:
        answer = client.get("/ready")
        assert answer.status_code == 503
        assert answer.json()["error"] == "schema_not_current"
        assert "vejviser-server migrate" in answer.json()["detail"]
        assert client.get("/health").status_code == 200  # alive, just not ready
        upgrade(engine)
        assert client.get("/ready").status_code == 200
    engine.dispose()


def test_not_ready_when_the_database_does_not_answer(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://vejviser@127.0.0.1:{free_port()}/vejviser"  # nobody listens
    settings = Settings(database_url=url, data_dir=tmp_path)
    engine = make_engine(url)
    with TestClient(create_app(settings, engine)) as client:
        answer = client.get("/ready")
    assert answer.status_code == 503
    assert answer.json() == {"error": "database_unavailable", "detail": "Databasen svarer ikke."}
    engine.dispose()


def test_metrics_count_requests_pulls_registrations_and_messages(
    world: World, make_registration: Callable[..., dict[str, Any]]
) -> None:
    before = samples(world.client.get("/metrics").text)
    assert world.call("GET", "/sync/pull?since=0", role=Role.AGENT).status_code == 200
    assert world.call("GET", "/guides/ukendt", role=Role.AGENT).status_code == 404
    batch = {"items": [make_registration(), make_registration()]}
    assert world.call("POST", "/registrations", role=Role.AGENT, json=batch).status_code == 200
    answer = world.client.get("/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain; version=")
    after = samples(answer.text)

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    pull = {"route": "/api/v1/sync/pull", "method": "GET"}
    assert delta("vejviser_http_requests_total", status="200", **pull) == 1
    # The route template, never the id the client sent.
    assert (
        delta(
            "vejviser_http_requests_total",
            route="/api/v1/guides/{guide_id}",
            method="GET",
            status="404",
        )
        == 1
    )
    assert not any("ukendt" in str(labels) for _, labels in after)
    assert delta("vejviser_http_request_duration_seconds_count", **pull) == 1
    assert delta("vejviser_sync_pulls_total", reset="false") == 1
    assert delta("vejviser_registrations_ingested_total") == 2
    # /metrics itself is not counted.
    assert not any(dict(labels).get("route") == "/metrics" for _, labels in after)
