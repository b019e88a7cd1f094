"""The e-mail itself: multipart/alternative (plain text + HTML), UTF-8, encoded headers."""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from ....protocol import utcnow
from . import OutgoingMail

#: The From address of the file provider (demo) when no SMTP sender is configured.
DEMO_FROM = "borgerservice@demo.vejviser.invalid"


def _address(display_name: str, addr_spec: str) -> Address:
    return Address(display_name=display_name, addr_spec=addr_spec)


def build_mail(mail: OutgoingMail, from_addr: str) -> EmailMessage:
    """``Subject`` and display names are RFC 2047-encoded where needed (æ, ø, å); both
    bodies are UTF-8 in quoted-printable, so no 8BITMIME support is needed on the way."""
    message = EmailMessage(policy=SMTP)
    message["From"] = _address(mail.sender_name, from_addr)
    message["To"] = mail.to
    if mail.reply_to:
        message["Reply-To"] = mail.reply_to
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(utcnow())
    domain = from_addr.rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(idstring=mail.reference.replace("-", "")[:16], domain=domain)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(mail.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(mail.html, subtype="html", charset="utf-8", cte="quoted-printable")
    for name, media, data in mail.attachments:
        main, _, sub = media.partition("/")
        message.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return message
