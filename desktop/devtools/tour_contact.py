"""The tour's contact and messaging screens: the timer bar with a running contact, the finish
panel, the "I dag" page with the last registration, "Send til borger" by SMS (with the part
counter) and by e-mail, and a sent message's status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtTest import QTest

from desktop.ui.contact.feature import ContactFeature
from desktop.ui.lookup.feature import LookupFeature
from desktop.ui.messaging.feature import MessagingFeature
from sync_server.protocol import CitizenType, MessageChannel, Outcome

if TYPE_CHECKING:
    from desktop.ui.shell.window import MainWindow

    from .tour import Camera

#: The running contact is shown as if it had lasted a few minutes.
SHOWN_SECONDS = 222
PHONE = "20 12 34 56"
ADDRESS = "borger.hansen@example.dk"
GUIDE = "faa-mitid"


def contact_screens(
    window: MainWindow,
    camera: Camera,
    layout: str,
    pump: Callable[[float], None],
    wait_until: Callable[..., None],
) -> None:
    contact = window.feature(ContactFeature)
    lookup = window.feature(LookupFeature)
    messaging = window.feature(MessagingFeature)
    service = contact.service
    real_clock = service.clock
    window.activateWindow()
    window.show_start()
    # Start (as F9 would) a few minutes back in time.
    service.clock = lambda: real_clock() - timedelta(seconds=SHOWN_SECONDS)
    try:
        contact.controller.start_stop()
    finally:
        service.clock = real_clock
    lookup.open_guide(GUIDE)
    pump(1.2)  # one tick of the running time
    camera.shoot(16, "timer-koerer", layout, window)

    dialog = messaging.send_to_citizen()
    assert dialog is not None  # a guide is open
    QTest.keyClicks(dialog.recipient_edit, PHONE)
    pump(0.1)
    camera.shoot(19, "send-sms", layout, window, dialog)
    dialog.set_channel(MessageChannel.EMAIL)
    QTest.keyClicks(dialog.recipient_edit, ADDRESS)
    pump(0.1)
    camera.shoot(20, "send-mail", layout, window, dialog)
    dialog.set_channel(MessageChannel.SMS)
    # The recipient is checked again after the switch; send only once it is accepted.
    wait_until(dialog.can_send, what=lambda: f"the SMS to be ready ({dialog.phase})")
    dialog.send()
    wait_until(
        lambda: dialog.phase == "done",
        what=lambda: f"message sent ({dialog.phase}: {dialog.status.text()})",
    )
    pump(0.1)
    camera.shoot(21, "sendt", layout, window, dialog)
    dialog.reject()
    pump(0.1)
    window.activateWindow()

    contact.controller.start_stop()  # the call ends (F9): the finish panel
    finish = contact.finish
    finish.outcomes.select(Outcome.SELF_SERVICE)  # remembered from the run before, or chosen
    finish.citizen.select(CitizenType.DIGITAL)
    pump(0.1)
    camera.shoot(17, "afslut", layout, window)
    finish.submit()  # the one tap
    contact.show_today()
    pump(0.1)
    camera.shoot(18, "i-dag", layout, window)
    window.show_start()
