"""The desktop messaging service against the real server (uvicorn on 127.0.0.1): sending
through the file provider and a local SMS gateway, delivery reports, templates, retry when
the server is away — and the recipient never on the workstation's disk."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from support.guides_da import GUIDES
from support.live_server import DEFAULT_PASSWORD, LiveServer
from support.sms_gateway import SmsGateway

from desktop.app import AppContext, Workspace
from desktop.core.errors import Rejected, ServerFailed, ServerUnreachable, VejviserError
from desktop.core.paths import profile_root
from desktop.core.sms import count_sms
from desktop.services.messaging import Draft, InvalidRecipient
from sync_server.protocol import Guide, MessageChannel, MessageState, MessageStatus

PHONE = "20 12 34 56"
DIGITS = b"20123456"
ADDRESS = "borger.hansen@example.dk"
SECRET = "webhook-hemmelighed"
SMS, EMAIL = MessageChannel.SMS, MessageChannel.EMAIL


def _guide(guide_id: str = "melde-flytning") -> Guide:
    body = next(g for g in GUIDES if g["id"] == guide_id)
    return Guide.model_validate(
        {**body, "municipality": "101", "revision": 1, "updated_at": datetime.now(UTC)}
    )


def _server(folder: Path, template: Path, **settings: Any) -> LiveServer:
    server = LiveServer(folder, template=template, **settings)
    server.create_account("101", "agent", DEFAULT_PASSWORD, "agent", "Anne Agent")
    return server.start()


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    return tmp_path / "outbox"


@pytest.fixture
def server(tmp_path: Path, _server_template: Path, outbox: Path) -> Iterator[LiveServer]:
    live = _server(
        tmp_path / "server",
        _server_template,
        mail_provider="file",
        sms_provider="file",
        message_outbox_dir=outbox,
    )
    yield live
    live.close()


def _login(server: LiveServer) -> Iterator[Workspace]:
    context = AppContext()
    context.session.login(server.url, "101", "agent", DEFAULT_PASSWORD)
    yield context.after_login()
    context.close()


@pytest.fixture
def workspace(server: LiveServer) -> Iterator[Workspace]:
    yield from _login(server)


def outbox_files(outbox: Path) -> list[Path]:
    return sorted(outbox.iterdir()) if outbox.exists() else []


def assert_nothing_on_disk(*needles: bytes) -> None:
    """No file of the profile (cache, WAL, logs, settings) holds the recipient."""
    for path in profile_root().rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, f"{needle!r} found in {path.name}"


def test_send_sms_through_the_server(workspace: Workspace, outbox: Path) -> None:
    messaging = workspace.messaging
    seen: list[MessageState] = []
    messaging.subscribe(seen.append)
    draft = messaging.compose(_guide(), SMS)
    state = messaging.send(draft, PHONE)
    assert state.status is MessageStatus.SENT
    assert state.channel is SMS and state.guide_id == "melde-flytning"
    assert seen == [state]

    [path] = outbox_files(outbox)
    record = json.loads(path.read_text("utf-8"))
    assert record["to"] == "+4520123456"
    assert record["message"] == draft.body
    expected = count_sms(draft.body)
    assert (record["parts"], record["characters"]) == (expected.parts, expected.characters)
    assert record["encoding"] == "GSM-7" and record["parts"] == 2

    assert messaging.state(state.id) == state
    assert messaging.states_for_guide("melde-flytning") == [state]
    assert_nothing_on_disk(DIGITS, b"+4520123456")


def test_send_mail_with_an_edited_text(workspace: Workspace, outbox: Path) -> None:
    import email
    from email import policy

    draft = workspace.messaging.compose(_guide(), EMAIL)
    edited = draft.edited(draft.body + "\n\nPS: Husk sygesikringskortet.", "Din flytning – æøå")
    state = workspace.messaging.send(edited, ADDRESS)
    assert state.status is MessageStatus.SENT
    [path] = outbox_files(outbox)
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["Subject"] == "Din flytning – æøå"
    plain = message.get_body(("plain",))
    assert plain is not None and "PS: Husk sygesikringskortet." in plain.get_content()
    assert_nothing_on_disk(ADDRESS.encode())


def test_recipient_and_text_are_checked_before_sending(
    workspace: Workspace, server: LiveServer, outbox: Path
) -> None:
    messaging = workspace.messaging
    draft = messaging.compose(_guide(), SMS)
    with pytest.raises(InvalidRecipient) as caught:
        messaging.send(draft, "1234")
    assert caught.value.message == "»1234« er ikke et gyldigt telefonnummer."
    with pytest.raises(VejviserError, match="Skriv en besked"):
        messaging.send(draft.edited("   "), PHONE)
    with pytest.raises(VejviserError, match="Skriv et emne"):
        messaging.send(Draft(EMAIL, None, "Hej", None), ADDRESS)
    assert outbox_files(outbox) == []
    assert not [r for r in server.requests if r[1].startswith("/api/v1/messages")]


def test_unreachable_server_keeps_the_request_in_memory_for_retry(
    workspace: Workspace, server: LiveServer, outbox: Path
) -> None:
    messaging = workspace.messaging
    draft = messaging.compose(_guide(), SMS)
    server.stop()
    with pytest.raises(ServerUnreachable):
        messaging.send(draft, PHONE)
    [pending] = messaging.pending_ids()
    assert_nothing_on_disk(DIGITS)
    with pytest.raises(ServerUnreachable):
        messaging.retry(pending)
    assert messaging.pending_ids() == [pending]

    server.start()
    state = messaging.retry(pending)
    assert state.id == pending and state.status is MessageStatus.SENT
    assert messaging.pending_ids() == []
    assert len(outbox_files(outbox)) == 1
    assert_nothing_on_disk(DIGITS)


def test_lost_answer_then_retry_sends_once(
    workspace: Workspace, server: LiveServer, outbox: Path
) -> None:
    messaging = workspace.messaging
    server.drop_responses("/api/v1/messages", 1)  # sent by the server, answer lost
    with pytest.raises(ServerUnreachable):
        messaging.send(messaging.compose(_guide(), SMS), PHONE)
    [pending] = messaging.pending_ids()
    state = messaging.retry(pending)
    assert state.status is MessageStatus.SENT
    assert len(outbox_files(outbox)) == 1  # the retry did not send again


def test_discard_forgets_the_request(workspace: Workspace, server: LiveServer) -> None:
    server.stop()
    with pytest.raises(ServerUnreachable):
        workspace.messaging.send(workspace.messaging.compose(_guide(), SMS), PHONE)
    [pending] = workspace.messaging.pending_ids()
    workspace.messaging.discard(pending)
    assert workspace.messaging.pending_ids() == []
    with pytest.raises(VejviserError, match="ikke længere klar"):
        workspace.messaging.retry(pending)


def test_rejection_is_not_kept(workspace: Workspace) -> None:
    draft = workspace.messaging.compose(_guide(), SMS).edited("a" * (153 * 10 + 1))
    with pytest.raises(Rejected) as caught:
        workspace.messaging.send(draft, PHONE)
    assert caught.value.status == 422
    assert "for lang til en SMS" in caught.value.message
    assert workspace.messaging.pending_ids() == []


def test_running_contact_counts_sent_messages(workspace: Workspace) -> None:
    contact = workspace.contact
    contact.start("phone")
    registration = contact.status().id
    assert registration is not None
    state = workspace.messaging.send(workspace.messaging.compose(_guide(), SMS), PHONE)
    assert contact.status().messages_sent == 1
    workspace.messaging.send(workspace.messaging.compose(_guide(), EMAIL), ADDRESS)
    assert contact.status().messages_sent == 2
    assert state in workspace.messaging.states_for_contact(registration)
    assert len(workspace.messaging.states_for_contact(registration)) == 2


def test_without_a_contact_nothing_is_counted(workspace: Workspace) -> None:
    workspace.messaging.send(workspace.messaging.compose(_guide(), SMS), PHONE)
    assert workspace.contact.status().messages_sent == 0


def test_templates_from_the_server_are_cached(
    workspace: Workspace, server: LiveServer, tmp_path: Path
) -> None:
    admin = server.admin_api("101")
    current = admin.request("GET", "/messaging/templates")
    admin.request(
        "PUT",
        "/messaging/templates",
        json={**current, "signature": "Mange hilsner\nBorgerservice Nord"},
    )
    messaging = workspace.messaging
    assert "Borgerservice, Kommune 101" in messaging.compose(_guide(), SMS).body  # defaults
    assert messaging.refresh_templates().signature == "Mange hilsner\nBorgerservice Nord"
    assert messaging.compose(_guide(), SMS).body.endswith("Mange hilsner\nBorgerservice Nord")

    server.stop()  # offline: the cached templates are used, also by a new service
    from desktop.services.messaging import MessagingService

    fresh = MessagingService(workspace.cache, None, municipality_name="Kommune 101")
    assert fresh.refresh_templates().signature == "Mange hilsner\nBorgerservice Nord"


def test_server_without_providers_says_so(tmp_path: Path, _server_template: Path) -> None:
    server = _server(tmp_path / "plain", _server_template)
    try:
        for workspace in _login(server):
            with pytest.raises(ServerFailed) as caught:
                workspace.messaging.send(workspace.messaging.compose(_guide(), SMS), PHONE)
            assert caught.value.message == (
                "Serveren er ikke sat op til at sende SMS. Kontakt en administrator."
            )
    finally:
        server.close()


@pytest.fixture
def gateway() -> Iterator[SmsGateway]:
    with SmsGateway(token="tok") as gw:
        yield gw


@pytest.fixture
def gateway_server(
    tmp_path: Path, _server_template: Path, gateway: SmsGateway
) -> Iterator[LiveServer]:
    live = _server(
        tmp_path / "gw-server",
        _server_template,
        sms_provider="gatewayapi",
        sms_api_url=gateway.url,
        sms_token="tok",
        sms_webhook_secret=SECRET,
    )
    yield live
    live.close()


def test_delivery_report_reaches_the_desktop(
    gateway_server: LiveServer, gateway: SmsGateway
) -> None:
    for workspace in _login(gateway_server):
        messaging = workspace.messaging
        changes: list[MessageState] = []
        state = messaging.send(messaging.compose(_guide(), SMS), PHONE)
        messaging.subscribe(changes.append)
        assert state.status is MessageStatus.SENT
        assert messaging.refresh() == [state]  # nothing new yet
        assert changes == []

        webhook = gateway_server.url + "/api/v1/messaging/sms/status"
        [sms] = gateway.messages
        assert gateway.post_report(webhook, sms, "DELIVERED", SECRET).json() == {"updated": True}
        gateway.post_report(webhook, sms, "ENROUTE", SECRET)  # late: ignored

        [refreshed] = messaging.refresh()
        assert refreshed.status is MessageStatus.DELIVERED
        assert changes == [refreshed]
        assert messaging.state(state.id) == refreshed
        assert messaging.refresh() == []  # delivered is final: nothing left to poll
        assert_nothing_on_disk(DIGITS)


def test_failed_delivery_reason_reaches_the_desktop(
    gateway_server: LiveServer, gateway: SmsGateway
) -> None:
    for workspace in _login(gateway_server):
        state = workspace.messaging.send(workspace.messaging.compose(_guide(), SMS), PHONE)
        webhook = gateway_server.url + "/api/v1/messaging/sms/status"
        gateway.post_report(webhook, gateway.messages[0], "UNDELIVERABLE", SECRET)
        [refreshed] = workspace.messaging.refresh([state.id])
        assert refreshed.status is MessageStatus.FAILED
        assert refreshed.reason == "Beskeden kunne ikke leveres til nummeret."


def test_gateway_error_is_a_failed_state_with_a_reason(
    gateway_server: LiveServer, gateway: SmsGateway
) -> None:
    gateway.fail_next(402, {"message": "Insufficient credit"})
    for workspace in _login(gateway_server):
        state = workspace.messaging.send(workspace.messaging.compose(_guide(), SMS), PHONE)
        assert state.status is MessageStatus.FAILED
        assert (
            state.reason == "Der er ikke mere kredit hos SMS-udbyderen. Kontakt en administrator."
        )
        workspace.contact.start("phone")
        assert workspace.contact.status().messages_sent == 0  # a failure is not counted


UNCONFIRMED = (
    "Ikke bekræftet – SMS-udbyderen svarede ikke i tide, så beskeden er måske sendt. "
    "Vent på kvitteringen, før du sender igen."
)


def test_unconfirmed_sms_is_sent_with_a_warning_until_the_report(
    tmp_path: Path, _server_template: Path, gateway: SmsGateway
) -> None:
    """The gateway's answer came after the server's timeout: the desktop gets "sent" with
    the server's warning (not a failure to resend); the delivery report settles it."""
    server = _server(
        tmp_path / "slow-gw-server",
        _server_template,
        sms_provider="gatewayapi",
        sms_api_url=gateway.url,
        sms_token="tok",
        sms_webhook_secret=SECRET,
        sms_timeout=0.5,
    )
    gateway.answer_late(3.0)
    try:
        for workspace in _login(server):
            messaging = workspace.messaging
            workspace.contact.start("phone")
            state = messaging.send(messaging.compose(_guide(), SMS), PHONE)
            assert (state.status, state.reason) == (MessageStatus.SENT, UNCONFIRMED)
            assert messaging.pending_ids() == []  # nothing kept to send again
            assert workspace.contact.status().messages_sent == 1  # it may well have gone
            assert messaging.refresh() == [state]  # still waiting for the report

            webhook = server.url + "/api/v1/messaging/sms/status"
            [sms] = gateway.messages
            assert gateway.post_report(webhook, sms, "DELIVERED", SECRET).json() == {
                "updated": True
            }
            [settled] = messaging.refresh()
            assert (settled.status, settled.reason) == (MessageStatus.DELIVERED, None)
            assert len(gateway.messages) == 1
            assert_nothing_on_disk(DIGITS)
    finally:
        server.close()


@pytest.mark.parametrize("cpr", ["010290/1234", "01-02-1990-1234", "0102\u200b90-1234"])
def test_a_cpr_number_in_a_message_is_refused_on_the_desktop(
    workspace: Workspace, server: LiveServer, outbox: Path, cpr: str
) -> None:
    """The shared guard refuses it before anything leaves the workstation."""
    messaging = workspace.messaging
    sms = messaging.compose(_guide(), SMS).edited(f"Din sag: {cpr}")
    with pytest.raises(VejviserError) as caught:
        messaging.send(sms, PHONE)
    assert caught.value.code == "cpr_number"
    assert "CPR-nummer" in caught.value.message
    mail = Draft(EMAIL, None, "Hej", f"Vedr. {cpr}")
    with pytest.raises(VejviserError) as caught:
        messaging.send(mail, ADDRESS)
    assert caught.value.code == "cpr_number"
    assert outbox_files(outbox) == []
    assert not [r for r in server.requests if r[1].startswith("/api/v1/messages")]
