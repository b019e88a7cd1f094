"""Translated names of the registration choices (channel, outcome, citizen type) and of a
message's status. The Danish translations are the words of ``desktop.core.registration``,
capitalised as button texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.registration import format_duration
from sync_server.protocol import (
    Authority,
    Channel,
    CitizenType,
    MessageChannel,
    MessageState,
    MessageStatus,
    Outcome,
)

translate = QCoreApplication.translate

CHANNELS = (
    Channel.PHONE,
    Channel.COUNTER,
    Channel.CHAT,
    Channel.EMAIL,
    Channel.VIDEO,
    Channel.OUTREACH,
)
OUTCOMES = (
    Outcome.RESOLVED,
    Outcome.SELF_SERVICE,
    Outcome.ASSISTED,
    Outcome.REFERRED,
    Outcome.CASE_CREATED,
    Outcome.NOT_RESOLVED,
)
CITIZEN_TYPES = (CitizenType.DIGITAL, CitizenType.NOT_DIGITAL, CitizenType.SPECIAL_NEEDS)
CHANNEL_ICONS = {
    Channel.PHONE: "phone",
    Channel.COUNTER: "person",
    Channel.CHAT: "sms",
    Channel.EMAIL: "email",
    Channel.VIDEO: "video",
    Channel.OUTREACH: "car",
}


def channel_label(channel: Channel | None) -> str:
    texts = {
        Channel.PHONE: translate("Contact", "Phone"),
        Channel.COUNTER: translate("Contact", "In person"),
        Channel.CHAT: translate("Contact", "Chat"),
        Channel.EMAIL: translate("Contact", "E-mail", "contact channel"),
        Channel.VIDEO: translate("Contact", "Video"),
        Channel.OUTREACH: translate("Contact", "Outreach"),
    }
    return texts.get(channel, "") if channel is not None else ""


def outcome_label(outcome: Outcome) -> str:
    texts = {
        Outcome.RESOLVED: translate("Contact", "Resolved at once"),
        Outcome.SELF_SERVICE: translate("Contact", "Helped to self-service"),
        Outcome.ASSISTED: translate("Contact", "Assisted self-service"),
        Outcome.REFERRED: translate("Contact", "Referred"),
        Outcome.CASE_CREATED: translate("Contact", "Case created"),
        Outcome.NOT_RESOLVED: translate("Contact", "Not resolved"),
    }
    return texts[outcome]


def citizen_label(kind: CitizenType | None) -> str:
    texts = {
        CitizenType.DIGITAL: translate("Contact", "Digitally ready"),
        CitizenType.NOT_DIGITAL: translate("Contact", "Not digitally ready"),
        CitizenType.SPECIAL_NEEDS: translate("Contact", "Special needs"),
    }
    return texts.get(kind, "") if kind is not None else ""


def message_channel_label(channel: MessageChannel) -> str:
    return (
        translate("Contact", "SMS")
        if channel is MessageChannel.SMS
        else translate("Contact", "E-mail")
    )


def status_label(status: MessageStatus) -> str:
    texts = {
        MessageStatus.QUEUED: translate("Contact", "queued"),
        MessageStatus.SENT: translate("Contact", "sent"),
        MessageStatus.DELIVERED: translate("Contact", "delivered"),
        MessageStatus.FAILED: translate("Contact", "failed"),
    }
    return texts[status]


def duration_text(seconds: float) -> str:
    """``m:ss`` (``t:mm:ss`` from an hour): the same in every language."""
    return format_duration(seconds)


def minutes_text(seconds: float) -> str:
    """A day's active time, e.g. "42 min" or "1 t 05 min"."""
    minutes = round(seconds / 60)
    hours, rest = divmod(minutes, 60)
    if hours:
        return (
            translate("Contact", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{rest:02d}")
        )
    return translate("Contact", "%1 min").replace("%1", str(minutes))


def unconfirmed(state: MessageState) -> bool:
    """Handed to the SMS gateway, but its answer was lost: maybe sent, a delivery report
    will tell. The server marks it as "sent" with a reason (a plain "sent" has none)."""
    return state.status is MessageStatus.SENT and bool(state.reason)


def state_text(state: MessageState, with_time: bool = True, with_reason: bool = True) -> str:
    """ "SMS leveret 14:03", "E-mail fejlede: <grund>", "SMS 14:03: Ikke bekræftet – …"
    (unconfirmed: the server's reason instead of "sendt")."""
    text = message_channel_label(state.channel)
    if not unconfirmed(state):
        text += " " + status_label(state.status)
    if with_time:
        text += " " + state.updated_at.astimezone().strftime("%H:%M")
    shows_reason = state.status is MessageStatus.FAILED or unconfirmed(state)
    if with_reason and shows_reason and state.reason:
        text += f": {state.reason}"
    return text


def authority_label(authority: Authority | None) -> str:
    """The Danish name of the authority a contact concerned (a hotline's registrations)."""
    names = {
        Authority.KOMMUNE: translate("Contact", "Municipality"),
        Authority.UDBETALING_DANMARK: translate("Contact", "Udbetaling Danmark"),
        Authority.SKATTESTYRELSEN: translate("Contact", "Skattestyrelsen"),
        Authority.DIGITALISERINGSSTYRELSEN: translate(
            "Contact", "Digitaliseringsstyrelsen (MitID)"
        ),
        Authority.OTHER: translate("Contact", "Other"),
    }
    return names[authority] if authority is not None else ""
