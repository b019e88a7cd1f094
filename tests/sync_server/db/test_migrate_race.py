"""Two server processes starting at once on a new database: both come up.

Real processes (``vejviser-server migrate`` and ``serve``), started at the same moment on a
brand-new SQLite file or PostgreSQL database; the migrations run once, under a lock.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests
from support.live_server import free_port

from sync_server.db.engine import make_engine
from sync_server.db.migrate import current_revision, head_revision

_AT = """
import sys, time
start = float(sys.argv[1])
while time.time() < start:
    time.sleep(0.0005)
from sync_server.cli import main
main(sys.argv[2:])
"""


def _new_db(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / uuid.uuid4().hex / 'server.sqlite3'}"
    cluster = request.getfixturevalue("pg_cluster")
    return str(cluster.create_database(f"race_{uuid.uuid4().hex[:12]}"))


def _at_once(url: str, tmp_path: Path, *commands: list[str]) -> list[subprocess.Popen[str]]:
    start = time.time() + 2.5  # both have imported the server by then
    env = {**os.environ, "VEJVISER_DATABASE_URL": url, "VEJVISER_DATA_DIR": str(tmp_path)}
    return [
        subprocess.Popen(
            [sys.executable, "-c", _AT, str(start), *command],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]


def _revision(url: str) -> str | None:
    engine = make_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


KINDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_two_migrations_at_once_on_a_new_database_both_succeed(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    for _trial in range(3):
        url = _new_db(kind, tmp_path, request)
        procs = _at_once(url, tmp_path, ["migrate"], ["migrate"])
        outputs = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], [err for _, err in outputs]
        assert _revision(url) == head_revision()


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_two_servers_started_at_once_on_a_new_database_both_come_up(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = _new_db(kind, tmp_path, request)
    ports = [free_port(), free_port()]
    procs = _at_once(url, tmp_path, *(["serve", "--port", str(port)] for port in ports))
    try:
        deadline = time.monotonic() + 60
        up: set[int] = set()
        while len(up) < 2 and time.monotonic() < deadline:
            for proc, port in zip(procs, ports, strict=True):
                assert proc.poll() is None, proc.communicate()[1]
                try:
                    if requests.get(f"http://127.0.0.1:{port}/health", timeout=1).ok:
                        up.add(port)
                except requests.RequestException:
                    pass
            time.sleep(0.1)
        assert up == set(ports)
        assert _revision(url) == head_revision()
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.communicate(timeout=30)
