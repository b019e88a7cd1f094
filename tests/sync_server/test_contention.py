"""Many requests at once against the real server command: no 500, limits that hold.

SQLite runs one ``vejviser-server serve``; PostgreSQL runs two on the same database (as a
municipality would behind a load balancer). Every request of a burst is released at the
same moment.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from support.burst import at_once, login
from support.serve_process import ServeProcess, create_accounts
from support.world import guide_body

from sync_server.protocol import API_PREFIX, Role

PASSWORD = "korrekt-hest-batteri"
pytestmark = pytest.mark.slow


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def servers(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[list[ServeProcess]]:
    """One server on SQLite, two on one PostgreSQL database; 50 agents in 101."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
        count = 1
    else:
        url = request.getfixturevalue("pg_cluster").create_database(f"c_{uuid.uuid4().hex[:12]}")
        count = 2
    env = {"mail_provider": "file", "message_rate_per_hour": 10}
    first = ServeProcess(url, tmp_path / "s0", **env).start()  # migrates the new database
    running = [first]
    try:
        create_accounts(url, "101", [f"agent{i}" for i in range(50)], PASSWORD)
        running += [ServeProcess(url, tmp_path / f"s{i}", **env).start() for i in range(1, count)]
        yield running
    finally:
        for server in running:
            server.stop()


def _registration(day: int) -> dict[str, object]:
    started = datetime(2026, 3, 2, 9, 0, tzinfo=UTC) + timedelta(days=day)
    return {
        "id": str(uuid.uuid4()),
        "channel": "phone",
        "location": "Borgerservice",
        "started_at": started.isoformat(),
        "ended_at": (started + timedelta(minutes=5)).isoformat(),
        "active_seconds": 240,
        "outcome": "resolved",
    }


def test_concurrent_wrong_passwords_for_one_account_are_checked_at_most_five_times(
    servers: list[ServeProcess],
) -> None:
    urls = [servers[i % len(servers)].url for i in range(20)]
    calls = [(lambda url=url: login(url, "101", "agent1", "forkert")) for url in urls]
    statuses = Counter(r.status_code for r in at_once(calls))
    assert set(statuses) <= {401, 429}, statuses
    assert statuses[401] <= 5, statuses  # each 401 is a password check
    # the limit is reached: even the right password is not checked now
    refused = login(servers[0].url, "101", "agent1", PASSWORD)
    assert refused.status_code == 429
    assert refused.json()["error"] == "login_rate_limited"


def test_concurrent_right_passwords_for_one_account_all_succeed(
    servers: list[ServeProcess],
) -> None:
    """Several desktops of one account logging in at once are not taken for an attack."""
    urls = [servers[i % len(servers)].url for i in range(12)]
    calls = [(lambda url=url: login(url, "101", "agent2", PASSWORD)) for url in urls]
    assert [r.status_code for r in at_once(calls)] == [200] * 12


def test_a_morning_login_burst_while_desktops_push_gives_no_server_error(
    servers: list[ServeProcess],
) -> None:
    token = login(servers[0].url, "101", "agent0", PASSWORD).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}

    def push(i: int) -> requests.Response:
        url = servers[i % len(servers)].url + API_PREFIX + "/registrations"
        body = {"items": [_registration(i) for _ in range(50)]}
        return requests.post(url, json=body, headers=headers, timeout=60)

    logins = [
        (lambda i=i: login(servers[i % len(servers)].url, "101", f"agent{i}", PASSWORD))
        for i in range(50)
    ]
    pushes = [(lambda i=i: push(i)) for i in range(20)]
    answers = at_once([*logins, *pushes])
    assert [r.status_code for r in answers] == [200] * 70, [
        (r.status_code, r.text[:200]) for r in answers if r.status_code != 200
    ]


def test_forty_logins_at_once_stay_within_the_password_check_memory(tmp_path: Path) -> None:
    """argon2 costs 19 MiB per check; at most two run at once per process, also for
    unknown accounts (which pay a dummy check)."""
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    with ServeProcess(url, tmp_path) as server:
        create_accounts(url, "101", ["anna"], PASSWORD)
        assert login(server.url, "101", "anna", PASSWORD).status_code == 200  # warm up
        before = server.rss_bytes()
        calls = [(lambda i=i: login(server.url, "101", f"ukendt{i}", "forkert")) for i in range(40)]
        statuses = Counter(r.status_code for r in at_once(calls))
        peak = server.peak_rss_bytes()
    print(f"\n40 logins at once: RSS before {before / 2**20:.1f} MB, peak {peak / 2**20:.1f} MB")
    assert statuses == {401: 40}
    assert peak - before < 2 * 19 * 2**20 + 30 * 2**20


def test_forwarded_for_is_believed_only_from_trusted_proxies(tmp_path: Path) -> None:
    """The shipped unit binds to 127.0.0.1; X-Forwarded-For from there is not believed
    unless 127.0.0.1 is configured as a proxy (VEJVISER_TRUSTED_PROXIES)."""
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"

    def attempt(server: ServeProcess, name: str, forwarded: str) -> int:
        return requests.post(
            server.url + API_PREFIX + "/auth/login",
            json={"municipality": "101", "username": name, "password": "forkert"},
            headers={"X-Forwarded-For": forwarded},
            timeout=30,
        ).status_code

    with ServeProcess(url, tmp_path / "a", login_max_failures_per_ip=3) as server:
        for name in ("a", "b", "c"):
            assert attempt(server, name, "10.0.0.1") == 401
        # a "new" forwarded address from 127.0.0.1 changes nothing: it is not believed
        assert attempt(server, "d", "10.0.0.2") == 429
    with ServeProcess(
        url, tmp_path / "b", login_max_failures_per_ip=3, trusted_proxies="127.0.0.1/32"
    ) as server:
        for name in ("e", "f", "g"):
            assert attempt(server, name, "10.0.0.3") == 401
        assert attempt(server, "h", "10.0.0.3") == 429  # that client is paused
        assert attempt(server, "h", "10.0.0.4") == 401  # another one behind the proxy is not
        # a client that forges a hop in front of the proxy's own does not escape
        assert attempt(server, "i", "10.0.0.9, 10.0.0.3") == 429


def _admin(servers: list[ServeProcess]) -> dict[str, str]:
    create_accounts(servers[0].db_url, "101", ["chef"], PASSWORD, role=Role.ADMIN)
    token = login(servers[0].url, "101", "chef", PASSWORD).json()["token"]
    return {"Authorization": f"Bearer {token}"}


def test_two_admins_saving_the_same_guide_from_the_same_revision_get_200_and_409(
    servers: list[ServeProcess],
) -> None:
    headers = _admin(servers)
    base = servers[0].url + API_PREFIX
    created = requests.post(base + "/guides", json=guide_body("flyt"), headers=headers, timeout=30)
    assert created.status_code == 201, created.text
    revision = created.json()["revision"]
    for round_ in range(25):
        bodies = [
            {**guide_body("flyt", title=f"Runde {round_} af {who}"), "base_revision": revision}
            for who in ("A", "B")
        ]
        urls = [server.url + API_PREFIX + "/guides/flyt" for server in servers * 2][:2]
        answers = at_once(
            [
                (
                    lambda url=url, body=body: requests.put(
                        url, json=body, headers=headers, timeout=30
                    )
                )
                for url, body in zip(urls, bodies, strict=True)
            ]
        )
        statuses = sorted(r.status_code for r in answers)
        assert statuses == [200, 409], [(r.status_code, r.text[:300]) for r in answers]
        winner = next(r for r in answers if r.status_code == 200).json()
        loser = next(r for r in answers if r.status_code == 409).json()
        assert winner["revision"] == revision + 1
        assert loser["detail"]["current_revision"] == revision + 1
        revision = winner["revision"]
    history = requests.get(base + "/guides/flyt/revisions", headers=headers, timeout=30).json()
    assert [h["revision"] for h in history] == list(range(1, revision + 1))


def test_two_admins_saving_the_same_contact_at_once_get_200_and_409(
    servers: list[ServeProcess],
) -> None:
    headers = _admin(servers)
    url = servers[0].url + API_PREFIX + "/contacts/skat"
    body = {"id": "skat", "name": "Skattestyrelsen"}
    created = requests.put(url, json=body, headers=headers, timeout=30)
    assert created.status_code == 200, created.text
    revision = created.json()["revision"]
    for round_ in range(15):
        urls = [server.url + API_PREFIX + "/contacts/skat" for server in servers * 2][:2]
        answers = at_once(
            [
                (
                    lambda u=u, note=f"{round_} {who}", base=revision: requests.put(
                        u,
                        json={**body, "note": note},
                        params={"base_revision": base},
                        headers=headers,
                        timeout=30,
                    )
                )
                for u, who in zip(urls, "AB", strict=True)
            ]
        )
        assert sorted(r.status_code for r in answers) == [200, 409], [r.text for r in answers]
        revision += 1


def test_the_message_rate_limit_holds_for_concurrent_sends(servers: list[ServeProcess]) -> None:
    """10 messages an hour: 20 sent at once by one account get at most 10 through."""
    token = login(servers[0].url, "101", "agent3", PASSWORD).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}

    def send(url: str) -> requests.Response:
        body = {
            "id": str(uuid.uuid4()),
            "channel": "email",
            "recipient": "borger@example.org",
            "subject": "Vejledning",
            "body": "Meld flytning på borger.dk.",
        }
        return requests.post(url + API_PREFIX + "/messages", json=body, headers=headers, timeout=60)

    urls = [servers[i % len(servers)].url for i in range(20)]
    answers = at_once([(lambda url=url: send(url)) for url in urls])
    statuses = Counter(r.status_code for r in answers)
    assert set(statuses) <= {200, 429}, [r.text for r in answers]
    assert statuses[200] == 10, statuses
