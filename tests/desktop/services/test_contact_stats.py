"""End to end: contacts timed and registered in the desktop (with a correction, an undo and a
manual one) are synced to the real server; the manager's summary there matches what was
registered — nothing lost, nothing doubled."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import requests
from support.contacts import contact_setup
from support.live_server import LiveServer

from desktop.store.blobs import BlobStore
from desktop.sync.engine import SyncEngine
from desktop.sync.transport import ApiClient
from sync_server.protocol import API_PREFIX, Channel, CitizenType, Outcome


def test_summary_after_sync_matches_the_registrations(
    tmp_path: Path, live_server: LiveServer
) -> None:
    live_server.create_account("101", "agent", role="agent")
    live_server.create_account("101", "leder", role="manager")
    setup = contact_setup(tmp_path / "ws")
    service, clock, lookup = setup.service, setup.clock, setup.lookup
    plan = [
        (Channel.PHONE, "melde-flytning", Outcome.RESOLVED, 120),
        (Channel.PHONE, "skifte-laege", Outcome.REFERRED, 300),
        (Channel.COUNTER, "melde-flytning", Outcome.SELF_SERVICE, 240),
        (Channel.CHAT, "mitid-ny", Outcome.ASSISTED, 600),
        (Channel.PHONE, "melde-flytning", Outcome.RESOLVED, 90),
    ]
    for channel, guide_id, outcome, seconds in plan:
        service.start(channel)
        lookup.record_use(guide_id)
        clock.advance(seconds)
        service.stop()
        target = "Regionen" if outcome is Outcome.REFERRED else None
        service.finish(outcome, CitizenType.DIGITAL, referral_target=target)
        clock.advance(60)
    service.correct_last(outcome=Outcome.NOT_RESOLVED)  # the last one: resolved → not resolved
    service.register_manual(180, Channel.EMAIL, Outcome.CASE_CREATED)
    service.start()
    clock.advance(30)
    service.finish(Outcome.RESOLVED)
    service.undo_last()  # started by mistake

    api = ApiClient(live_server.url, live_server.login("101", "agent"))
    engine = SyncEngine(setup.cache, BlobStore(setup.cache, tmp_path / "blobs"), api)
    report = engine.run_once()
    assert report.error is None, report.error
    engine.run_once()  # a second sync sends nothing new
    api.close()

    token = live_server.login("101", "leder")
    day = clock().date().isoformat()

    def summary(group_by: str) -> dict[str, Any]:
        response = requests.get(
            live_server.url + API_PREFIX + "/stats/summary",
            params={"from": day, "to": day, "group_by": group_by},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        response.raise_for_status()
        body: dict[str, Any] = response.json()
        return body

    today = service.today()
    by_outcome = summary("outcome")
    assert by_outcome["total"] == today.count == 6
    expected = Counter(e.registration.outcome.value for e in today.entries)
    assert {g["key"]: g["count"] for g in by_outcome["groups"]} == dict(expected)
    assert by_outcome["resolved_share"] == 1 / 6
    assert by_outcome["referrals"][0]["key"] == "Regionen"
    assert by_outcome["referrals"][0]["active_median"] == 300
    by_channel = {g["key"]: g for g in summary("channel")["groups"]}
    assert by_channel["phone"]["count"] == 3 and by_channel["email"]["count"] == 1
    assert by_channel["phone"]["active_median"] == 120
    by_area = {g["key"]: g["count"] for g in summary("area")["groups"]}
    assert by_area == {"Flytning": 3, "Sundhed": 1, "MitID": 1, None: 1}
    total_active = sum(g["count"] * g["active_mean"] for g in summary("area")["groups"])
    assert total_active == today.active_seconds == 120 + 300 + 240 + 600 + 90 + 180
