"""Upgrade without loss: a server database and a desktop cache as the previous release left
them upgrade to this version with nothing lost.

The previous release is commit :data:`BASE` (``e7176db``, where issue 18's work began). Its
state is vendored in ``tests/data/upgrade/e7176db/`` as SQL text, made by
``tests/support/upgrade_fixture.py`` with that commit's own code: its server migrations and
API, its desktop cache migrations, sync engine, contact log and feedback. The test migrates to
whatever the head is now (server Alembic and desktop cache migrations alike), so later
migrations are checked against the old state too.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import requests
from sqlalchemy import text
from support.serve_process import ServeProcess
from support.upgrade_fixture import BASE, FIXTURE

from desktop.store import open_cache
from desktop.store.blobs import BlobStore
from desktop.store.db import migrations
from desktop.sync.engine import SyncEngine
from desktop.sync.transport import ApiClient
from sync_server.db.engine import make_engine
from sync_server.db.migrate import current_revision, head_revision
from sync_server.protocol import API_PREFIX


def load(sql: Path, db: Path) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(db) as conn:
        conn.executescript(sql.read_text(encoding="utf-8"))


def rows(db_url: str, query: str) -> list[str]:
    engine = make_engine(db_url)
    with engine.connect() as conn:
        found = [str(row[0]) for row in conn.execute(text(query))]
    engine.dispose()
    return found


def test_the_previous_release_upgrades_with_nothing_lost(tmp_path: Path) -> None:
    assert BASE == "e7176db"
    expected = json.loads((FIXTURE / "expected.json").read_text(encoding="utf-8"))
    assert expected["base"] == BASE
    load(FIXTURE / "server.sql", tmp_path / "server.sqlite3")
    load(FIXTURE / "desktop-cache.sql", tmp_path / "desk" / "cache.sqlite3")
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert current_revision(make_engine(url)) == "0005"  # as the old release left it

    # The server as shipped: `serve` migrates, then answers.
    with ServeProcess(url, tmp_path / "serve") as server:
        engine = make_engine(url)
        assert current_revision(engine) == head_revision()
        engine.dispose()
        assert requests.get(server.url + "/ready", timeout=10).status_code == 200
        # Everything the old server held is there.
        assert sorted(rows(url, "SELECT key FROM content WHERE kind = 'guide'")) == sorted(
            expected["guides"]
        )
        assert sorted(rows(url, "SELECT uuid FROM registrations")) == sorted(
            expected["registrations_sent"]
        )

        # The desktop: the new version opens the old cache and migrates it.
        cache = open_cache(tmp_path / "desk" / "cache.sqlite3")
        try:
            with cache.read() as conn:
                version = conn.exec_driver_sql("PRAGMA user_version").scalar()
                cached = sorted(r[0] for r in conn.execute(text("SELECT id FROM guides")))
                queued = sorted(r[0] for r in conn.execute(text("SELECT id FROM outbox")))
                logged = conn.execute(text("SELECT count(*) FROM registration_log")).scalar()
            assert version == migrations()[-1][0]
            assert cached == sorted(expected["guides"])
            assert queued == sorted(expected["registrations_queued"] + expected["feedback_queued"])
            assert logged == 5  # the staff member's own list of the day

            # The old login still works; the queued work goes out at the first sync.
            login = requests.post(
                server.url + API_PREFIX + "/auth/login",
                json={"municipality": "101", "username": "agent", "password": expected["password"]},
                timeout=60,
            )
            assert login.status_code == 200, login.text
            api = ApiClient(server.url, login.json()["token"])
            report = SyncEngine(
                cache, BlobStore(cache, tmp_path / "desk" / "blobs"), api
            ).run_once()
            assert report.error is None, report.error
            assert report.pushed == 4 and report.rejected == 0
            # Migration 0006 starts every municipality's sync history anew on purpose (staff
            # desktops of the old release may hold drafts they may no longer see): the first
            # sync is a full pull, and nothing queued or cached is lost by it.
            assert report.reset is True
            with cache.read() as conn:
                assert conn.execute(text("SELECT count(*) FROM outbox")).scalar() == 0
                assert sorted(r[0] for r in conn.execute(text("SELECT id FROM guides"))) == sorted(
                    expected["guides"]
                )
        finally:
            cache.close()
    assert sorted(rows(url, "SELECT uuid FROM registrations")) == sorted(
        expected["registrations_sent"] + expected["registrations_queued"]
    )
    assert rows(url, "SELECT uuid FROM feedback") == expected["feedback_queued"]
