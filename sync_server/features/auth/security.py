"""Password hashing (argon2) and API tokens (random, stored as sha256).

argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 20 ms and
19 MiB per check. Checks are bounded per server process (``password_check_concurrency``), so
a burst of logins — or of attempts on unknown accounts, which pay the same dummy check —
waits its turn instead of taking the server's memory; one that waited too long is told the
server is busy. Hashes made with older settings are replaced at the next successful login.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ...errors import ServiceUnavailable

T = TypeVar("T")

_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# A hash to verify against when the account does not exist: equal timing either way.
_DUMMY_HASH = _hasher.hash("vejviser-dummy-password")


class _Gates:
    """One semaphore per event loop and size (a server process has one loop; tests run
    several apps, each on its own)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._gates: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, dict[int, asyncio.Semaphore]
        ] = weakref.WeakKeyDictionary()

    def get(self, concurrency: int) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        with self._lock:
            by_size = self._gates.setdefault(loop, {})
            gate = by_size.get(concurrency)
            if gate is None:
                gate = by_size[concurrency] = asyncio.Semaphore(concurrency)
            return gate


_GATES = _Gates()


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; an unknown account (None) pays a check too."""
    try:
        ok = _hasher.verify(password_hash or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return ok and password_hash is not None


def rehash_if_outdated(password_hash: str, password: str) -> str | None:
    """A new hash when ``password_hash`` was made with older settings, else None."""
    return _hasher.hash(password) if _hasher.check_needs_rehash(password_hash) else None


_pools: dict[int, ThreadPoolExecutor] = {}
_pools_lock = threading.Lock()


def _pool(concurrency: int) -> ThreadPoolExecutor:
    """The threads that run argon2: always the same few, so the 19 MiB a check takes is
    reused (a check on any pool thread would leave freed blocks in every thread's malloc
    arena, and the process's memory would grow with the number of threads)."""
    with _pools_lock:
        pool = _pools.get(concurrency)
        if pool is None:
            pool = _pools[concurrency] = ThreadPoolExecutor(
                max_workers=concurrency, thread_name_prefix="vejviser-argon2"
            )
        return pool


async def run_password_check(concurrency: int, wait_seconds: float, check: Callable[[], T]) -> T:
    """Run ``check`` (argon2 work) in one of ``concurrency`` slots of this process. A call
    waits for a slot holding no thread; after ``wait_seconds`` it gets 503."""
    gate = _GATES.get(concurrency)
    try:
        await asyncio.wait_for(gate.acquire(), timeout=wait_seconds)
    except TimeoutError:
        raise ServiceUnavailable(
            "Serveren har travlt med andre login lige nu. Prøv igen om et øjeblik.",
            code="login_busy",
        ) from None
    try:
        return await asyncio.get_running_loop().run_in_executor(_pool(concurrency), check)
    finally:
        gate.release()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_pseudonym() -> str:
    return "m-" + secrets.token_hex(8)


def generate_password() -> str:
    return secrets.token_urlsafe(12)
