"""Abuse limits of the citizens' answers, without storing client addresses.

A client is known only by a keyed hash of its address (BLAKE2b with a key drawn at random
when the process starts and never written anywhere), kept in memory for the window. The
hash cannot be turned back into the address, not even by someone who reads the memory's
keys without the process's secret, and it disappears with the window.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable

#: Answers per client address and hour: a public library's PCs share one address.
PER_CLIENT = 30


class AnswerLimiter:
    """At most ``per_client`` answers per client and ``per_site`` per municipality in each
    ``window`` seconds (a fixed window)."""

    def __init__(
        self,
        per_client: int = PER_CLIENT,
        per_site: int = 2000,
        window: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_client = per_client
        self.per_site = per_site
        self.window = window
        self._clock = clock
        self._secret = secrets.token_bytes(32)
        self._start = clock()
        self._counts: dict[bytes | str, int] = {}
        self._lock = threading.Lock()

    def client_key(self, address: str) -> bytes:
        return hashlib.blake2b(address.encode(), key=self._secret, digest_size=16).digest()

    def allow(self, address: str, site: str) -> bool:
        """Count one answer; False (and not counted) when over a limit."""
        key = self.client_key(address)
        with self._lock:
            now = self._clock()
            if now - self._start >= self.window:
                self._counts.clear()
                self._start = now
            if self._counts.get(key, 0) >= self.per_client:
                return False
            if self._counts.get(site, 0) >= self.per_site:
                return False
            self._counts[key] = self._counts.get(key, 0) + 1
            self._counts[site] = self._counts.get(site, 0) + 1
            return True
