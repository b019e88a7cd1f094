"""Search terms learned from use: three staff members search for X, open guide G and register
the contact with it; after a sync another desktop's search for X ranks G first. Two staff
members are not enough, a query with a CPR number is never stored, a rejected term goes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text
from support.desk import Desk
from support.live_server import LiveServer

from desktop.services.contact import ContactService
from desktop.services.lookup import LookupService
from desktop.store import open_cache, outbox
from desktop.store.blobs import BlobStore
from desktop.sync.admin_api import AdminApi
from desktop.sync.transport import ApiClient
from sync_server.protocol import Outcome

QUERY = "pakkeboks ved døren"
GUIDE = "melde-flytning"


@dataclass
class Staff:
    desk: Desk
    contacts: ContactService

    def search_open_and_register(self, query: str, guide_id: str) -> None:
        """As the UI does: a contact runs, a search, the guide opened from its results,
        the contact registered."""
        self.contacts.start()
        self.desk.lookup.search(query)
        self.desk.lookup.search_log.opened(query, guide_id)
        self.desk.lookup.record_use(guide_id)
        self.contacts.finish(Outcome.RESOLVED)


@pytest.fixture
def staff(agent_server: LiveServer, tmp_path: Path) -> Iterator[list[Staff]]:
    out: list[Staff] = []
    for number in range(3):
        name = f"medarbejder{number}"
        agent_server.create_account("101", name)
        home = tmp_path / name
        cache = open_cache(home / "cache.sqlite3")
        lookup = LookupService(cache, home / "cache.index")
        lookup.load()
        api = ApiClient(agent_server.url, agent_server.issue_token("101", name))
        desk = Desk(agent_server, cache, BlobStore(cache, home / "blobs"), api, lookup)
        assert desk.sync().error is None
        contacts = ContactService(cache, lookup)
        lookup.add_use_listener(contacts.guide_opened)  # as the app wires it
        out.append(Staff(desk, contacts))
    yield out
    for member in out:
        member.desk.api.close()
        member.desk.cache.close()


def _stored_words(server: LiveServer) -> list[str]:
    with server.engine.connect() as conn:
        return [str(w) for w in conn.scalars(text("SELECT words FROM search_log"))]


def test_a_term_learned_from_three_staff_ranks_the_guide_first_elsewhere(
    desk: Desk, staff: list[Staff]
) -> None:
    assert desk.sync().error is None
    assert desk.ids(QUERY)[:1] != [GUIDE]  # before: the guide is not what this query finds
    for member in staff[:2]:
        member.search_open_and_register(QUERY, GUIDE)
        report = member.desk.sync()
        assert report.error is None and report.pushed == 2  # the registration and the pair
    assert desk.sync().error is None
    assert desk.ids(QUERY)[:1] != [GUIDE]  # two staff members are not enough
    staff[2].search_open_and_register(QUERY, GUIDE)
    assert staff[2].desk.sync().error is None
    assert desk.sync().error is None
    assert desk.ids(QUERY)[0] == GUIDE
    assert not desk.search(QUERY)[0].weak
    assert _stored_words(desk.server) == ["pakkeboks ved døren"] * 3

    # the index saved on disk holds the learned term too (a restart searches the same)
    again = LookupService(desk.cache, desk.lookup.index_path)
    again.load()
    assert again.search(QUERY)[0].id == GUIDE

    # the admin sees it in "Søgninger uden svar" and rejects it: on the next sync it is gone
    # everywhere, and teaching it again does not bring it back
    admin = AdminApi(ApiClient(desk.server.url, desk.server.issue_token("101", "admin")))
    review = admin.search_review()
    assert [(t.guide_id, t.term, t.staff) for t in review.learned] == [(GUIDE, QUERY, 3)]
    assert review.learned[0].guide_title == "Melde flytning"
    admin.reject_learned(GUIDE, QUERY)
    staff[0].search_open_and_register(QUERY, GUIDE)
    assert staff[0].desk.sync().error is None
    assert desk.sync().error is None
    assert desk.ids(QUERY)[:1] != [GUIDE]
    assert admin.search_review().learned == []
    admin.api.close()


def test_an_adopted_term_becomes_a_synonym_of_the_guide(desk: Desk, staff: list[Staff]) -> None:
    admin = AdminApi(ApiClient(desk.server.url, desk.server.issue_token("101", "admin")))
    staff[0].desk.lookup.search_log.ended("pakkeboks", found=False)
    assert staff[0].desk.sync().error is None
    review = admin.search_review()
    assert [(u.term, u.found, u.count) for u in review.unanswered] == [("pakkeboks", False, 1)]
    admin.adopt_term(GUIDE, "pakkeboks")
    assert "pakkeboks" in admin.guide(GUIDE).synonyms
    assert desk.sync().error is None
    assert desk.ids("pakkeboks")[0] == GUIDE
    admin.api.close()


def test_a_query_with_a_cpr_number_or_phone_number_is_never_stored(
    desk: Desk, staff: list[Staff]
) -> None:
    member = staff[0]
    member.search_open_and_register("flytning 010190-1234", GUIDE)
    member.desk.lookup.search_log.ended("ring 20 30 40 50", found=False)
    member.desk.lookup.search_log.ended("hundeskat 2026", found=False)
    assert len(outbox.due(member.desk.cache, "search", 10)) == 1  # only the last one is kept
    assert outbox.pending_count(member.desk.cache) == 1  # the registration: the log is silent
    assert member.desk.sync().error is None
    assert _stored_words(desk.server) == ["hundeskat"]  # digits dropped, the rest not kept
    assert outbox.pending_count(member.desk.cache) == 0
    events = outbox.due(member.desk.cache, "search", 10)
    assert events == []
