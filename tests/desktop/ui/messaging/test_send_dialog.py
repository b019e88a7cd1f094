""" "Send til borger" against the real server: SMS and e-mail through the file provider, the
recipient checked as typed, the GSM 03.38 counter, retry when the server is away (nothing
about the recipient on disk), and delivery reports reaching the dialog and the guide."""

from __future__ import annotations

import email
import json
import re
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support.gui import logged_in_context, wait_idle
from support.live_server import LiveServer
from support.sms_gateway import SmsGateway

from desktop.app import AppContext
from desktop.core.paths import profile_root
from desktop.ui.lookup.feature import LookupFeature
from desktop.ui.messaging.feature import MessagingFeature
from desktop.ui.messaging.send_dialog import DONE, EDITING, UNREACHED, SendDialog
from desktop.ui.shell.prefs import UiPrefs
from desktop.ui.shell.window import MainWindow
from sync_server.protocol import MessageChannel

PHONE = "20 12 34 56"
DIGITS = b"20123456"
ADDRESS = "borger.hansen@example.dk"
SECRET = "webhook-hemmelighed"


def _open(qtbot, window, guide: str = "melde-flytning") -> SendDialog:  # type: ignore[no-untyped-def]
    window.feature(LookupFeature).open_guide(guide)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = window.feature(MessagingFeature).send_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _files(folder: Path) -> list[Path]:
    return (
        sorted(p for p in folder.iterdir() if not p.name.endswith(".tmp"))
        if folder.exists()
        else []
    )


def assert_nothing_on_disk(*needles: bytes) -> None:
    """No file of the profile (cache, WAL, logs, settings) holds the recipient."""
    for path in profile_root().rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, f"{needle!r} found in {path.name}"


@pytest.mark.live
def test_send_sms_to_the_server(
    qtbot, window, context, ui_server, lookup_ui, contact_ui, messaging_ui
) -> None:  # type: ignore[no-untyped-def]
    contact_ui.bar.start.click()
    dialog = _open(qtbot, window)
    assert dialog.channel_value() is MessageChannel.SMS
    assert "\n- " in dialog.body.toPlainText()  # the guidance bullets
    assert "https://" in dialog.body.toPlainText()  # the link to the solution
    assert not dialog.send_button.isEnabled()  # no recipient yet
    qtbot.keyClicks(dialog.recipient_edit, PHONE)
    assert dialog.recipient_status.text() == "✓ +45 20 12 34 56"
    assert dialog.send_button.isEnabled()
    count = dialog.count
    assert count is not None and f"{count.parts} SMS" in dialog.counter.text()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.phase == DONE, timeout=10_000)
    assert dialog.status.text() == "SMS sendt til +45 20 12 34 56"
    assert dialog.close_button.text() == "Luk" and not dialog.send_button.isVisible()

    [path] = _files(ui_server.outbox)
    record = json.loads(path.read_text("utf-8"))
    assert record["to"] == "+4520123456" and record["message"] == dialog.body.toPlainText()
    assert record["parts"] == count.parts

    status = context.workspace.contact.status()
    assert status.messages_sent == 1
    bar = contact_ui.bar
    assert "1 besked sendt" in bar.info.text() and "SMS sendt" in bar.info.text()
    assert lookup_ui.guide.sent.isVisible() and "SMS sendt" in lookup_ui.guide.sent.text()
    assert window.messages.text.text().startswith("Sendt til borgeren")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: messaging_ui.send_dialog is None)
    assert_nothing_on_disk(DIGITS, b"+4520123456")


@pytest.mark.live
def test_send_email_with_subject(qtbot, window, context, ui_server) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.channel.buttons[1], Qt.MouseButton.LeftButton)
    assert dialog.channel_value() is MessageChannel.EMAIL
    assert dialog.subject.isVisible() and dialog.subject.text()
    assert not dialog.counter.isVisible()
    qtbot.keyClicks(dialog.recipient_edit, ADDRESS)
    assert dialog.recipient_status.text() == f"✓ {ADDRESS}"
    dialog.subject.setText("Din flytning – sådan gør du")
    dialog.body.appendPlainText("\nHusk sygesikringskortet.")
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.phase == DONE, timeout=10_000)
    assert dialog.status.text() == f"E-mail sendt til {ADDRESS}"
    [path] = _files(ui_server.outbox)
    mail = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert mail["To"] == ADDRESS and mail["Subject"] == "Din flytning – sådan gør du"
    assert "Husk sygesikringskortet." in mail.get_body(("plain",)).get_content()
    assert context.workspace.contact.status().messages_sent == 0  # no contact ran
    dialog.reject()


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (MessageChannel.SMS, "1234"),
        (MessageChannel.SMS, "20 12 34 5x"),
        (MessageChannel.EMAIL, "borger@"),
    ],
)
def test_invalid_recipient_shows_the_danish_error(qtbot, window, channel, text) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window)
    dialog.set_channel(channel)
    qtbot.keyClicks(dialog.recipient_edit, text)
    assert dialog.recipient_status.property("role") == "error"
    message = dialog.recipient_status.text()
    assert message and not message.startswith("✓")
    assert any(word in message for word in ("nummer", "e-mail", "adresse", "mobil")), message
    assert not dialog.send_button.isEnabled()
    dialog.send()  # the shortcut does nothing either
    assert dialog.phase == EDITING
    dialog.reject()


def test_sms_counter_follows_gsm_rules(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window)

    def count(text: str):  # type: ignore[no-untyped-def]
        dialog.body.setPlainText(text)
        return dialog.count

    assert count("a" * 160).parts == 1
    assert count("a" * 161).parts == 2
    assert dialog.counter.text() == "161 tegn · 2 SMS'er · 145 tilbage"
    assert count("æøå" * 53 + "a").parts == 1  # Danish letters count one
    euro = count("a" * 159 + "€")
    assert (euro.characters, euro.parts) == (161, 2)  # € counts two
    emoji = count("Hej 😀")
    assert emoji.encoding.value == "UCS-2" and emoji.characters == 6
    assert "specialtegn" in dialog.counter.text()
    assert "UCS-2" in dialog.counter.toolTip()
    assert count("a" * 70 + "😀").parts == 2  # 72 units > 70: two UCS-2 parts
    long = count("a" * (153 * 3 + 1))
    assert long.parts == 4 and long.warn
    assert dialog.counter.property("role") == "warning"
    assert "lang besked" in dialog.counter.text()
    count("Kort")
    assert dialog.counter.property("role") == "small"
    dialog.reject()


@pytest.mark.live
def test_unreachable_server_offers_retry_and_keeps_nothing_on_disk(
    qtbot, window, context, ui_server, contact_ui
) -> None:  # type: ignore[no-untyped-def]
    contact_ui.bar.start.click()
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.recipient_edit, PHONE)
    ui_server.stop()
    dialog.send()
    qtbot.waitUntil(lambda: dialog.phase == UNREACHED, timeout=15_000)
    assert "Serveren kan ikke nås" in dialog.status.text()
    assert dialog.retry_button.isVisible() and dialog.discard_button.isVisible()
    pending = context.workspace.messaging.pending_ids()
    assert pending == [dialog.message_id]
    assert context.workspace.contact.status().messages_sent == 0
    wait_idle(qtbot, window)
    assert_nothing_on_disk(DIGITS, b"+4520123456")

    ui_server.start()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.phase == DONE, timeout=15_000)
    assert dialog.state is not None and dialog.state.id == pending[0]  # the same message
    assert len(_files(ui_server.outbox)) == 1
    assert context.workspace.messaging.pending_ids() == []
    assert context.workspace.contact.status().messages_sent == 1
    assert_nothing_on_disk(DIGITS, b"+4520123456")
    dialog.reject()


@pytest.mark.live
def test_discarding_an_unsent_message_forgets_it(qtbot, window, context, ui_server) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.recipient_edit, PHONE)
    ui_server.stop()
    dialog.send()
    qtbot.waitUntil(lambda: dialog.phase == UNREACHED, timeout=15_000)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.phase == EDITING and dialog.status.text() == "Beskeden blev ikke sendt."
    assert context.workspace.messaging.pending_ids() == []
    dialog.reject()
    ui_server.start()


def test_ctrl_m_without_a_guide_says_what_to_do(qtbot, window, messaging_ui) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert messaging_ui.send_dialog is None
    assert "Åbn først en vejledning" in window.messages.text.text()


def test_send_from_the_running_contact_uses_its_guide(
    qtbot, window, lookup_ui, contact_ui, messaging_ui
) -> None:  # type: ignore[no-untyped-def]
    bar = contact_ui.bar
    bar.start.click()
    lookup_ui.open_guide("pas")
    window.show_start()  # the guide is no longer on screen
    qtbot.mouseClick(bar.send, Qt.MouseButton.LeftButton)
    dialog = messaging_ui.send_dialog
    assert dialog is not None and dialog.guide.id == "pas"
    dialog.reject()


# -- delivery reports through a GatewayAPI-style SMS gateway ----------------------------------
@pytest.fixture
def gateway() -> Iterator[SmsGateway]:
    with SmsGateway(token="tok") as gw:
        yield gw


@pytest.fixture
def sms_timeout() -> float:
    """The server's patience with the gateway (a test may parametrize a shorter one)."""
    return 15.0


@pytest.fixture
def gateway_window(qtbot, tmp_path, _seeded_db, gateway, danish, sms_timeout) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    server = LiveServer(
        tmp_path / "gw-server",
        template=_seeded_db,
        sms_provider="gatewayapi",
        sms_api_url=gateway.url,
        sms_token="tok",
        sms_webhook_secret=SECRET,
        sms_timeout=sms_timeout,
    ).start()
    context: AppContext = logged_in_context(server)
    win = MainWindow(context, UiPrefs())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win, server
    win.close()
    wait_idle(qtbot, win)
    context.close()
    server.close()


@pytest.mark.live
def test_delivery_report_reaches_the_dialog_and_the_guide(qtbot, gateway_window, gateway) -> None:  # type: ignore[no-untyped-def]
    window, server = gateway_window
    lookup_ui, messaging_ui = window.feature(LookupFeature), window.feature(MessagingFeature)
    messaging_ui.watcher.steps = (0.2, 0.3)  # poll quickly in the test
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.recipient_edit, PHONE)
    dialog.send()
    qtbot.waitUntil(lambda: dialog.phase == DONE, timeout=10_000)
    assert dialog.status.text() == "SMS sendt til +45 20 12 34 56"
    assert messaging_ui.watcher.watching
    [sms] = gateway.messages
    webhook = server.url + "/api/v1/messaging/sms/status"
    assert gateway.post_report(webhook, sms, "DELIVERED", SECRET).json() == {"updated": True}
    qtbot.waitUntil(lambda: dialog.status.text().startswith("SMS leveret"), timeout=10_000)
    assert "SMS leveret" in lookup_ui.guide.sent.text()
    qtbot.waitUntil(lambda: not messaging_ui.watcher.watching, timeout=10_000)
    dialog.reject()


@pytest.mark.live
def test_failed_delivery_shows_the_reason(qtbot, gateway_window, gateway) -> None:  # type: ignore[no-untyped-def]
    window, _server = gateway_window
    gateway.fail_next(402, {"message": "Insufficient credit"})
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.recipient_edit, PHONE)
    dialog.send()
    qtbot.waitUntil(lambda: dialog.phase == EDITING and dialog.status.isVisible(), timeout=10_000)
    assert dialog.status.text().startswith("Ikke sendt: Der er ikke mere kredit")
    assert dialog.status.property("role") == "error"
    assert dialog.send_button.isEnabled()  # fix and send again
    dialog.reject()


@pytest.mark.live
@pytest.mark.parametrize("sms_timeout", [0.5])
def test_unconfirmed_sms_is_not_offered_again(qtbot, gateway_window, gateway) -> None:  # type: ignore[no-untyped-def]
    """The gateway took the SMS but answered too late: maybe sent. The dialog says so with
    the server's reason and, unlike a failure, offers no sending again."""
    window, server = gateway_window
    lookup_ui, messaging_ui = window.feature(LookupFeature), window.feature(MessagingFeature)
    messaging_ui.watcher.steps = (0.2, 0.3)
    gateway.answer_late(3.0)
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.recipient_edit, PHONE)
    dialog.send()
    qtbot.waitUntil(lambda: dialog.phase == DONE, timeout=10_000)
    assert dialog.status.text() == (
        "SMS til +45 20 12 34 56: Ikke bekræftet – SMS-udbyderen svarede ikke i tide, så "
        "beskeden er måske sendt. Vent på kvitteringen, før du sender igen."
    )
    assert dialog.status.property("role") == "warning"
    assert not dialog.send_button.isVisible() and not dialog.retry_button.isVisible()
    assert not dialog.recipient_edit.isEnabled() and dialog.body.isReadOnly()
    assert re.fullmatch(  # the reason in place of "sendt"
        r"Sendt til borger: SMS \d\d:\d\d: Ikke bekræftet – .* før du sender igen\.",
        lookup_ui.guide.sent.text(),
    )

    [sms] = gateway.messages
    webhook = server.url + "/api/v1/messaging/sms/status"
    assert gateway.post_report(webhook, sms, "DELIVERED", SECRET).json() == {"updated": True}
    qtbot.waitUntil(lambda: dialog.status.text().startswith("SMS leveret"), timeout=10_000)
    assert dialog.status.property("role") == "ok"
    assert "Ikke bekræftet" not in lookup_ui.guide.sent.text()
    assert len(gateway.messages) == 1
    dialog.reject()
