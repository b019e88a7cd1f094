"""A shared hotline's agent sends guidance to a citizen for the caller's municipality
(issue 17 point 2) against the real server (uvicorn on 127.0.0.1, file provider): the
draft names the member it was composed for, the request carries it — also when it waits
in memory for a retry — and the server sends under that member's sender name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.guides_da import GUIDES, seed_agent_content
from support.hotline_desk import HOTLINE, seed_hotline
from support.live_server import DEFAULT_PASSWORD, LiveServer

from desktop.app import AppContext, Workspace
from desktop.core.errors import ServerUnreachable
from sync_server.protocol import Guide, MessageChannel, MessageStatus

pytestmark = pytest.mark.live

PHONE = "20 12 34 56"
SMS = MessageChannel.SMS


def _guide(municipality: str) -> Guide:
    body = next(g for g in GUIDES if g["id"] == "melde-flytning")
    return Guide.model_validate(
        {**body, "municipality": municipality, "revision": 1, "updated_at": datetime.now(UTC)}
    )


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    return tmp_path / "outbox"


@pytest.fixture
def server(tmp_path: Path, _server_template: Path, outbox: Path) -> Iterator[LiveServer]:
    live = LiveServer(
        tmp_path / "server",
        template=_server_template,
        mail_provider="file",
        sms_provider="file",
        message_outbox_dir=outbox,
    ).start()
    seed_agent_content(live, DEFAULT_PASSWORD)
    seed_hotline(live, DEFAULT_PASSWORD)
    yield live
    live.close()


@pytest.fixture
def workspace(server: LiveServer) -> Iterator[Workspace]:
    context = AppContext()
    context.session.login(server.url, HOTLINE, "agent", DEFAULT_PASSWORD)
    workspace = context.after_login()
    report = context.sync_once()
    assert report.error is None, report.error
    yield workspace
    context.close()


def _senders(outbox: Path) -> list[str]:
    return [json.loads(p.read_text("utf-8"))["sender"] for p in sorted(outbox.iterdir())]


def test_a_message_for_the_callers_municipality_goes_out_in_its_name(
    workspace: Workspace, outbox: Path
) -> None:
    messaging = workspace.messaging
    workspace.contact.set_caller("102")
    draft = messaging.compose(_guide("102"), SMS)
    assert draft.member == "102" and "Nordby Kommune" in draft.body
    # the agent picks the next caller before sending: the draft stays 102's
    workspace.contact.set_caller("101")
    state = messaging.send(draft.edited(draft.body + "\nHilsen"), PHONE)
    assert state.status is MessageStatus.SENT
    assert _senders(outbox) == ["NordbyKommu"]  # 102's sender, not the hotline's

    own = messaging.compose(_guide("101"), SMS)
    assert own.member == "101"
    messaging.send(own, PHONE)
    workspace.contact.set_caller(None)
    hotline = messaging.compose(_guide(HOTLINE), SMS)
    assert hotline.member is None
    messaging.send(hotline, PHONE)
    # the files are named by id, not in the order sent
    assert sorted(_senders(outbox)) == ["FaellesHotl", "Kommune101", "NordbyKommu"]


def test_a_request_kept_for_retry_carries_its_member(
    workspace: Workspace, server: LiveServer, outbox: Path
) -> None:
    messaging = workspace.messaging
    workspace.contact.set_caller("102")
    draft = messaging.compose(_guide("102"), SMS)
    server.stop()
    with pytest.raises(ServerUnreachable):
        messaging.send(draft, PHONE)
    [pending] = messaging.pending_ids()
    workspace.contact.set_caller(None)
    server.start()
    assert messaging.retry(pending).status is MessageStatus.SENT
    assert _senders(outbox) == ["NordbyKommu"]
