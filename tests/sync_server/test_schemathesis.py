"""Property-based API tests from the OpenAPI schema: no 5xx, answers as documented.

Every operation gets generated requests, valid (positive) and invalid (negative), with an
admin's token of a municipality that has content. Each answer must not be a server error
and must match the schema the app publishes for its status code.

(Schemathesis' own pytest loader does not run under this pytest version, so the
operations are parametrised here and driven with Hypothesis directly.)
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error, response_schema_conformance
from sqlalchemy import Engine
from support.hotline import HOTLINE, seed_hotline
from support.world import World, guide_body

from sync_server.app import create_app
from sync_server.config import Settings
from sync_server.protocol import Role

MAX_EXAMPLES = 15


def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = create_app(Settings(database_url="sqlite://")).openapi()
    return spec


SPEC = _spec()
OPERATIONS = sorted(
    (path, method.upper())
    for path, item in SPEC["paths"].items()
    for method in item
    if method in {"get", "put", "post", "delete", "patch"}
)


@pytest.fixture
def db_url(tmp_path: Path, sqlite_template: Path) -> str:
    """SQLite only: the schema is the same on both databases."""
    path = tmp_path / "server.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=db_url,
        data_dir=tmp_path / "data",
        mail_provider="file",
        sms_provider="file",
        sms_webhook_secret="webhook-hemmelighed",
    )


#: The operations a shared hotline's accounts use beyond a municipality's: run again with the
#: token of a hotline's admin (the hotline admitted by 101).
HOTLINE_OPERATIONS = [
    op
    for op in OPERATIONS
    if op
    in {
        ("/api/v1/reports/allocation", "GET"),
        ("/api/v1/hotline/members", "GET"),
        ("/api/v1/sync/pull", "GET"),
        ("/api/v1/messaging/templates", "GET"),
        ("/api/v1/registrations", "POST"),
        ("/api/v1/feedback", "POST"),
        ("/api/v1/blobs/{sha256}", "GET"),
    }
]


@pytest.fixture
def api_schema(
    app: FastAPI, world: World, engine: Engine, settings: Settings, password_hash: str
) -> Any:
    world.tokens |= seed_hotline(engine, settings, password_hash, members=("101",))
    for guide_id in ("melde-flytning", "a", "0"):
        world.call("POST", "/guides", json=guide_body(guide_id))
        world.call("POST", "/guides", code="202", json=guide_body(guide_id))
    world.call("PUT", "/areas/Flytning?base_revision=1", json={"name": "Flytning"})
    world.call("PUT", "/faq/a", json={"id": "a", "question": "Q", "answer": ["A"]})
    world.call("PUT", "/contacts/a", json={"id": "a", "name": "Skat"})
    world.call("PUT", "/synonyms/a", json={"term": "a", "words": ["b"]})
    # a copy whose origin has a newer version (library updates), and a pending draft
    world.call("POST", "/library/202/0/copy", json={"id": "kopi"})
    world.call("PUT", "/guides/0", code="202", json=guide_body("0", title="Ny", base_revision=1))
    world.call("PUT", "/guides/a", json=guide_body("a", status="draft", base_revision=1))
    schema = schemathesis.openapi.from_dict(SPEC)
    schema.app = app  # requests go to the app in-process (ASGI)
    return schema


def test_the_schema_tested_is_the_one_served(client: TestClient) -> None:
    assert client.get("/openapi.json").json() == SPEC


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize(("path", "method"), OPERATIONS, ids=[f"{m} {p}" for p, m in OPERATIONS])
def test_api(api_schema: Any, world: World, path: str, method: str, mode: GenerationMode) -> None:
    _drive(api_schema, path, method, mode, world.tokens[("101", Role.ADMIN)])


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize(
    ("path", "method"), HOTLINE_OPERATIONS, ids=[f"{m} {p}" for p, m in HOTLINE_OPERATIONS]
)
def test_api_as_hotline(
    api_schema: Any, world: World, path: str, method: str, mode: GenerationMode
) -> None:
    _drive(api_schema, path, method, mode, world.tokens[(HOTLINE, Role.ADMIN)])


def _drive(api_schema: Any, path: str, method: str, mode: GenerationMode, token: str) -> None:
    operation = api_schema[path][method]
    headers = {"Authorization": f"Bearer {token}"}
    strategy = operation.as_strategy(mode)

    @given(case=strategy)
    @hypothesis_settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: the first failure is shown
        suppress_health_check=list(HealthCheck),
    )
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate(
            headers={**(case.headers or {}), **headers},
            checks=[not_a_server_error, response_schema_conformance],
        )

    try:
        run()
    except Unsatisfiable:
        if mode is GenerationMode.NEGATIVE:
            pytest.skip("no invalid input can be generated for this operation")
        raise
