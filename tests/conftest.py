"""Test-wide setup: temp HOME, per-test VEJVISER_HOME, in-memory keyring, PostgreSQL."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

# qt-material and others write under HOME: never the real one (removed at exit).
_HOME = tempfile.mkdtemp(prefix="vejviser-home-")
os.environ["HOME"] = _HOME
atexit.register(shutil.rmtree, _HOME, True)
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


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly how many tests ran against PostgreSQL (they must run under CI)."""
    counts: dict[str, int] = {}
    for outcome in ("passed", "failed", "error", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", "call") not in ("call", "setup"):
                continue
            if "postgres" in getattr(report, "keywords", {}) or "[postgres" in report.nodeid:
                if outcome == "passed" and report.when != "call":
                    continue
                counts[outcome] = counts.get(outcome, 0) + 1
    summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())) or "none"
    terminalreporter.write_line(f"PostgreSQL tests: {summary}")
