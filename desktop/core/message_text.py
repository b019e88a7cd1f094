"""The text of a message to a citizen: composed from a guide and the municipality's
templates, with the placeholders filled (Qt-free, no I/O but reading the shipped defaults)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass

from sync_server.protocol import (
    Guide,
    MessageChannel,
    MessageTemplates,
    RuleViolation,
    normalise_email,
    normalise_phone,
)

from .errors import VejviserError
from .paths import resources_dir
from .sms import WARN_ABOVE_PARTS, count_sms

_PLACEHOLDER_RE = re.compile(r"\{([a-z]+)\}")
_LOCAL_MARKER_RE = re.compile(r"\s*\[(?:Udfyldes|Tjekkes) lokalt:[^\]]*\]")

#: Typographic characters outside the GSM alphabet, with a GSM look-alike. One of them
#: would turn the SMS into UCS-2 (70 instead of 160 characters per part).
GSM_REPLACEMENTS = str.maketrans(
    {
        "–": "-",
        "—": "-",
        "‒": "-",
        "−": "-",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "´": "'",
        "`": "'",
        "…": "...",
        "→": "->",
        "•": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
    }
)


class InvalidRecipient(VejviserError):
    """The phone number or e-mail address is not valid (Danish message)."""


@dataclass(frozen=True)
class Recipient:
    channel: MessageChannel
    value: str  # what is sent: +4512345678 or the normalised address
    display: str  # what is shown: +45 12 34 56 78


@dataclass(frozen=True)
class Draft:
    """A composed message; the user may edit ``body`` and ``subject`` before sending.
    ``local_notes``: "[Tjekkes lokalt: …]" remarks left out of the text, for the user;
    ``omitted``: guidance bullets left out to keep an SMS within three parts (the UI can say
    so; the user may add them back by hand); ``member``: whose message it is (a hotline)."""

    channel: MessageChannel
    guide_id: str | None
    body: str
    subject: str | None = None
    local_notes: tuple[str, ...] = ()
    omitted: int = 0
    #: A shared hotline: the member municipality the message is for (its templates and
    #: sender name, on the server too); None: the account's own municipality.
    member: str | None = None

    def edited(self, body: str, subject: str | None = None) -> Draft:
        return dataclasses.replace(
            self, body=body, subject=subject if subject is not None else self.subject
        )


def gsm_friendly(text: str) -> str:
    """Replace typographic characters (– “ ” » « … →) by GSM look-alikes."""
    return text.translate(GSM_REPLACEMENTS)


def fill(template: str, values: Mapping[str, str]) -> str:
    """Fill ``{placeholders}``. A line whose placeholders are all empty is left out;
    unknown placeholders stay as written; runs of blank lines become one."""
    lines: list[str] = []
    for line in template.splitlines():
        names = [name for name in _PLACEHOLDER_RE.findall(line) if name in values]
        if names and not any(values[name].strip() for name in names):
            continue
        lines.append(
            _PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), line).rstrip()
        )
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def default_templates(municipality_name: str = "") -> MessageTemplates:
    """The shipped Danish defaults (``resources/templates/messages``)."""
    folder = resources_dir() / "templates" / "messages"

    def read(name: str) -> str:
        return (folder / name).read_text(encoding="utf-8").strip("\n")

    return MessageTemplates(
        sender_name=municipality_name or "Kommunen",
        sms_sender="Kommune",
        signature=read("signature.txt"),
        sms_text=read("sms.txt"),
        mail_subject=read("mail_subject.txt"),
        mail_text=read("mail.txt"),
    )


def check_recipient(channel: MessageChannel, raw: str) -> Recipient:
    """Validate a recipient as typed (Denmark is the default region for phone numbers)."""
    try:
        if channel is MessageChannel.SMS:
            phone = normalise_phone(raw)
            return Recipient(channel, phone.e164, phone.display)
        address = normalise_email(raw)
        return Recipient(channel, address, address)
    except RuleViolation as exc:
        raise InvalidRecipient(exc.message, code=exc.code) from None


def _without_markers(text: str, notes: list[str]) -> str:
    for match in _LOCAL_MARKER_RE.finditer(text):
        notes.append(match.group(0).strip())
    return _LOCAL_MARKER_RE.sub("", text).strip()


def _usable(value: str | None) -> str:
    return value.strip() if value and "[" not in value else ""


def referral_text(guide: Guide, channel: MessageChannel) -> str:
    """Who to contact when the citizen is stuck: the first phone for an SMS; for a mail
    up to three contacts with phone, e-mail and opening hours."""
    if channel is MessageChannel.SMS:
        for referral in guide.referral:
            phone = _usable(referral.phone)
            if phone:
                return f"Brug for hjælp? Ring til {referral.name} på {phone}."
        return ""
    lines: list[str] = []
    for referral in guide.referral:
        details = [
            f"tlf. {_usable(referral.phone)}" if _usable(referral.phone) else "",
            _usable(referral.email),
            _usable(referral.hours),
        ]
        details = [d for d in details if d]
        if details:
            lines.append(f"- {referral.name}: {', '.join(details)}")
        if len(lines) == 3:
            break
    if not lines:
        return ""
    return "Har du brug for hjælp, kan du kontakte:\n" + "\n".join(lines)


def compose(
    guide: Guide, channel: MessageChannel, templates: MessageTemplates, municipality: str
) -> Draft:
    """The message for ``guide``: level-1 bullets ("- " lines), the self-service link, the
    referral where useful and the signature. SMS text is made GSM-friendly, and trailing
    bullets are left out (never the first) while it would need more than three parts."""
    notes: list[str] = []
    bullets = [b for b in (_without_markers(item, notes) for item in guide.guidance) if b]
    values = {
        "kommune": municipality or templates.sender_name,
        "titel": guide.title,
        "vejledning": "\n".join(f"- {item}" for item in bullets),
        "link": guide.self_service_url or "",
        "henvisning": referral_text(guide, channel),
    }
    values["signatur"] = fill(templates.signature, values)
    if channel is MessageChannel.SMS:
        kept = len(bullets)
        while True:
            values["vejledning"] = "\n".join(f"- {item}" for item in bullets[:kept])
            body = gsm_friendly(fill(templates.sms_text, values))
            if kept <= 1 or count_sms(body).parts <= WARN_ABOVE_PARTS:
                break
            kept -= 1
        return Draft(channel, guide.id, body, None, tuple(notes), len(bullets) - kept)
    subject = fill(templates.mail_subject, values)
    return Draft(channel, guide.id, fill(templates.mail_text, values), subject, tuple(notes))
