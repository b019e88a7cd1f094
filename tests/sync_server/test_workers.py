"""Several server processes on one database: ``serve --workers N``, and two ``serve``
commands on one PostgreSQL database (as behind a load balancer). What must hold across
processes lives in the database: the login lockout, the hourly message limit, scheduled jobs
that run once, and the metrics a scrape gives."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import text
from support.metrics import samples, value
from support.postgres import PgCluster
from support.serve_process import ServeProcess, create_accounts

from sync_server.db.engine import make_engine
from sync_server.protocol import API_PREFIX

PASSWORD = "korrekt-hest-batteri"


def login(url: str, username: str = "agent", password: str = PASSWORD) -> requests.Response:
    return requests.post(
        url + API_PREFIX + "/auth/login",
        json={"municipality": "101", "username": username, "password": password},
        timeout=60,
    )


def mail(token: str) -> dict[str, Any]:
    return {
        "headers": {"Authorization": f"Bearer {token}"},
        "json": {
            "id": str(uuid.uuid4()),
            "guide_id": "melde-flytning",
            "channel": "email",
            "recipient": "borger@example.dk",
            "subject": "Vejledning",
            "body": "Hej\n\nMeld flytning på borger.dk.",
        },
        "timeout": 60,
    }


def workers_of(pid: int) -> list[int]:
    """The worker processes uvicorn spawned (not multiprocessing's resource tracker)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:  # gone meanwhile
            continue
        if int(fields[1]) == pid and b"spawn_main" in cmdline:
            found.append(int(stat.parent.name))
    return found


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> str:
    return pg_cluster.create_database(f"workers_{uuid.uuid4().hex[:10]}")


@pytest.mark.postgres
def test_two_servers_on_one_postgres_keep_the_limits_and_run_jobs_once(
    pg_url: str, tmp_path: Path
) -> None:
    settings: dict[str, Any] = {
        "login_max_failures": 5,
        "message_rate_per_hour": 4,
        "mail_provider": "file",
        "job_interval_seconds": 0.1,
    }
    with (
        ServeProcess(pg_url, tmp_path / "a", **settings) as a,
        ServeProcess(pg_url, tmp_path / "b", **settings) as b,
    ):
        servers = [a.url, b.url]
        create_accounts(pg_url, "101", ["agent", "anden"], PASSWORD)
        # Login lockout: five wrong passwords, spread over both servers, lock the account on
        # both — also for the right password.
        for attempt in range(5):
            answer = login(servers[attempt % 2], password="forkert-kode")
            assert answer.status_code == 401, answer.text
        for url in servers:
            assert login(url, password="forkert-kode").status_code == 429
            refused = login(url)
            assert refused.status_code == 429
            assert refused.json()["error"] == "login_rate_limited"
        # Another account is not affected.
        token = login(a.url, "anden").json()["token"]

        # Hourly message limit (4): ten messages at once, five to each server: four go out.
        with ThreadPoolExecutor(10) as pool:
            answers = list(
                pool.map(
                    lambda i: requests.post(
                        servers[i % 2] + API_PREFIX + "/messages", **mail(token)
                    ),
                    range(10),
                )
            )
        codes = sorted(answer.status_code for answer in answers)
        assert codes == [200] * 4 + [429] * 6, [answer.text for answer in answers]
        assert {answer.json()["error"] for answer in answers if answer.status_code == 429} == {
            "message_rate_limited"
        }
        for url in servers:  # and stays refused on both
            assert requests.post(url + API_PREFIX + "/messages", **mail(token)).status_code == 429

        # Scheduled jobs: both servers look every 0.1 s; each period ran in one of them.
        deadline = time.monotonic() + 60
        while True:
            scraped = [samples(requests.get(url + "/metrics", timeout=10).text) for url in servers]
            skipped = [
                value(s, "vejviser_jobs_total", job="messages.sweep", outcome="skipped")
                for s in scraped
            ]
            if all(n >= 3 for n in skipped) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        ran = sum(
            value(s, "vejviser_jobs_total", job="messages.sweep", outcome="ran") for s in scraped
        )
    engine = make_engine(pg_url)
    with engine.connect() as conn:
        runs = conn.execute(
            text("SELECT count(*) FROM job_runs WHERE name = 'messages.sweep'")
        ).scalar_one()
    engine.dispose()
    assert all(n >= 3 for n in skipped), skipped  # both tried, again and again
    assert runs >= 1
    assert ran == runs  # ... and each period ran exactly once between them


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_serve_with_workers(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """``serve --workers 2``: two processes answer on one port, and ``/metrics`` adds up
    what all of them counted, whichever answers the scrape."""
    url = (
        f"sqlite:///{tmp_path / 'server.sqlite3'}"
        if kind == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    with ServeProcess(url, tmp_path / "serve", workers=2) as server:
        deadline = time.monotonic() + 30
        while len(workers_of(server.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = workers_of(server.pid)
        assert len(workers) == 2, workers
        create_accounts(url, "101", ["agent"], PASSWORD)
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda _: login(server.url).status_code, range(8)))
        assert answers == [200] * 8
        for _ in range(40):
            assert requests.get(server.url + "/health", timeout=10).ok
        # The metric files of both workers are there, and every scrape gives the sum.
        folder = tmp_path / "serve" / "metrics"
        assert {p.stem.rsplit("_", 1)[1] for p in folder.glob("counter_*.db")} == {
            str(pid) for pid in workers
        }
        for _ in range(4):
            found = samples(requests.get(server.url + "/metrics", timeout=10).text)
            logins = {"route": "/api/v1/auth/login", "method": "POST", "status": "200"}
            assert value(found, "vejviser_http_requests_total", **logins) == 8
            health = {"route": "/health", "method": "GET", "status": "200"}
            # the 40 above and ServeProcess's own wait for /health at start
            assert value(found, "vejviser_http_requests_total", **health) >= 41
