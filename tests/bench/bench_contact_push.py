"""Benchmark: pushing 10,000 queued registrations to the real sync server.

Run: ``.venv/bin/python tests/bench/bench_contact_push.py [--count N]``

Queues N registrations in a desktop cache (setup, not timed), starts the server under uvicorn on
127.0.0.1 on a SQLite file, and times ``SyncEngine.push`` until the outbox is empty (batches of
``PUSH_BATCH``). Checks that the server stored each registration once. Target ≤ 5 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sqlalchemy import func, select  # noqa: E402
from support.live_server import LiveServer  # noqa: E402

from desktop.store import open_cache, outbox  # noqa: E402
from desktop.store.blobs import BlobStore  # noqa: E402
from desktop.store.contacts import OUTBOX_KIND  # noqa: E402
from desktop.sync.engine import PUSH_BATCH, SyncEngine, SyncReport  # noqa: E402
from desktop.sync.transport import ApiClient  # noqa: E402
from sync_server.db.models import RegistrationRow  # noqa: E402
from sync_server.protocol import Channel, CitizenType, Outcome, Registration  # noqa: E402

TARGET_S = 5.0


def _registration(i: int) -> Registration:
    started = datetime(2026, 3, 2, 8, 0, tzinfo=UTC) + timedelta(seconds=37 * i)
    return Registration(
        id=uuid.uuid4(),
        channel=list(Channel)[i % 6],
        location="Kontaktcenter",
        started_at=started,
        ended_at=started + timedelta(seconds=240),
        active_seconds=200 + i % 40,
        guide_ids=["melde-flytning", "skifte-laege"][: 1 + i % 2],
        area="Flytning",
        outcome=Outcome.REFERRED if i % 7 == 0 else Outcome.RESOLVED,
        referral_target="Udbetaling Danmark" if i % 7 == 0 else None,
        citizen_type=list(CitizenType)[i % 3],
        messages_sent=i % 2,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        cache = open_cache(root / "cache.sqlite3")
        with cache.transaction() as conn:
            for i in range(args.count):
                reg = _registration(i)
                outbox.queue(conn, OUTBOX_KIND, str(reg.id), reg.model_dump_json())
        with LiveServer(root / "server") as server:
            server.create_account("101", "agent", role="agent")
            api = ApiClient(server.url, server.login("101", "agent"))
            engine = SyncEngine(cache, BlobStore(cache, root / "blobs"), api)
            report = SyncReport()
            t0 = time.perf_counter()
            engine.push(report)
            elapsed = time.perf_counter() - t0
            api.close()
            with server.engine.connect() as db:
                stored = db.execute(select(func.count()).select_from(RegistrationRow)).scalar()
        left = outbox.pending_count(cache)
        cache.close()
    rate = args.count / elapsed if elapsed else 0.0
    print(
        f"pushed {report.pushed} registrations in {elapsed:.2f} s "
        f"({rate:,.0f}/s, batches of {PUSH_BATCH}); server stored {stored}; outbox left {left}"
    )
    print(f"target ≤ {TARGET_S:.0f} s: {'OK' if elapsed <= TARGET_S else 'SLOWER THAN TARGET'}")
    return 0 if stored == args.count and left == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
