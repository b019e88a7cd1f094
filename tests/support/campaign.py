"""The fault campaign's moving parts: a desktop worker process and a lossy proxy.

A desktop worker (``python tests/support/campaign.py HOME URL TOKEN SEED``) is one real
workstation: its own cache (``open_cache``), the real outbox and the real sync engine
pushing through the proxy. It records registrations and corrections of earlier ones until
the file ``HOME/stop`` appears, then keeps pushing until its outbox is empty. Each record
goes into the outbox and into a ledger table of the same cache *in one transaction*, so
whatever the worker was doing when it was SIGKILLed, the ledger says exactly which
(uuid, version) the desktop had durably accepted — what the server must end up with.

:class:`LossyProxy` forwards HTTP to the servers on loopback (round robin) and, for a share
of the registration pushes, drops the answer after the server has committed.
"""

from __future__ import annotations

import http.server
import itertools
import json
import random
import sys
import threading
import time
from pathlib import Path
from typing import Any

import requests

LEDGER = "CREATE TABLE IF NOT EXISTS campaign_ledger (uuid TEXT PRIMARY KEY, version INTEGER)"


class LossyProxy:
    """HTTP on 127.0.0.1:``port`` to the ``upstreams`` in turn; ``drop_every``-th
    registration push is handled by a server and its answer never reaches the client."""

    def __init__(self, upstreams: list[str], drop_every: int = 3) -> None:
        self.upstreams = upstreams
        self.drop_every = drop_every
        self.dropped = 0
        self._turn = itertools.count()
        self._pushes = itertools.count(1)
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                return None

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                upstream = proxy.upstreams[next(proxy._turn) % len(proxy.upstreams)]
                headers = {
                    k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")
                }
                try:
                    answer = requests.request(
                        self.command,
                        upstream + self.path,
                        data=body,
                        headers=headers,
                        timeout=30,
                    )
                except requests.RequestException:
                    self.close_connection = True
                    self.send_error(502)
                    return
                if (
                    self.command == "POST"
                    and self.path.startswith("/api/v1/registrations")
                    and answer.status_code == 200
                    and next(proxy._pushes) % proxy.drop_every == 0
                ):
                    proxy.dropped += 1
                    self.close_connection = True  # committed on the server; answer lost
                    return
                self.send_response(answer.status_code)
                for key in ("Content-Type", "Retry-After"):
                    if key in answer.headers:
                        self.send_header(key, answer.headers[key])
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = do_PUT = do_DELETE = _forward

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LossyProxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def ledger(cache_path: Path) -> dict[str, int]:
    """What a desktop durably accepted: uuid -> highest version."""
    import sqlite3

    conn = sqlite3.connect(cache_path)
    try:
        conn.execute(LEDGER)
        return dict(conn.execute("SELECT uuid, version FROM campaign_ledger").fetchall())
    finally:
        conn.close()


def _worker(home: Path, url: str, token: str, seed: int) -> None:
    from sqlalchemy import text

    from desktop.core.errors import VejviserError
    from desktop.store import open_cache, outbox
    from desktop.store.blobs import BlobStore
    from desktop.sync.engine import Backoff, SyncEngine, SyncReport
    from desktop.sync.transport import ApiClient
    from support.guides_da import registration

    rng = random.Random(seed)
    cache = open_cache(home / "cache.sqlite3")
    with cache.transaction() as conn:
        conn.execute(text(LEDGER))
    api = ApiClient(url, token, timeout=(2.0, 10.0))
    engine = SyncEngine(
        cache,
        BlobStore(cache, home / "blobs"),
        api,
        backoff=Backoff(base_seconds=0.02, max_seconds=0.3),
        rng=rng,
    )
    stop = home / "stop"

    def record(body: dict[str, Any]) -> None:
        with cache.transaction() as conn:  # the outbox row and the ledger: both or neither
            outbox.queue(conn, "registration", body["id"], json.dumps(body))
            conn.execute(
                text(
                    "INSERT INTO campaign_ledger (uuid, version) VALUES (:u, :v) "
                    "ON CONFLICT (uuid) DO UPDATE SET version = excluded.version"
                ),
                {"u": body["id"], "v": body["version"]},
            )

    def push() -> None:
        try:
            engine.push(SyncReport())
        except VejviserError:
            time.sleep(0.05)  # the server is away or busy: the outbox keeps everything

    known: dict[str, dict[str, Any]] = {}
    with cache.read() as conn:
        for uuid, version in conn.execute(text("SELECT uuid, version FROM campaign_ledger")):
            known[uuid] = {"id": uuid, "version": version}
    while not stop.exists():
        for _ in range(20):
            body = registration(location=f"Skranke {rng.randint(1, 9)}")
            record(body)
            known[body["id"]] = body
        for uuid in rng.sample(sorted(known), min(8, len(known))):  # corrections
            current = known[uuid]
            if current["version"] >= 1000:
                continue
            body = registration(id=uuid, version=current["version"] + 1, note="rettet")
            record(body)
            known[uuid] = body
        push()
    while outbox.pending_count(cache) > 0:  # drain: every accepted record reaches the server
        push()
    api.close()
    cache.close()


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    sys.path[:0] = [str(root), str(root / "tests")]
    _worker(Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]))
