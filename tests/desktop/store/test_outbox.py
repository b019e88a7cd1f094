"""The outbox: queue, due, acknowledge, postpone, reject — and durability across a crash."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.guides_da import registration

from desktop.store import Cache, open_cache, outbox


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    cache = open_cache(tmp_path / "cache.sqlite3")
    yield cache
    cache.close()


def _queue(cache: Cache, kind: str = "registration", **overrides: object) -> tuple[str, str]:
    body = registration(**overrides)
    payload = json.dumps(body)
    outbox.add(cache, kind, body["id"], payload)
    return body["id"], payload


def test_add_due_and_pending_count(cache: Cache) -> None:
    first, _ = _queue(cache)
    second, _ = _queue(cache)
    feedback, _ = _queue(cache, kind="feedback")
    assert outbox.pending_count(cache) == 3
    due = outbox.due(cache, "registration", 10)
    assert [item.id for item in due] == [first, second]  # oldest first
    assert all(item.attempts == 0 and not item.rejected for item in due)
    assert [item.id for item in outbox.due(cache, "feedback", 10)] == [feedback]
    assert [item.id for item in outbox.due(cache, "registration", 1)] == [first]


def test_acknowledge_deletes(cache: Cache) -> None:
    first, payload = _queue(cache)
    second, _ = _queue(cache)
    outbox.acknowledge(cache, [first], {first: payload})
    assert [item.id for item in outbox.due(cache, "registration", 10)] == [second]
    outbox.acknowledge(cache, [second])
    assert outbox.pending_count(cache) == 0
    outbox.acknowledge(cache, [])  # nothing to do


def test_acknowledge_keeps_a_row_corrected_meanwhile(cache: Cache) -> None:
    """The user corrected a registration while the first version was on its way: the
    acknowledgement of the first version must not delete the correction."""
    item_id, sent_payload = _queue(cache)
    sent = outbox.due(cache, "registration", 10)
    corrected = json.dumps({**json.loads(sent_payload), "version": 2, "outcome": "referred"})
    outbox.add(cache, "registration", item_id, corrected)
    outbox.acknowledge(cache, [item.id for item in sent], {i.id: i.payload for i in sent})
    left = outbox.due(cache, "registration", 10)
    assert [(item.id, item.payload) for item in left] == [(item_id, corrected)]


def test_postpone_counts_attempts_and_hides_until_due(cache: Cache) -> None:
    item_id, _ = _queue(cache)
    later = datetime.now(UTC) + timedelta(minutes=5)
    outbox.postpone(cache, [item_id], "Serveren kan ikke nås.", later)
    assert outbox.due(cache, "registration", 10) == []
    assert outbox.pending_count(cache) == 1  # still waiting
    due = outbox.due(cache, "registration", 10, now=later + timedelta(seconds=1))
    assert [(i.id, i.attempts, i.last_error) for i in due] == [
        (item_id, 1, "Serveren kan ikke nås.")
    ]
    outbox.postpone(cache, [item_id], "igen", later)
    assert outbox.min_attempts(cache) == 2


def test_reject_is_never_due_again(cache: Cache) -> None:
    bad, _ = _queue(cache)
    good, _ = _queue(cache)
    outbox.reject(cache, [bad], "Serveren afviste registreringen.")
    far = datetime.now(UTC) + timedelta(days=365)
    assert [item.id for item in outbox.due(cache, "registration", 10, now=far)] == [good]
    assert outbox.pending_count(cache) == 1
    rejected = outbox.rejected_items(cache)
    assert [(i.id, i.rejected, i.last_error) for i in rejected] == [
        (bad, True, "Serveren afviste registreringen.")
    ]


def test_a_correction_of_a_rejected_item_is_sent_again(cache: Cache) -> None:
    item_id, payload = _queue(cache)
    outbox.postpone(cache, [item_id], "x", datetime.now(UTC) + timedelta(hours=1))
    outbox.reject(cache, [item_id], "afvist")
    outbox.add(cache, "registration", item_id, payload.replace('"version": 1', '"version": 2'))
    due = outbox.due(cache, "registration", 10)
    assert [(i.id, i.attempts, i.rejected, i.last_error) for i in due] == [
        (item_id, 0, False, None)
    ]


_WRITE_THEN_DIE = """
import os, signal, sys
from pathlib import Path
from desktop.store import open_cache, outbox
cache = open_cache(Path(sys.argv[1]))
outbox.add(cache, "registration", sys.argv[2], sys.argv[3])
print("saved", flush=True)
if sys.argv[4] == "kill":
    os.kill(os.getpid(), signal.SIGKILL)
os._exit(0)
"""


@pytest.mark.parametrize("how", ["kill", "exit"])
def test_a_saved_registration_survives_the_process_dying(tmp_path: Path, how: str) -> None:
    path = tmp_path / "cache.sqlite3"
    open_cache(path).close()
    body = registration()
    payload = json.dumps(body)
    result = subprocess.run(
        [sys.executable, "-c", _WRITE_THEN_DIE, str(path), body["id"], payload, how],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stdout.strip() == "saved", result.stderr
    expected = -signal.SIGKILL if how == "kill" else 0
    assert result.returncode == expected
    assert (path.parent / (path.name + "-wal")).exists()  # never checkpointed: WAL recovery
    cache = open_cache(path)
    try:
        assert [(i.id, i.payload) for i in outbox.due(cache, "registration", 10)] == [
            (body["id"], payload)
        ]
    finally:
        cache.close()


def test_outbox_rows_are_written_with_full_sync(cache: Cache) -> None:
    with cache.read() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    assert os.fspath(cache.path).endswith("cache.sqlite3")
