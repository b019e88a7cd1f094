"""``vejviser-server backup`` → wipe → ``restore`` while the server runs (the real command
in its own process, the real ``serve`` answering all along): nothing in the backup is lost,
the server answers from the restored database without a restart, and desktops are told to
pull everything again."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import text
from support.serve_process import ServeProcess, create_accounts
from support.world import guide_body

from sync_server.db.engine import make_engine
from sync_server.db.models import Base
from sync_server.protocol import API_PREFIX, Role

PASSWORD = "korrekt-hest-batteri"


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VEJVISER_DATABASE_URL": url}
    return subprocess.run(
        [sys.executable, "-m", "sync_server.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


class Api:
    def __init__(self, base: str, username: str) -> None:
        self.base = base + API_PREFIX
        answer = requests.post(
            self.base + "/auth/login",
            json={"municipality": "101", "username": username, "password": PASSWORD},
            timeout=60,
        )
        assert answer.status_code == 200, answer.text
        self.headers = {"Authorization": f"Bearer {answer.json()['token']}"}

    def __call__(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return requests.request(
            method, self.base + path, headers=self.headers, timeout=60, **kwargs
        )


def registration() -> dict[str, Any]:
    started = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    return {
        "id": str(uuid.uuid4()),
        "version": 1,
        "channel": "phone",
        "location": "Borgerservice",
        "started_at": started.isoformat(),
        "ended_at": (started + timedelta(minutes=6)).isoformat(),
        "active_seconds": 300,
        "guide_ids": ["melde-flytning"],
        "area": "Flytning",
        "outcome": "resolved",
    }


def stored_registrations(url: str) -> set[str]:
    engine = make_engine(url)
    with engine.connect() as conn:
        found = {row[0] for row in conn.execute(text("SELECT uuid FROM registrations"))}
    engine.dispose()
    return found


def wipe(url: str) -> None:
    """Every table gone, as after a lost disk or a bad manual change."""
    engine = make_engine(url)
    Base.metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    engine.dispose()


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_backup_wipe_restore_under_a_running_server(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_cluster").create_database(f"b_{uuid.uuid4().hex[:10]}")
    with ServeProcess(url, tmp_path / "serve") as server:
        create_accounts(url, "101", ["admin"], PASSWORD, Role.ADMIN)
        create_accounts(url, "101", ["agent"], PASSWORD)
        admin, agent = Api(server.url, "admin"), Api(server.url, "agent")
        for key in ("melde-flytning", "sundhedskort"):
            assert admin("POST", "/guides", json=guide_body(key)).status_code == 201
        before = [registration() for _ in range(3)]
        assert agent("POST", "/registrations", json={"items": before}).status_code == 200
        pulled = agent("GET", "/sync/pull?since=0").json()

        done = cli(url, "backup", str(tmp_path / "backup" / "vejviser.backup"))
        assert done.returncode == 0, done.stderr
        assert "Sikkerhedskopi skrevet til" in done.stdout

        # After the backup: a change that the backup does not hold, then the loss.
        assert admin("DELETE", "/guides/sundhedskort?base_revision=1").status_code == 204
        wipe(url)
        assert requests.get(server.url + "/ready", timeout=10).status_code == 503

        done = cli(url, "restore", "--yes", str(tmp_path / "backup" / "vejviser.backup"))
        assert done.returncode == 0, done.stderr
        assert "skrivebordene henter alt indhold igen" in done.stdout

        # The same server process, no restart: ready, and everything in the backup is back.
        assert requests.get(server.url + "/ready", timeout=10).status_code == 200
        assert {g["id"] for g in admin("GET", "/guides").json()} == {
            "melde-flytning",
            "sundhedskort",
        }
        assert stored_registrations(url) == {r["id"] for r in before}
        # A registration sent again (the desktop's outbox) is stored once, as always.
        assert agent("POST", "/registrations", json={"items": before[:1]}).status_code == 200
        assert len(stored_registrations(url)) == 3
        # A desktop that synced before is told to pull everything again.
        again = agent(
            "GET", f"/sync/pull?since={pulled['cursor']}&history={pulled['history']}"
        ).json()
        assert again["reset"] is True
        assert {g["id"] for g in again["guides"]} == {"melde-flytning", "sundhedskort"}
        # The server kept answering through it all: its log has no server error.
        assert " 500 " not in server.output()


def test_restore_refuses_what_is_not_a_backup(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert cli(url, "migrate").returncode == 0
    not_a_backup = tmp_path / "noter.txt"
    not_a_backup.write_text("ikke en database", encoding="utf-8")
    done = cli(url, "restore", "--yes", str(not_a_backup))
    assert done.returncode == 2
    assert "ikke en sikkerhedskopi af en Vejviser-server på SQLite" in done.stderr
    assert cli(url, "backup", str(tmp_path / "ok.backup")).returncode == 0  # still intact


def test_restore_refuses_a_backup_from_a_newer_version(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert cli(url, "migrate").returncode == 0
    newer = tmp_path / "newer.sqlite3"
    assert cli(f"sqlite:///{newer}", "migrate").returncode == 0
    engine = make_engine(f"sqlite:///{newer}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    done = cli(url, "restore", "--yes", str(newer))
    assert done.returncode == 2
    assert "nyere version" in done.stderr
