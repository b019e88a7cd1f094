"""Login, logout, token expiry and revocation, rate limiting, hashed secrets — over HTTP."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, update
from support.world import World

from sync_server.app import create_app
from sync_server.config import Settings
from sync_server.db.models import AccountRow, LoginAttemptRow, MunicipalityRow, TokenRow
from sync_server.protocol import Role, utcnow

LOGIN = "/api/v1/auth/login"


def login(client: TestClient, code: str, username: str, password: str) -> dict:
    response = client.post(
        LOGIN, json={"municipality": code, "username": username, "password": password}
    )
    return {"status": response.status_code, "body": response.json()}


def test_login_returns_an_expiring_token_that_works(world: World, password: str) -> None:
    before = utcnow()
    result = login(world.client, "101", "admin", password)
    assert result["status"] == 200, result
    body = result["body"]
    expires = datetime.fromisoformat(body["expires_at"])
    assert before + timedelta(hours=11) < expires <= utcnow() + timedelta(hours=12, seconds=5)
    assert body["account"]["username"] == "admin"
    assert body["account"]["role"] == "admin"
    assert body["account"]["municipality"] == {"code": "101", "name": "Kommune 101"}
    assert body["account"]["staff_pseudonym"].startswith("m-")

    me = world.client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {body['token']}"})
    assert me.status_code == 200
    assert me.json() == body["account"]


def test_login_username_is_case_insensitive(world: World, password: str) -> None:
    assert login(world.client, "101", "  Agent ", password)["status"] == 200


@pytest.mark.parametrize(
    ("username", "secret"),
    [("admin", "forkert-adgangskode"), ("ukendt", None), ("admin", "")],
    ids=["wrong-password", "unknown-user", "empty-password"],
)
def test_bad_credentials_are_refused(
    world: World, password: str, username: str, secret: str | None
) -> None:
    result = login(world.client, "101", username, password if secret is None else secret)
    if secret == "":
        assert result["status"] == 422
        return
    assert result["status"] == 401
    assert result["body"]["error"] == "invalid_credentials"
    assert "Forkert brugernavn eller adgangskode" in result["body"]["detail"]


def test_account_of_another_municipality_cannot_log_in_here(
    world: World, engine: Engine, password: str
) -> None:
    # "manager" exists in both; a 202 account name that 101 lacks must not log in to 101
    with engine.begin() as conn:
        conn.execute(
            update(AccountRow)
            .where(AccountRow.username == "manager", AccountRow.display_name == "manager 202")
            .values(username="kun-i-202")
        )
    assert login(world.client, "202", "kun-i-202", password)["status"] == 200
    result = login(world.client, "101", "kun-i-202", password)
    assert result["status"] == 401
    assert result["body"]["error"] == "invalid_credentials"


def test_unknown_municipality(world: World, password: str) -> None:
    result = login(world.client, "999", "admin", password)
    assert result["status"] == 401
    assert result["body"]["error"] == "unknown_municipality"
    assert "999" in result["body"]["detail"]
    malformed = login(world.client, "12", "admin", password)
    assert malformed["status"] == 422


def test_inactive_account_cannot_log_in_and_its_tokens_stop_working(
    world: World, engine: Engine, password: str
) -> None:
    with engine.begin() as conn:
        conn.execute(update(AccountRow).where(AccountRow.username == "agent").values(active=False))
    result = login(world.client, "101", "agent", password)
    assert result["status"] == 401
    assert result["body"]["error"] == "invalid_credentials"
    response = world.call("GET", "/auth/me", role=Role.AGENT)
    assert response.status_code == 401
    assert response.json()["error"] == "account_inactive"


def test_logout_revokes_the_token(world: World, password: str) -> None:
    token = login(world.client, "101", "agent", password)["body"]["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert world.client.get("/api/v1/auth/me", headers=headers).status_code == 200
    response = world.client.post("/api/v1/auth/logout", headers=headers)
    assert response.status_code == 204
    assert response.content == b""
    for method, path in (("GET", "/api/v1/auth/me"), ("GET", "/api/v1/guides")):
        again = world.client.request(method, path, headers=headers)
        assert again.status_code == 401
        assert again.json()["error"] == "token_revoked"
    # other tokens of the same account keep working
    assert world.call("GET", "/auth/me", role=Role.AGENT).status_code == 200


def test_expired_token_via_settings(
    settings: Settings, engine: Engine, world: World, password: str
) -> None:
    short = settings.model_copy(update={"token_ttl_hours": 1e-7})  # ~0.4 ms
    with TestClient(create_app(short, engine)) as client:
        result = login(client, "101", "agent", password)
        assert result["status"] == 200
        token = result["body"]["token"]
        me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 401
    assert me.json()["error"] == "token_expired"


def test_expired_token_via_database(world: World, engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(update(TokenRow).values(expires_at=utcnow() - timedelta(seconds=1)))
    response = world.call("GET", "/guides", role=Role.AGENT)
    assert response.status_code == 401
    assert response.json()["error"] == "token_expired"


@pytest.mark.parametrize(
    "header",
    [None, "", "Bearer", "Bearer ", "Basic YWRtaW46eA==", "Bearer ukendt-token", "Token abc"],
)
def test_missing_or_unknown_token_is_401(world: World, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header}
    response = world.client.get("/api/v1/auth/me", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"] in {"not_authenticated", "invalid_token"}


def test_failed_logins_are_rate_limited_even_with_the_right_password(
    world: World, settings: Settings, password: str
) -> None:
    limit = settings.login_max_failures
    for _ in range(limit):
        assert login(world.client, "101", "admin", "forkert")["status"] == 401
    locked = login(world.client, "101", "ADMIN", password)
    assert locked["status"] == 429
    assert locked["body"]["error"] == "login_rate_limited"
    assert "minutter" in locked["body"]["detail"]
    # another account is not locked by these failures
    assert login(world.client, "101", "agent", password)["status"] == 200
    # nor is the same user name in another municipality
    assert login(world.client, "202", "admin", password)["status"] == 200


def test_failures_persist_across_requests_and_apps(
    world: World, settings: Settings, engine: Engine, password: str
) -> None:
    for _ in range(settings.login_max_failures - 1):
        assert login(world.client, "101", "admin", "forkert")["status"] == 401
    with engine.connect() as conn:
        stored = conn.scalar(
            select(LoginAttemptRow.failures).where(LoginAttemptRow.key.startswith("acct:"))
        )
    assert stored == settings.login_max_failures - 1
    # a fresh app on the same database (a restarted server) still counts them
    with TestClient(create_app(settings, engine)) as client:
        assert login(client, "101", "admin", "forkert")["status"] == 401
        assert login(client, "101", "admin", password)["status"] == 429


def test_success_clears_earlier_failures(world: World, settings: Settings, password: str) -> None:
    for _ in range(settings.login_max_failures - 1):
        login(world.client, "101", "admin", "forkert")
    assert login(world.client, "101", "admin", password)["status"] == 200
    for _ in range(settings.login_max_failures - 1):
        assert login(world.client, "101", "admin", "forkert")["status"] == 401
    assert login(world.client, "101", "admin", password)["status"] == 200


def test_old_failures_outside_the_window_do_not_count(
    world: World, settings: Settings, engine: Engine, password: str
) -> None:
    for _ in range(settings.login_max_failures):
        login(world.client, "101", "admin", "forkert")
    assert login(world.client, "101", "admin", password)["status"] == 429
    with engine.begin() as conn:
        conn.execute(
            update(LoginAttemptRow).values(
                window_start=utcnow() - timedelta(seconds=settings.login_window_seconds + 5)
            )
        )
    assert login(world.client, "101", "admin", password)["status"] == 200


def test_per_ip_limit(world: World, settings: Settings, engine: Engine, password: str) -> None:
    per_ip = settings.model_copy(update={"login_max_failures_per_ip": 3})
    with TestClient(create_app(per_ip, engine)) as client:
        for name in ("a", "b", "c"):
            assert login(client, "101", name, "forkert")["status"] == 401
        assert login(client, "101", "manager", password)["status"] == 429


def test_passwords_are_argon2_hashes(world: World, engine: Engine, password: str) -> None:
    with engine.connect() as conn:
        hashes = conn.scalars(select(AccountRow.password_hash)).all()
    assert len(hashes) == 6
    for value in hashes:
        assert value.startswith("$argon2")
        assert password not in value


def test_tokens_are_stored_hashed(world: World, engine: Engine, password: str) -> None:
    token = login(world.client, "101", "agent", password)["body"]["token"]
    with engine.connect() as conn:
        rows = conn.execute(select(TokenRow)).mappings().all()
        dump = " ".join(str(dict(r)) for r in rows)
    assert token not in dump
    for raw in world.tokens.values():
        assert raw not in dump
    assert all(len(r["token_hash"]) == 64 for r in rows)
    assert len({r["token_hash"] for r in rows}) == len(rows)


def test_a_nul_character_in_a_login_is_no_server_error(world: World) -> None:
    result = login(world.client, "101", "ad\x00min", "x\x00y")
    assert result["status"] in (401, 422)


def test_new_passwords_use_owasp_argon2_parameters(world: World, engine: Engine) -> None:
    with engine.connect() as conn:
        hashes = conn.scalars(select(AccountRow.password_hash)).all()
    assert hashes
    assert all(value.startswith("$argon2id$v=19$m=19456,t=2,p=1$") for value in hashes)


def test_a_hash_with_older_costs_is_replaced_at_the_next_login(
    world: World, engine: Engine, password: str
) -> None:
    from argon2 import PasswordHasher

    old = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash(password)
    with engine.begin() as conn:
        conn.execute(
            update(AccountRow).where(AccountRow.username == "agent").values(password_hash=old)
        )
    for code in ("101", "202"):
        assert login(world.client, code, "agent", password)["status"] == 200
    with engine.connect() as conn:
        stored = conn.scalars(
            select(AccountRow.password_hash).where(AccountRow.username == "agent")
        ).all()
    assert len(stored) == 2
    assert all(value.startswith("$argon2id$v=19$m=19456,t=2,p=1$") for value in stored)
    assert login(world.client, "101", "agent", password)["status"] == 200


def test_a_login_that_waits_too_long_for_a_password_check_is_told_the_server_is_busy(
    world: World, settings: Settings, engine: Engine, password: str
) -> None:
    """Password checks are bounded per process; the queue is bounded in time: a clear
    503 with Retry-After, and a refused attempt counts as no failure."""
    from concurrent.futures import ThreadPoolExecutor

    narrow = settings.model_copy(
        update={"password_check_concurrency": 1, "password_check_wait_seconds": 0.001}
    )
    with TestClient(create_app(narrow, engine)) as client, ThreadPoolExecutor(12) as pool:
        answers = list(
            pool.map(
                lambda i: client.post(
                    LOGIN,
                    json={"municipality": "101", "username": f"u{i}", "password": "forkert"},
                ),
                range(12),
            )
        )
    statuses = sorted(r.status_code for r in answers)
    assert set(statuses) <= {401, 503}, statuses
    busy = [r for r in answers if r.status_code == 503]
    assert busy, statuses
    assert busy[0].json()["error"] == "login_busy"
    assert "travlt" in busy[0].json()["detail"]
    assert int(busy[0].headers["retry-after"]) >= 1
    with engine.connect() as conn:
        pending = conn.scalars(select(LoginAttemptRow.pending)).all()
    assert set(pending) == {0}  # every reservation was settled or released


def test_expired_tokens_are_pruned_at_login(world: World, engine: Engine, password: str) -> None:
    with engine.begin() as conn:
        conn.execute(update(TokenRow).values(expires_at=utcnow() - timedelta(days=2)))
        total = conn.scalar(select(func.count()).select_from(TokenRow))
    assert login(world.client, "101", "agent", password)["status"] == 200
    with engine.connect() as conn:
        rows = conn.execute(
            select(TokenRow.expires_at, MunicipalityRow.code, AccountRow.username)
            .join(AccountRow, AccountRow.id == TokenRow.account_id)
            .join(MunicipalityRow, MunicipalityRow.id == AccountRow.municipality_id)
        ).all()
    own = [row for row in rows if (row.code, row.username) == ("101", "agent")]
    assert len(own) == 1 and own[0].expires_at > utcnow()  # only the new one
    assert len(rows) == total  # the others' (old) tokens are theirs to prune


def test_a_mistyped_user_name_is_not_stored(world: World, engine: Engine, password: str) -> None:
    """A CPR number typed into the user name field (it happens) never reaches the database."""
    assert login(world.client, "101", "0102901234", "forkert")["status"] == 401
    with engine.connect() as conn:
        keys = conn.scalars(select(LoginAttemptRow.key)).all()
    assert keys and not any("0102901234" in key for key in keys)
