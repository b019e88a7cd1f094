"""The composition root end to end against the real server: login, sync, search, expired
tokens, offline start, switching municipality."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text
from support.guides_da import GUIDES
from support.keyring_backend import MemoryKeyring
from support.live_server import LiveServer

from desktop.app import AppContext, Workspace
from desktop.core.errors import AuthenticationFailed, NotLoggedIn, ServerUnreachable
from desktop.core.paths import profile_root
from desktop.services.lookup import LookupService
from desktop.sync.engine import SyncEngine
from sync_server.protocol import FeedbackKind

PASSWORD = "korrekt-hest-batteri"


@pytest.fixture
def context(agent_server: LiveServer) -> Iterator[AppContext]:
    ctx = AppContext()
    yield ctx
    ctx.close()


def _login(ctx: AppContext, server: LiveServer) -> Workspace:
    ctx.session.login(server.url, "101", "agent", PASSWORD)
    return ctx.after_login()


def _ids(workspace: Workspace, query: str) -> list[str]:
    return [hit.id for hit in workspace.lookup.search(query, 10)]


def test_a_new_profile_has_no_workspace_and_cannot_sync(context: AppContext) -> None:
    assert context.root == profile_root()
    assert context.workspace is None
    report = context.sync_once()
    assert isinstance(report.error, NotLoggedIn)
    assert report.error.message == "Log ind for at synkronisere."


def test_login_sync_and_search(context: AppContext, agent_server: LiveServer) -> None:
    workspace = _login(context, agent_server)
    assert workspace.lookup.guide_count() == 0
    report = context.sync_once()
    assert report.error is None
    assert workspace.lookup.guide_count() == len(GUIDES)
    assert _ids(workspace, "flytte")[0] == "melde-flytning"
    assert _ids(workspace, "nemid")[0] == "mitid"
    assert workspace.last_sync() is not None
    assert workspace.pending() == 0


def test_feedback_and_registrations_reach_the_server_through_a_sync(
    context: AppContext, agent_server: LiveServer
) -> None:
    workspace = _login(context, agent_server)
    context.sync_once()
    workspace.feedback.send("pas", 1, FeedbackKind.OUTDATED, "Gebyret er ændret pr. 1. januar.")
    workspace.contact.start("phone")
    workspace.lookup.record_use("pas")
    workspace.contact.stop()
    entry = workspace.contact.finish_with_defaults()
    assert workspace.pending() == 2
    report = context.sync_once()
    assert (report.error, report.pushed) == (None, 2)
    assert workspace.pending() == 0
    with agent_server.engine.connect() as conn:
        rows = conn.execute(text("SELECT uuid, guide_ids FROM registrations")).all()
    assert [row[0] for row in rows] == [entry.id]
    assert "pas" in str(rows[0][1])
    feedback = agent_server.admin_api("101").feedback()
    assert [f["text"] for f in feedback] == ["Gebyret er ændret pr. 1. januar."]


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        ("expire_tokens", "Dit login er udløbet. Log ind igen."),
        ("revoke_tokens", "Du er blevet logget ud. Log ind igen."),
    ],
)
def test_an_expired_or_revoked_token_is_forgotten_and_the_cache_stays(
    context: AppContext, agent_server: LiveServer, spoil: str, message: str
) -> None:
    workspace = _login(context, agent_server)
    assert context.sync_once().error is None
    getattr(agent_server, spoil)("101", "agent")
    report = context.sync_once()
    assert isinstance(report.error, AuthenticationFailed)
    assert report.error.message == message
    assert context.session.token() is None
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring) and backend.store == {}
    assert _ids(workspace, "flytte")[0] == "melde-flytning"  # still searchable
    assert workspace.lookup.guide("pas") is not None
    again = context.sync_once()  # without a token until the user logs in again
    assert isinstance(again.error, AuthenticationFailed)
    _login(context, agent_server)
    assert context.sync_once().error is None


def test_offline_start_with_a_filled_cache(agent_server: LiveServer) -> None:
    first = AppContext()
    workspace = _login(first, agent_server)
    assert first.sync_once().error is None
    index = workspace.lookup.index_path
    stamp = index.stat().st_mtime_ns
    first.close()
    agent_server.stop()

    started = time.perf_counter()
    context = AppContext()
    elapsed = time.perf_counter() - started
    try:
        assert elapsed < 2.0, f"offline start took {elapsed:.2f} s"
        assert context.workspace is not None
        assert index.stat().st_mtime_ns == stamp  # the saved index was loaded, not rebuilt
        assert _ids(context.workspace, "lægeskift")[0] == "skifte-laege"
        assert _ids(context.workspace, "borgerlig vielse")[0] == "vielse"
        # Feedback written offline waits in the outbox; a sync says the server is away.
        context.workspace.feedback.send("vielse", 1, FeedbackKind.ERROR, "Linket virker ikke.")
        report = context.sync_once()
        assert isinstance(report.error, ServerUnreachable)
        assert context.workspace.pending() == 1
    finally:
        context.close()


def test_another_municipality_gets_its_own_cache(
    context: AppContext, agent_server: LiveServer
) -> None:
    first = _login(context, agent_server)
    context.sync_once()
    agent_server.create_account("202", "agent", PASSWORD, "agent")
    agent_server.admin_api("202").create_guide(
        {
            "id": "affald",
            "title": "Bestille storskrald",
            "area": "Affald",
            "guidance": ["Storskrald bestilles på affaldsselskabets hjemmeside."],
            "status": "published",
        }
    )
    context.session.login(agent_server.url, "202", "agent", PASSWORD)
    second = context.after_login()
    assert second is not first
    assert second.cache.path != first.cache.path
    assert context.sync_once().error is None
    assert [g.id for g in second.lookup.all_guides()] == ["affald"]
    assert _ids(second, "flytte") == []
    # Logging in again to the same municipality keeps the open workspace.
    context.session.login(agent_server.url, "202", "agent", PASSWORD)
    assert context.after_login() is second


def test_a_cache_on_a_network_share_is_refused(
    agent_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = AppContext()
    _login(ctx, agent_server)
    ctx.close()
    monkeypatch.setattr("desktop.store.db.is_network_path", lambda _path: True)
    from desktop.core.errors import ProfileError

    with pytest.raises(ProfileError) as caught:
        AppContext()
    assert "netværksdrev" in caught.value.message


def test_a_restart_after_a_sync_cut_off_before_the_index_followed(
    agent_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app died after a sync had written batches to the cache but before the search
    index followed: the next start brings the index up to date without rebuilding it."""
    first = AppContext()
    workspace = _login(first, agent_server)
    assert first.sync_once().error is None
    admin = agent_server.admin_api("101")
    admin.update_guide("koerekort", title="Forny førerbevis")
    admin.delete_guide("vielse")
    api = first.session.api()
    try:  # the sync engine alone: the index is never told
        report = SyncEngine(workspace.cache, workspace.blobs, api).run_once()
    finally:
        api.close()
    assert report.error is None and report.pulled_items == 2
    first.close()

    def refuse(_self: object) -> None:
        raise AssertionError("the whole index was rebuilt")

    monkeypatch.setattr(LookupService, "_build", refuse)
    context = AppContext()
    try:
        assert context.workspace is not None
        assert _ids(context.workspace, "førerbevis")[:1] == ["koerekort"]
        assert "vielse" not in _ids(context.workspace, "borgerlig vielse")
    finally:
        context.close()
