"""Concurrent HTTP requests that start together (a barrier), for contention tests."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests

from sync_server.protocol import API_PREFIX


def at_once(calls: Sequence[Callable[[], Any]]) -> list[Any]:
    """Run every call in its own thread, all released at the same moment; results in order."""
    barrier = threading.Barrier(len(calls))

    def run(call: Callable[[], Any]) -> Any:
        barrier.wait(timeout=30)
        return call()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(run, calls))


def login(base_url: str, code: str, username: str, password: str) -> requests.Response:
    return requests.post(
        base_url + API_PREFIX + "/auth/login",
        json={"municipality": code, "username": username, "password": password},
        timeout=60,
    )
