"""Build the upgrade fixture ``tests/data/upgrade/<BASE>/`` with the code of release BASE.

    .venv/bin/python tests/support/upgrade_fixture.py

takes ``sync_server``, ``desktop``, ``resources`` and ``tests/support`` as they stood at
commit :data:`BASE` (``git archive``) and, with that code alone on the path, lets a real
server (its migrations, its API) and a real desktop (its cache migrations, its sync engine,
its contact log and feedback) make the state a municipality would have on the day it
upgrades: guides synced to the desktop, registrations already sent, and registrations and
feedback still queued because the server was away. The server database and the desktop cache
are written as SQL text (``sqlite3`` ``iterdump``), with ``expected.json`` naming what must
survive; ``tests/test_upgrade.py`` upgrades both with the code of today.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

#: The commit where issue 18's work began: the previous release.
BASE = "e7176db"
ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "data" / "upgrade" / BASE
PASSWORD = "korrekt-hest-batteri"


def dump(db: Path, out: Path) -> None:
    """The whole database as SQL text, with its ``user_version`` (the desktop cache's
    schema version, which ``iterdump`` leaves out)."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        lines = [f"PRAGMA user_version = {version};", *conn.iterdump()]
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(out: Path) -> None:  # runs with the code of BASE on sys.path
    from datetime import UTC, datetime, timedelta
    from uuid import uuid4

    from desktop.services.feedback import FeedbackService
    from desktop.store import contacts, open_cache
    from desktop.store.blobs import BlobStore
    from desktop.sync.engine import SyncEngine
    from desktop.sync.transport import ApiClient
    from support.live_server import LiveServer
    from support.world import guide_body
    from sync_server.protocol import FeedbackKind, Registration

    work = Path(tempfile.mkdtemp(prefix="vejviser-upgrade-"))
    server = LiveServer(work / "server").start()
    server.create_account("101", "agent", PASSWORD, "agent", "Anne Agent")
    admin = server.admin_api("101")
    guides = ["melde-flytning", "sundhedskort", "navneaendring"]
    for key in guides:
        admin.create_guide(guide_body(key, title=key.replace("-", " ").capitalize()))

    cache = open_cache(work / "desk" / "cache.sqlite3")
    blobs = BlobStore(cache, work / "desk" / "blobs")
    api = ApiClient(server.url, server.login("101", "agent"))
    start = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

    def register(n: int) -> str:
        begun = start + timedelta(minutes=10 * n)
        item = Registration.model_validate(
            {
                "id": str(uuid4()),
                "version": 1,
                "channel": "phone",
                "location": "Borgerservice",
                "started_at": begun.isoformat(),
                "ended_at": (begun + timedelta(minutes=4)).isoformat(),
                "active_seconds": 240,
                "guide_ids": [guides[n % len(guides)]],
                "area": "Flytning",
                "outcome": "resolved",
            }
        )
        contacts.record(
            cache, item, begun + timedelta(minutes=4), "2026-11-30", clear_running=False
        )
        return str(item.id)

    sent = [register(n) for n in range(2)]
    SyncEngine(cache, blobs, api).run_once()  # guides pulled, two registrations sent
    server.stop()  # the server goes away; the desk keeps working
    queued = [register(n) for n in range(2, 5)]
    feedback = FeedbackService(cache).send(
        "sundhedskort", 1, FeedbackKind("outdated"), "Fristen står forkert i trin 2."
    )
    cache.close()
    server.close()

    out.mkdir(parents=True, exist_ok=True)
    dump(work / "server" / "server.sqlite3", out / "server.sql")
    dump(work / "desk" / "cache.sqlite3", out / "desktop-cache.sql")
    expected = {
        "base": BASE,
        "password": PASSWORD,
        "guides": guides,
        "registrations_sent": sent,
        "registrations_queued": queued,
        "feedback_queued": [str(feedback.id)],
    }
    (out / "expected.json").write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="vejviser-base-") as tmp:
        old = Path(tmp)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", BASE, "sync_server", "desktop", "resources",
             "tests/support"],
            check=True, capture_output=True,
        ).stdout  # fmt: skip
        archive_path = old / "base.tar"
        archive_path.write_bytes(archive)
        with tarfile.open(archive_path) as tar:
            tar.extractall(old, filter="data")
        shutil.copy(__file__, old / "tests" / "support" / "upgrade_fixture.py")
        env = {**os.environ, "PYTHONPATH": f"{old}{os.pathsep}{old / 'tests'}"}
        env["VEJVISER_HOME"] = str(old / "home")
        subprocess.run(
            [sys.executable, "-c",
             "import sys; from pathlib import Path; import support.upgrade_fixture as f; "
             "f.build(Path(sys.argv[1]))", str(FIXTURE)],
            cwd=old, env=env, check=True,
        )  # fmt: skip
    print(f"Written: {FIXTURE}")


if __name__ == "__main__":
    main()
