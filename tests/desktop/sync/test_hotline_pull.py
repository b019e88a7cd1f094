"""A shared hotline's desktop against the real server: its own content and each admitted
member's, each with its own cursor; a member that dismisses the hotline is dropped."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from support.desk import Desk
from support.hotline_desk import HOTLINE, MEMBER_NAMES, dismiss, seed_hotline
from support.live_server import LiveServer

from desktop.services.lookup import LookupService
from desktop.store import content as cached
from desktop.store import members, open_cache
from desktop.store.blobs import BlobStore
from desktop.sync.engine import SyncEngine
from desktop.sync.transport import ApiClient

PASSWORD = "hotline-test-password-1"


@pytest.fixture
def hotline_desk(agent_server: LiveServer, tmp_path: Path) -> Iterator[Desk]:
    seed_hotline(agent_server, PASSWORD)
    cache = open_cache(tmp_path / "hotline" / "cache.sqlite3")
    lookup = LookupService(cache, tmp_path / "hotline" / "cache.index")
    lookup.load()
    api = ApiClient(agent_server.url, agent_server.issue_token(HOTLINE, "agent"))
    yield Desk(agent_server, cache, BlobStore(cache, tmp_path / "hotline" / "blobs"), api, lookup)
    api.close()
    cache.close()


def _sync(desk: Desk) -> object:
    engine = SyncEngine(
        desk.cache, desk.blobs, desk.api, home=HOTLINE, hotline=True, rng=random.Random(1)
    )
    report = engine.run_once()
    desk.lookup.apply(report.changes)
    assert report.error is None, report.error
    return report


def _owners(desk: Desk, guide_id: str) -> set[str]:
    with desk.cache.read() as conn:
        rows = conn.execute(text("SELECT municipality FROM guides WHERE id = :i"), {"i": guide_id})
        return {str(code) for code in rows.scalars()}


def test_the_hotline_pulls_its_own_and_each_admitted_members_content(hotline_desk: Desk) -> None:
    desk = hotline_desk
    _sync(desk)
    assert _owners(desk, "pas") == {"990", "101", "102"}  # never 103's
    assert _owners(desk, "nordby-affald") == {"102"}
    assert [(m.code, m.name) for m in members.listed(desk.cache)] == sorted(
        MEMBER_NAMES.items(), key=lambda item: item[1]
    )
    for code in ("101", "102"):
        assert cached.cursor(desk.cache, code) == desk.server.change_seq(code)
    assert cached.cursor(desk.cache) == desk.server.change_seq(HOTLINE)
    assert cached.cursor(desk.cache, "103") == 0
    # Without a caller the hotline sees its own guides; with one, that member's first.
    lookup = desk.lookup
    assert [h.id for h in lookup.search("storskrald")] == []
    own = lookup.guide("pas")
    assert own is not None and own.title == "Pas – hotlinens vejledning"
    lookup.set_caller("102")
    hits = lookup.search("pas")
    assert [(h.id, h.municipality) for h in hits[:2]] == [("pas", "102"), ("pas", "990")]
    assert [h.id for h in lookup.search("storskrald")] == ["nordby-affald"]
    shown = lookup.guide("pas")
    assert shown is not None and shown.title == "Pas i Nordby"
    lookup.set_caller("101")
    assert lookup.search("storskrald") == []  # 102's guides are not 101's
    first = lookup.guide("pas")
    assert first is not None and first.municipality == "101"


def test_a_dismissal_drops_the_members_content_at_the_next_sync(hotline_desk: Desk) -> None:
    desk = hotline_desk
    _sync(desk)
    desk.lookup.set_caller("102")
    assert [h.id for h in desk.lookup.search("storskrald")] == ["nordby-affald"]
    dismiss(desk.server, "102")
    report = _sync(desk)
    assert report.dropped == ["102"]  # type: ignore[attr-defined]
    assert _owners(desk, "pas") == {"990", "101"}
    assert _owners(desk, "nordby-affald") == set()
    assert cached.cursor(desk.cache, "102") == 0
    assert [m.code for m in members.listed(desk.cache)] == ["101"]
    assert desk.lookup.search("storskrald") == []  # gone from the search index too
    # The next sync (nothing changed) keeps it that way and pulls 101 from its cursor.
    again = _sync(desk)
    assert again.dropped == []  # type: ignore[attr-defined]
    assert again.pulled_items == 0  # type: ignore[attr-defined]


def test_a_member_answering_not_admitted_is_dropped(hotline_desk: Desk) -> None:
    """Dismissed between listing the members and pulling them: the 403 drops it too."""
    desk = hotline_desk
    _sync(desk)
    engine = SyncEngine(desk.cache, desk.blobs, desk.api, home=HOTLINE, hotline=True)
    real = desk.api.hotline_members
    listed = real()

    def members_then_dismiss() -> list:  # type: ignore[type-arg]
        dismiss(desk.server, "102")  # the member dismisses the hotline meanwhile
        return listed

    desk.api.hotline_members = members_then_dismiss  # type: ignore[method-assign]
    report = engine.run_once()
    assert report.error is None and report.dropped == ["102"]
    assert _owners(desk, "nordby-affald") == set()
