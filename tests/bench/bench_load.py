"""Benchmark: a working morning — 50 desktops for 60 s plus a burst of 50 logins in 10 s.

Run: ``.venv/bin/python tests/bench/bench_load.py [--seconds 60] [--desktops 50] [--no-postgres]``

Against the shipped ``vejviser-server serve``: one process on SQLite, and two processes on
one PostgreSQL database (the desktops alternate between them). Each desktop logs in, then
until the time is up: pulls changes, pushes a few registrations, now and then sends
feedback, sends a message to a citizen (file provider) and reads its messages, with a
second or so between actions; an admin edits a guide every two seconds so pulls carry
something. Twenty seconds in, 50 other accounts log in within 10 s. Reports errors (any
5xx, refused connection or unexpected 4xx — goal 0), p50/p95 per route and each server's
peak resident memory.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import requests  # noqa: E402
from support.postgres import PgCluster  # noqa: E402
from support.serve_process import ServeProcess, create_accounts  # noqa: E402
from support.world import guide_body  # noqa: E402

from sync_server.protocol import API_PREFIX, Role  # noqa: E402

PASSWORD = "bench-adgangskode-1"


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, list[str]] = defaultdict(list)

    def call(
        self, route: str, method: str, url: str, expect: tuple[int, ...] = (200,), **kwargs: object
    ) -> requests.Response | None:
        started = time.perf_counter()
        try:
            response = requests.request(method, url, timeout=60, **kwargs)  # type: ignore[arg-type]
        except requests.RequestException as exc:
            with self.lock:
                self.errors[route].append(type(exc).__name__)
            return None
        elapsed = time.perf_counter() - started
        with self.lock:
            self.times[route].append(elapsed)
            if response.status_code not in expect:
                self.errors[route].append(f"{response.status_code} {response.text[:120]}")
        return response


def _registration(rng: random.Random) -> dict[str, object]:
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=rng.randint(5, 60))
    length = rng.randint(60, 900)
    return {
        "id": str(uuid.uuid4()),
        "channel": rng.choice(["phone", "counter", "chat"]),
        "location": "Borgerservice",
        "started_at": started.isoformat(),
        "ended_at": (started + timedelta(seconds=length)).isoformat(),
        "active_seconds": length - 10,
        "guide_ids": ["g1"],
        "area": "Flytning",
        "outcome": rng.choice(["resolved", "self_service", "assisted"]),
    }


def desktop(rec: Recorder, bases: list[str], number: int, until: float) -> None:
    rng = random.Random(number)
    base = bases[number % len(bases)] + API_PREFIX
    login = rec.call(
        "POST /auth/login",
        "POST",
        base + "/auth/login",
        json={"municipality": "101", "username": f"desk{number}", "password": PASSWORD},
    )
    if login is None or login.status_code != 200:
        return
    headers = {"Authorization": f"Bearer {login.json()['token']}"}
    cursor, history = 0, None
    while time.monotonic() < until:
        params: dict[str, object] = {"since": cursor}
        if history:
            params["history"] = history
        while True:
            pulled = rec.call(
                "GET /sync/pull", "GET", base + "/sync/pull", params=params, headers=headers
            )
            if pulled is None or pulled.status_code != 200:
                break
            batch = pulled.json()
            cursor, history = batch["cursor"], batch["history"]
            params = {"since": cursor, "history": history}
            if not batch["has_more"]:
                break
        items = [_registration(rng) for _ in range(rng.randint(1, 3))]
        rec.call(
            "POST /registrations",
            "POST",
            base + "/registrations",
            json={"items": items},
            headers=headers,
        )
        if rng.random() < 0.15:
            feedback = {
                "id": str(uuid.uuid4()),
                "guide_id": "g1",
                "kind": "suggestion",
                "text": "Tilføj fristen for flytning.",
                "created_at": datetime.now(UTC).isoformat(),
            }
            rec.call("POST /feedback", "POST", base + "/feedback", json=[feedback], headers=headers)
        if rng.random() < 0.1:
            message = {
                "id": str(uuid.uuid4()),
                "guide_id": "g1",
                "channel": "email",
                "recipient": "borger@example.org",
                "subject": "Vejledning",
                "body": "Meld flytning på borger.dk senest 5 dage efter.",
            }
            rec.call("POST /messages", "POST", base + "/messages", json=message, headers=headers)
        if rng.random() < 0.1:
            rec.call("GET /messages", "GET", base + "/messages", headers=headers)
        time.sleep(rng.uniform(0.6, 1.4))


def admin(rec: Recorder, base: str, until: float) -> None:
    base += API_PREFIX
    token = requests.post(
        base + "/auth/login",
        json={"municipality": "101", "username": "chef", "password": PASSWORD},
        timeout=60,
    ).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    n = 0
    while time.monotonic() < until:
        key = f"g{n % 20 + 1}"
        current = requests.get(base + f"/guides/{key}", headers=headers, timeout=60).json()
        body = guide_body(key, title=f"Vejledning {key} ({n})", base_revision=current["revision"])
        rec.call("PUT /guides/{id}", "PUT", base + f"/guides/{key}", json=body, headers=headers)
        n += 1
        time.sleep(2)


def burst(rec: Recorder, bases: list[str], logins: int, window: float) -> None:
    rng = random.Random(99)
    threads = []
    for i in range(logins):
        delay = rng.uniform(0, window)

        def run(i: int = i, delay: float = delay) -> None:
            time.sleep(delay)
            rec.call(
                "POST /auth/login (burst)",
                "POST",
                bases[i % len(bases)] + API_PREFIX + "/auth/login",
                json={"municipality": "101", "username": f"burst{i}", "password": PASSWORD},
            )

        threads.append(threading.Thread(target=run))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def run(label: str, url: str, server_count: int, args: argparse.Namespace, folder: Path) -> None:
    env = {
        "mail_provider": "file",
        "message_rate_per_hour": 100_000,
    }
    servers = [ServeProcess(url, folder / f"s{i}", **env) for i in range(server_count)]
    servers[0].start()
    try:
        create_accounts(url, "101", [f"desk{i}" for i in range(args.desktops)], PASSWORD)
        create_accounts(url, "101", [f"burst{i}" for i in range(50)], PASSWORD)
        create_accounts(url, "101", ["chef"], PASSWORD, role=Role.ADMIN)
        for server in servers[1:]:
            server.start()
        bases = [server.url for server in servers]
        token = requests.post(
            bases[0] + API_PREFIX + "/auth/login",
            json={"municipality": "101", "username": "chef", "password": PASSWORD},
            timeout=60,
        ).json()["token"]
        for i in range(1, 101):
            requests.post(
                bases[0] + API_PREFIX + "/guides",
                json=guide_body(f"g{i}", title=f"Vejledning {i}"),
                headers={"Authorization": f"Bearer {token}"},
                timeout=60,
            )
        rec = Recorder()
        until = time.monotonic() + args.seconds
        threads = [
            threading.Thread(target=desktop, args=(rec, bases, n, until))
            for n in range(args.desktops)
        ]
        threads.append(threading.Thread(target=admin, args=(rec, bases[0], until)))
        for thread in threads:
            thread.start()
        time.sleep(min(20, args.seconds / 3))
        burst(rec, bases, 50, 10.0)
        for thread in threads:
            thread.join()
        peaks = [server.peak_rss_bytes() / 2**20 for server in servers]
    finally:
        for server in servers:
            server.stop()
    errors = sum(len(v) for v in rec.errors.values())
    print(
        f"\n== {label}: {server_count} server process(es), {args.desktops} desktops, "
        f"{args.seconds} s + 50 logins in 10 s — errors: {errors}"
    )
    print(f"{'route':28} {'calls':>6} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
    for route in sorted(rec.times):
        times = sorted(rec.times[route])
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        print(
            f"{route:28} {len(times):6d} {statistics.median(times) * 1000:8.1f} "
            f"{p95 * 1000:8.1f} {len(rec.errors.get(route, [])):7d}"
        )
    for route, found in rec.errors.items():
        for error in found[:3]:
            print(f"   error {route}: {error}")
    print("peak server RSS: " + ", ".join(f"{p:.0f} MB" for p in peaks))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--desktops", type=int, default=50)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        folder = Path(tmp)
        run("SQLite", f"sqlite:///{folder / 'server.sqlite3'}", 1, args, folder / "sqlite")
        if not args.no_postgres:
            cluster = PgCluster().start()
            try:
                url = cluster.create_database("bench_load")
                run("PostgreSQL", url, 2, args, folder / "postgres")
            finally:
                cluster.stop()


if __name__ == "__main__":
    main()
