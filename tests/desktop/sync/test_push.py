"""Pushing the outbox to the real server: once, idempotent, backoff, rejections."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from support.desk import Desk
from support.guides_da import registration

from desktop.core.errors import Rejected, ServerUnreachable
from desktop.services.feedback import FeedbackService
from desktop.store import outbox
from desktop.sync.engine import Backoff
from sync_server.protocol import FeedbackKind

REGISTRATIONS = "/api/v1/registrations"


def _queue_registrations(desk: Desk, count: int, **overrides: object) -> list[str]:
    ids = []
    for _ in range(count):
        body = registration(**overrides)
        outbox.add(desk.cache, "registration", body["id"], json.dumps(body))
        ids.append(body["id"])
    return ids


def _server_registrations(desk: Desk) -> dict[str, int]:
    with desk.server.engine.connect() as conn:
        rows = conn.execute(text("SELECT uuid, version FROM registrations")).all()
    return {row[0]: row[1] for row in rows}


def _outbox_rows(desk: Desk) -> list[tuple[str, int, str, int]]:
    with desk.cache.read() as conn:
        rows = conn.execute(
            text("SELECT id, attempts, next_attempt_at, rejected FROM outbox ORDER BY id")
        ).all()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def test_registrations_and_feedback_reach_the_server_once(desk: Desk) -> None:
    ids = _queue_registrations(desk, 3)
    feedback = FeedbackService(desk.cache)
    sent = [
        feedback.send("pas", 1, FeedbackKind.OUTDATED, "Prisen for pas er steget til 703 kr."),
        feedback.send("mitid", 1, FeedbackKind.SUGGESTION, "Nævn MitID-chip til ældre."),
    ]
    report = desk.sync()
    assert report.error is None
    assert (report.pushed, report.rejected) == (5, 0)
    assert outbox.pending_count(desk.cache) == 0
    assert _server_registrations(desk) == dict.fromkeys(ids, 1)
    stored = desk.server.admin_api("101").feedback()
    assert sorted(f["id"] for f in stored) == sorted(str(f.id) for f in sent)
    assert {f["text"] for f in stored} == {f.text for f in sent}
    assert desk.sync().pushed == 0  # nothing left to send


def test_the_same_batch_pushed_twice_is_stored_once(desk: Desk) -> None:
    ids = _queue_registrations(desk, 2)
    payloads = [item.payload for item in outbox.due(desk.cache, "registration", 10)]
    assert desk.sync().pushed == 2
    for item_id, payload in zip(ids, payloads, strict=True):  # as if never acknowledged
        outbox.add(desk.cache, "registration", item_id, payload)
    report = desk.sync()
    assert (report.error, report.pushed) == (None, 2)
    assert _server_registrations(desk) == dict.fromkeys(ids, 1)


def test_a_push_whose_answer_is_lost_is_stored_once(desk: Desk) -> None:
    ids = _queue_registrations(desk, 3)
    desk.server.drop_responses(REGISTRATIONS, count=1)
    first = desk.sync()
    assert isinstance(first.error, ServerUnreachable)
    assert first.pushed == 0
    assert _server_registrations(desk) == dict.fromkeys(ids, 1)  # the server has them ...
    assert outbox.pending_count(desk.cache) == 3  # ... the client does not know it yet
    later = datetime.now(UTC) + timedelta(hours=1)
    second = desk.sync(now=later)
    assert (second.error, second.pushed) == (None, 3)
    assert outbox.pending_count(desk.cache) == 0
    assert _server_registrations(desk) == dict.fromkeys(ids, 1)


def test_unreachable_server_postpones_with_backoff_and_jitter(desk: Desk) -> None:
    ids = _queue_registrations(desk, 2)
    backoff = Backoff(base_seconds=10, max_seconds=900)
    desk.server.stop()

    before = datetime.now(UTC)
    report = desk.sync(backoff=backoff, rng=random.Random(3))
    after = datetime.now(UTC)
    assert isinstance(report.error, ServerUnreachable)
    assert report.pulled_batches == 0  # no pull after a failed push
    rows = _outbox_rows(desk)
    assert [(r[0], r[1], r[3]) for r in rows] == [(i, 1, 0) for i in sorted(ids)]
    for _, _, next_attempt, _ in rows:  # 10 s × jitter in [0.5, 1.5]
        when = datetime.fromisoformat(next_attempt)
        assert before + timedelta(seconds=5) <= when <= after + timedelta(seconds=15)
    assert outbox.due(desk.cache, "registration", 10) == []  # not due yet

    # A second failure waits about twice as long.
    due_at = datetime.fromisoformat(rows[0][2]) + timedelta(seconds=1)
    before = datetime.now(UTC)
    report = desk.sync(backoff=backoff, rng=random.Random(4), now=due_at)
    after = datetime.now(UTC)
    assert isinstance(report.error, ServerUnreachable)
    for _, attempts, next_attempt, _ in _outbox_rows(desk):
        when = datetime.fromisoformat(next_attempt)
        assert attempts == 2
        assert before + timedelta(seconds=10) <= when <= after + timedelta(seconds=30)

    # Nothing is sent before it is due, even with the server back ...
    desk.server.start()
    early = desk.sync(backoff=backoff)
    assert (early.error, early.pushed) == (None, 0)
    assert _server_registrations(desk) == {}
    # ... and everything on a later run.
    late = desk.sync(backoff=backoff, now=datetime.now(UTC) + timedelta(minutes=5))
    assert (late.error, late.pushed) == (None, 2)
    assert _server_registrations(desk) == dict.fromkeys(ids, 1)


def test_backoff_grows_and_is_capped() -> None:
    backoff = Backoff(base_seconds=5, max_seconds=900)
    rng = random.Random(0)
    for attempts in range(30):
        raw = min(900.0, 5 * 2**attempts)
        for _ in range(20):
            delay = backoff.delay(attempts, rng).total_seconds()
            assert 0.5 * raw <= delay <= 1.5 * raw


def test_a_rejected_item_is_marked_and_never_retried_while_the_others_go_through(
    desk: Desk,
) -> None:
    # A newer server refuses something this client still allows.
    desk.server.refuse(REGISTRATIONS, marker="Gammel filial")
    good = _queue_registrations(desk, 2)
    (bad,) = _queue_registrations(desk, 1, location="Gammel filial")
    good += _queue_registrations(desk, 1)
    report = desk.sync()
    assert report.error is None
    assert (report.pushed, report.rejected) == (3, 1)
    assert _server_registrations(desk) == dict.fromkeys(good, 1)
    rejected = outbox.rejected_items(desk.cache)
    assert [item.id for item in rejected] == [bad]
    assert "Gammel filial" in (rejected[0].last_error or "")
    assert outbox.pending_count(desk.cache) == 0

    before = len(desk.server.requests)
    far = datetime.now(UTC) + timedelta(days=30)
    again = desk.sync(now=far)
    assert (again.pushed, again.rejected) == (0, 0)
    assert not [r for r in desk.server.requests[before:] if r[1] == REGISTRATIONS]


def test_an_outbox_row_this_version_cannot_read_does_not_block_the_others(desk: Desk) -> None:
    """A row written by another version of the app (or damaged) is set aside, not sent."""
    good = _queue_registrations(desk, 2)
    broken = registration(channel="brevdue")  # unknown to this version's contract
    outbox.add(desk.cache, "registration", broken["id"], json.dumps(broken))
    report = desk.sync()
    assert report.error is None
    assert (report.pushed, report.rejected) == (2, 1)
    assert _server_registrations(desk) == dict.fromkeys(good, 1)
    assert [item.id for item in outbox.rejected_items(desk.cache)] == [broken["id"]]


def test_too_many_requests_is_retried_later_not_rejected(desk: Desk) -> None:
    """429 (e.g. from a proxy in front of the server) means "not now", not "never"."""
    desk.server.refuse(REGISTRATIONS, marker="Borgerservice Nord", status=429)
    ids = _queue_registrations(desk, 2)
    report = desk.sync()
    assert isinstance(report.error, Rejected) and report.error.status == 429
    assert outbox.rejected_items(desk.cache) == []
    assert [(r[1], r[3]) for r in _outbox_rows(desk)] == [(1, 0), (1, 0)]
    assert outbox.due(desk.cache, "registration", 10) == []  # postponed
    assert _server_registrations(desk) == {}
    assert sorted(ids) == [r[0] for r in _outbox_rows(desk)]


def test_an_outbox_row_with_an_impossible_time_does_not_crash_every_sync(desk: Desk) -> None:
    """A row with a time outside any calendar this version computes with (year 1 in a zone
    east of UTC overflows) is set aside like any unreadable row; the others go through."""
    good = _queue_registrations(desk, 2)
    odd = registration(started_at="0001-01-01T00:00:00+01:00")
    outbox.add(desk.cache, "registration", odd["id"], json.dumps(odd))
    far = registration(ended_at="9999-12-31T23:59:59-05:00")
    outbox.add(desk.cache, "registration", far["id"], json.dumps(far))
    for _ in range(2):  # and the next sync too
        report = desk.sync()
        assert report.error is None
    assert _server_registrations(desk) == dict.fromkeys(good, 1)
    assert sorted(item.id for item in outbox.rejected_items(desk.cache)) == sorted(
        [odd["id"], far["id"]]
    )
