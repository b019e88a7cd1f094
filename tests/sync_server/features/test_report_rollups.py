"""The rollups kept up to date by deltas (SQLite and PostgreSQL): after registrations arrive
in batches between reports — new ones, corrections (higher versions, some moved to another
day), undone ones and stale older versions — every daily and monthly rollup row equals a
full recomputation from the registrations, and so do the figures."""

from __future__ import annotations

import random
import threading
from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import Engine, delete, event, select
from sqlalchemy.orm import Session
from support.report_data import GENERATED_FROM, correct, expected, put_settings
from support.report_data import random_registration as registration
from support.world import World

from sync_server.db.models import MunicipalityRow, ReportRollupRow
from sync_server.features.reports import repository
from sync_server.protocol import Role

U = ReportRollupRow
YEAR = {"from": "2026-01-01", "to": "2026-12-31"}


def _push(world: World, items: list[dict[str, Any]]) -> None:
    response = world.call("POST", "/registrations", "101", Role.AGENT, json={"items": items})
    assert response.status_code == 200, response.text


def _report(world: World, **params: str) -> dict[str, Any]:
    response = world.call("GET", "/reports/figures", "101", Role.MANAGER, params=params or YEAR)
    assert response.status_code == 200, response.text
    return response.json()["current"]


def _rows(engine: Engine, municipality_id: int) -> Counter[tuple[Any, ...]]:
    columns = (U.grain, U.day, U.channel, U.area, U.location, U.kind, U.key)
    query = select(*columns, U.n, U.seconds, U.messages).where(U.municipality_id == municipality_id)
    with Session(engine) as session:
        return Counter(tuple(row) for row in session.execute(query))


def test_incremental_rollups_equal_a_full_rebuild(world: World, engine: Engine) -> None:
    put_settings(world)
    rng = random.Random(8)
    final: dict[str, dict[str, Any]] = {}
    for round_ in range(4):
        batch = [registration(rng, GENERATED_FROM, 80) for _ in range(250)]
        earlier = list(final.values())
        rng.shuffle(earlier)
        fixes = [correct(rng, reg) for reg in earlier[:120] if not reg.get("deleted")]
        stale = [dict(reg, version=1) for reg in fixes if reg["version"] > 2][:10]
        _push(world, batch + fixes + stale)  # a stale older version changes nothing
        final.update({reg["id"]: reg for reg in batch + fixes})
        _report(world)  # the rollups catch up (deltas from the second round on)
        if round_ == 1:
            _report(world, **{"from": "2026-03-01", "to": "2026-03-31"})
    with Session(engine) as session:
        mid = session.scalars(select(MunicipalityRow.id).where(MunicipalityRow.code == "101")).one()
    incremental = _rows(engine, mid)
    assert sum(1 for row in incremental if row[0] == "m") > 100
    regs = list(final.values())
    assert any(r.get("deleted") for r in regs) and any(r["version"] >= 3 for r in regs)
    for first, last in (
        (date(2026, 3, 1), date(2026, 4, 30)),
        (date(2026, 3, 20), date(2026, 4, 3)),
    ):
        got = _report(world, **{"from": first.isoformat(), "to": last.isoformat()})
        want = expected(regs, first, last)
        assert (got["total"], got["active_seconds"], got["resolved"]) == (
            want["total"],
            want["active_seconds"],
            want["resolved"],
        )
        assert {f["key"]: f["count"] for f in got["by_area"]} == {
            k: v[0] for k, v in want["dims"]["area"].items()
        }
    with Session(engine) as session, session.begin():  # the full recomputation
        session.execute(delete(U).where(U.municipality_id == mid))
        repository.mark_all_dirty(session, mid)
        repository.refresh(session, mid)
    assert _rows(engine, mid) == incremental


def test_a_push_during_the_stale_check_does_not_fail_a_report(world: World, engine: Engine) -> None:
    """GET /reports/figures rebuilds stale days in a write transaction of its own, before its
    read: a push that commits between the report's look at the stale days and the rebuild
    does not fail the report (on SQLite a read transaction whose snapshot is older than
    that commit cannot become a writer: "database is locked")."""
    rng = random.Random(3)
    _push(world, [registration(rng, GENERATED_FROM, 20)])
    pushed: list[int] = []

    def push_once(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if pushed or "report_dirty_days" not in statement or not statement.startswith("SELECT"):
            return
        pushed.append(0)  # once; the push below runs in a thread of its own and is awaited
        items = [registration(rng, GENERATED_FROM, 20)]
        worker = threading.Thread(target=lambda: pushed.append(_status(world, items)))
        worker.start()
        worker.join()

    event.listen(engine, "after_cursor_execute", push_once)
    try:
        response = world.call("GET", "/reports/figures", "101", Role.MANAGER, params=YEAR)
    finally:
        event.remove(engine, "after_cursor_execute", push_once)
    assert pushed == [0, 200]
    assert response.status_code == 200, response.text
    # the rebuild came after the push's commit, the read after the rebuild: both are counted
    assert response.json()["current"]["total"] == 2
    assert _report(world)["total"] == 2


def _status(world: World, items: list[dict[str, Any]]) -> int:
    response = world.call("POST", "/registrations", "101", Role.AGENT, json={"items": items})
    return response.status_code
