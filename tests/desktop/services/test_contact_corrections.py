"""Correcting and undoing the last registration: within 10 minutes, also after it was
uploaded (the real server applies the new version to the same registration)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from support.contacts import ContactSetup, contact_setup
from support.live_server import LiveServer

from desktop.core.registration import RegistrationError
from desktop.store import contacts as store
from desktop.store import outbox
from desktop.store.blobs import BlobStore
from desktop.sync.engine import SyncEngine, SyncReport
from desktop.sync.transport import ApiClient
from sync_server.db.models import RegistrationRow
from sync_server.protocol import Channel, CitizenType, Outcome, Registration


@pytest.fixture
def setup(tmp_path: Path) -> ContactSetup:
    return contact_setup(tmp_path / "ws")


def _queued(setup: ContactSetup) -> list[Registration]:
    items = outbox.due(setup.cache, "registration", 1000)
    return [Registration.model_validate_json(item.payload) for item in items]


def test_correct_within_ten_minutes_replaces_the_queued_item(setup: ContactSetup) -> None:
    service = setup.service
    service.start()
    first = service.finish(Outcome.RESOLVED).registration
    setup.clock.advance(minutes=9, seconds=59)
    assert service.correctable_until() is not None
    fixed = service.correct_last(
        outcome=Outcome.REFERRED,
        referral_target="Udbetaling Danmark",
        citizen_type=CitizenType.DIGITAL,
        note="Rettet",
        channel="chat",
    ).registration
    assert fixed.id == first.id and fixed.version == 2
    assert fixed.outcome is Outcome.REFERRED and fixed.referral_target == "Udbetaling Danmark"
    assert fixed.channel is Channel.CHAT and fixed.started_at == first.started_at
    assert _queued(setup) == [fixed]  # not pushed yet: one item, the newest version
    last = store.last_entry(setup.cache)
    assert last is not None and last.registration == fixed
    # the correction keeps the original finishing time: the window does not restart
    setup.clock.advance(seconds=2)
    with pytest.raises(RegistrationError, match="10 minutter"):
        service.correct_last(outcome=Outcome.RESOLVED)


def test_refused_after_ten_minutes(setup: ContactSetup) -> None:
    service = setup.service
    service.start()
    service.finish(Outcome.RESOLVED)
    setup.clock.advance(minutes=10, seconds=1)
    assert service.correctable_until() is None
    with pytest.raises(RegistrationError) as err:
        service.correct_last(outcome=Outcome.ASSISTED)
    assert "10 minutter" in err.value.message
    with pytest.raises(RegistrationError, match="10 minutter"):
        service.undo_last()
    assert [r.version for r in _queued(setup)] == [1]


def test_nothing_to_correct(setup: ContactSetup) -> None:
    with pytest.raises(RegistrationError, match="ingen registrering"):
        setup.service.correct_last(outcome=Outcome.RESOLVED)
    with pytest.raises(RegistrationError):
        setup.service.undo_last()


def test_correction_refuses_cpr_and_keeps_the_old_version(setup: ContactSetup) -> None:
    service = setup.service
    service.start()
    service.finish(Outcome.RESOLVED)
    with pytest.raises(RegistrationError, match="CPR"):
        service.correct_last(note="cpr 010203-1234")
    assert [r.version for r in _queued(setup)] == [1]


def test_undo(setup: ContactSetup) -> None:
    service = setup.service
    service.start()
    service.finish(Outcome.RESOLVED, CitizenType.DIGITAL)
    undone = service.undo_last().registration
    assert undone.deleted and undone.version == 2
    assert _queued(setup) == [undone]
    assert service.today().count == 0
    with pytest.raises(RegistrationError, match="fortrudt"):
        service.undo_last()
    with pytest.raises(RegistrationError, match="fortrudt"):
        service.correct_last(outcome=Outcome.ASSISTED)


# -- against the real server ----------------------------------------------------------------
@pytest.fixture
def engine_for(
    setup: ContactSetup, live_server: LiveServer, tmp_path: Path
) -> Iterator[SyncEngine]:
    live_server.create_account("101", "agent", role="agent")
    api = ApiClient(live_server.url, live_server.login("101", "agent"))
    yield SyncEngine(setup.cache, BlobStore(setup.cache, tmp_path / "blobs"), api)
    api.close()


def _server_rows(server: LiveServer) -> list[RegistrationRow]:
    with Session(server.engine) as session:
        return list(session.scalars(select(RegistrationRow).order_by(RegistrationRow.id)))


def test_correction_and_undo_after_upload(
    setup: ContactSetup, live_server: LiveServer, engine_for: SyncEngine
) -> None:
    service = setup.service
    service.start(Channel.COUNTER)
    setup.lookup.record_use("melde-flytning")
    setup.clock.advance(200)
    first = service.finish(Outcome.RESOLVED, CitizenType.DIGITAL).registration
    report = SyncReport()
    engine_for.push(report)
    assert report.pushed == 1 and _queued(setup) == []

    setup.clock.advance(minutes=5)
    service.correct_last(outcome=Outcome.REFERRED, referral_target="Folkeregistret", note="Ret")
    engine_for.push(report)
    (row,) = _server_rows(live_server)
    assert row.uuid == str(first.id) and row.version == 2 and not row.deleted
    assert row.outcome == "referred" and row.referral_target == "Folkeregistret"
    assert row.note == "Ret" and row.channel == "counter" and row.active_seconds == 200
    assert row.area == "Flytning"

    service.undo_last()
    engine_for.push(report)
    (row,) = _server_rows(live_server)
    assert row.version == 3 and row.deleted
    assert _queued(setup) == []


def test_dropped_response_is_retried_and_stored_once(
    setup: ContactSetup, live_server: LiveServer, engine_for: SyncEngine
) -> None:
    service = setup.service
    ids = []
    for outcome in (Outcome.RESOLVED, Outcome.SELF_SERVICE, Outcome.NOT_RESOLVED):
        service.start()
        setup.clock.advance(30)
        ids.append(str(service.finish(outcome).registration.id))
    live_server.drop_responses("/api/v1/registrations", 1)
    report = engine_for.run_once()
    assert report.error is not None  # the answer was lost ...
    assert len(_server_rows(live_server)) == 3  # ... but the server stored the batch
    assert len(_queued(setup)) == 0  # postponed with backoff, not due yet
    assert outbox.pending_count(setup.cache) == 3
    report = SyncReport()
    engine_for.push(report, now=datetime.now(UTC) + timedelta(days=1))
    assert report.pushed == 3
    assert outbox.pending_count(setup.cache) == 0
    rows = _server_rows(live_server)
    assert sorted(r.uuid for r in rows) == sorted(ids)  # stored once each
    with live_server.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(RegistrationRow)).scalar() == 3
    posts = [r for r in live_server.requests if r == ("POST", "/api/v1/registrations")]
    assert len(posts) == 2
