"""Test-wide setup: temp HOME, per-test VEJVISER_HOME, in-memory keyring, PostgreSQL."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

# qt-material and others write under HOME: never the real one.
_HOME = tempfile.mkdtemp(prefix="vejviser-home-")
os.environ["HOME"] = _HOME
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("VEJVISER_DATABASE_URL", None)

from support.postgres import PgCluster  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEJVISER_HOME", str(tmp_path / "profile"))
    monkeypatch.setenv("VEJVISER_DATA_DIR", str(tmp_path / "server-data"))


@pytest.fixture(autouse=True)
def _memory_keyring() -> Iterator[None]:
    import keyring
    from support.keyring_backend import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A throwaway cluster. Under CI=true a cluster that cannot start fails the tests."""
    try:
        cluster = PgCluster().start()
    except (RuntimeError, OSError) as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL could not start under CI: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    yield cluster
    cluster.stop()
