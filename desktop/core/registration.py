"""A contact in progress and the registration it becomes. No Qt, no database.

The draft collects what happens while the timer runs (guides opened, messages sent, the
channel and location); :func:`build_registration` turns it into the wire model, refusing
personal data (the CPR guard of the protocol) with a Danish message.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from pydantic import ValidationError

from sync_server.protocol import Authority, Channel, CitizenType, Outcome, Registration

from .errors import VejviserError, refusal
from .timer import ContactTimer

#: A registration can be corrected or undone this long after it was finished.
CORRECTION_WINDOW = timedelta(minutes=10)
MAX_GUIDES = 100

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.PHONE: "telefon",
    Channel.COUNTER: "fremmøde",
    Channel.CHAT: "chat",
    Channel.EMAIL: "mail",
    Channel.VIDEO: "video",
    Channel.OUTREACH: "udkørende",
}
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.RESOLVED: "løst straks",
    Outcome.SELF_SERVICE: "hjulpet til selvbetjening",
    Outcome.ASSISTED: "medbetjent",
    Outcome.REFERRED: "henvist",
    Outcome.CASE_CREATED: "sag oprettet",
    Outcome.NOT_RESOLVED: "ikke løst",
}
CITIZEN_TYPE_LABELS: dict[CitizenType, str] = {
    CitizenType.DIGITAL: "digitalt parat",
    CitizenType.NOT_DIGITAL: "ikke digitalt parat",
    CitizenType.SPECIAL_NEEDS: "særlige behov",
}


class RegistrationError(VejviserError):
    """A registration cannot be made or changed; ``message`` is Danish."""


def parse_channel(value: str | Channel) -> Channel:
    """Accept the wire value (``phone``) or the Danish word (``telefon``)."""
    if isinstance(value, Channel):
        return value
    text = value.strip().lower()
    for channel, label in CHANNEL_LABELS.items():
        if text in (channel.value, label):
            return channel
    choices = ", ".join(CHANNEL_LABELS.values())
    raise RegistrationError(f"Ukendt kanal »{value}«. Vælg en af: {choices}.", code="channel")


@dataclass(frozen=True)
class GuideUse:
    """One opening of a guide during a contact."""

    guide_id: str
    area: str | None


@dataclass
class ContactDraft:
    """The contact being timed; serialisable as a whole after every change."""

    id: UUID
    timer: ContactTimer
    channel: Channel
    location: str
    uses: list[GuideUse] = field(default_factory=list)
    messages_sent: int = 0
    auto_started: bool = False
    #: A shared hotline: the caller's municipality (code) and the authority the contact
    #: concerned, when the agent chose one (else derived from the guides' area).
    served_municipality: str | None = None
    authority: str | None = None

    @classmethod
    def begin(
        cls, now: datetime, channel: Channel, location: str, auto_started: bool = False
    ) -> ContactDraft:
        return cls(
            id=uuid4(),
            timer=ContactTimer.start(now),
            channel=channel,
            location=location,
            auto_started=auto_started,
        )

    @property
    def guide_ids(self) -> list[str]:
        """Distinct guides in the order they were first opened."""
        return list(dict.fromkeys(use.guide_id for use in self.uses))[:MAX_GUIDES]

    @property
    def area(self) -> str | None:
        return infer_area(self.uses)

    def guide_opened(self, guide_id: str, area: str | None) -> None:
        self.uses.append(GuideUse(guide_id, area))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "timer": self.timer.to_dict(),
            "channel": self.channel.value,
            "location": self.location,
            "uses": [[use.guide_id, use.area] for use in self.uses],
            "messages_sent": self.messages_sent,
            "auto_started": self.auto_started,
            "served_municipality": self.served_municipality,
            "authority": self.authority,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ContactDraft:
        return cls(
            id=UUID(str(data["id"])),
            timer=ContactTimer.from_dict(data["timer"]),
            channel=Channel(data["channel"]),
            location=str(data["location"]),
            uses=[GuideUse(str(g), a if a is None else str(a)) for g, a in data.get("uses", [])],
            messages_sent=int(data.get("messages_sent", 0)),
            auto_started=bool(data.get("auto_started", False)),
            served_municipality=data.get("served_municipality") or None,
            authority=data.get("authority") or None,
        )


def infer_area(uses: list[GuideUse]) -> str | None:
    """The service area of the contact: the area most guide openings belong to; on a tie,
    the area of the guide opened last."""
    areas = [use.area for use in uses if use.area]
    if not areas:
        return None
    counts = Counter(areas)
    best = max(counts.values())
    for area in reversed(areas):
        if counts[area] == best:
            return area
    return None  # pragma: no cover - unreachable


def clean_text(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


@dataclass(frozen=True)
class Finish:
    """What the agent chose when finishing (or correcting) a contact."""

    outcome: Outcome
    citizen_type: CitizenType | None = None
    referral_target: str | None = None
    stuck_solution: str | None = None
    note: str | None = None
    authority: Authority | None = None  # chosen in the finish dialog (else derived)


#: Words of a service area's name that tell which authority its contacts concern, for an
#: area that does not state it (older data and servers; the finish dialog can say
#: otherwise); any other area is the municipality's own.
_AREA_AUTHORITIES = (
    (("mitid", "digital post", "nemid"), Authority.DIGITALISERINGSSTYRELSEN),
    (("skat",), Authority.SKATTESTYRELSEN),
    (("pension", "familie", "barsel", "boligstøtte"), Authority.UDBETALING_DANMARK),
)


def authority_of_area(area: str | None, stated: Authority | None = None) -> Authority | None:
    """The authority a service area's contacts concern by default (None: no area):
    ``stated``, the one the area states (set by an administrator), else a guess from the
    words of its name."""
    if not area:
        return None
    if stated is not None:
        return stated
    folded = area.casefold()
    for words, authority in _AREA_AUTHORITIES:
        if any(word in folded for word in words):
            return authority
    return Authority.KOMMUNE


def make_registration(**fields: Any) -> Registration:
    """Validate a registration; a refusal (e.g. a CPR number in the note) becomes a
    :class:`RegistrationError` with the protocol's Danish message."""
    try:
        return Registration(**fields)
    except ValidationError as exc:
        raise refusal(exc, RegistrationError) from None


def build_registration(
    draft: ContactDraft, finish: Finish, area_authority: Authority | None = None
) -> Registration:
    """The registration of a stopped draft. ``area_authority``: the one the contact's
    service area states (the served municipality's area), if any."""
    timer = draft.timer
    if timer.ended_at is None:
        raise RegistrationError("Stop tiden, før henvendelsen registreres.", code="not_stopped")
    referral = clean_text(finish.referral_target) if finish.outcome is Outcome.REFERRED else None
    return make_registration(
        id=draft.id,
        version=1,
        channel=draft.channel,
        location=draft.location,
        started_at=timer.started_at,
        ended_at=timer.ended_at,
        active_seconds=round(timer.active_seconds(timer.ended_at)),
        guide_ids=draft.guide_ids,
        area=draft.area,
        outcome=finish.outcome,
        referral_target=referral,
        citizen_type=finish.citizen_type,
        stuck_solution=clean_text(finish.stuck_solution),
        messages_sent=min(draft.messages_sent, 1000),
        note=clean_text(finish.note),
        manual=False,
        served_municipality=draft.served_municipality,
        authority=_authority(draft, finish, area_authority),
    )


def _authority(
    draft: ContactDraft, finish: Finish, area_authority: Authority | None
) -> Authority | None:
    """Only a hotline's contacts (served for a member) state the authority: the agent's
    choice, else the one the area states, else the guess from the area's name."""
    if finish.authority is not None:
        return finish.authority
    if draft.authority:
        return Authority(draft.authority)
    if draft.served_municipality is None:
        return None
    return authority_of_area(draft.area, area_authority)


def corrected(previous: Registration, **changes: Any) -> Registration:
    """The next version of ``previous`` with ``changes`` applied (validated again)."""
    data = previous.model_dump()
    data.update(changes)
    if data.get("outcome") is not Outcome.REFERRED and "referral_target" not in changes:
        data["referral_target"] = None
    for key in ("referral_target", "stuck_solution", "note"):
        data[key] = clean_text(data.get(key))
    data["version"] = previous.version + 1
    return make_registration(**data)


def manual_registration(
    now: datetime,
    seconds: float,
    channel: Channel,
    location: str,
    finish: Finish,
    guide_ids: list[str] | tuple[str, ...] = (),
    area: str | None = None,
    served_municipality: str | None = None,
    area_authority: Authority | None = None,
) -> Registration:
    """A contact that was not timed: it ends ``now`` and lasted ``seconds``.
    ``area_authority``: the one ``area`` states (the served municipality's area), if any."""
    if seconds <= 0:
        raise RegistrationError("Angiv en varighed over 0 minutter.", code="duration")
    outcome = finish.outcome
    return make_registration(
        id=uuid4(),
        channel=channel,
        location=location.strip(),
        started_at=now - timedelta(seconds=seconds),
        ended_at=now,
        active_seconds=round(seconds),
        guide_ids=list(guide_ids),
        area=clean_text(area),
        outcome=outcome,
        referral_target=clean_text(finish.referral_target) if outcome is Outcome.REFERRED else None,
        citizen_type=finish.citizen_type,
        stuck_solution=clean_text(finish.stuck_solution),
        note=clean_text(finish.note),
        manual=True,
        served_municipality=served_municipality,
        authority=finish.authority
        or (authority_of_area(area, area_authority) if served_municipality else None),
    )


def correctable_until(
    registration: Registration, finished_at: datetime, now: datetime
) -> datetime | None:
    """Until when a registration finished at ``finished_at`` can be corrected or undone."""
    until = finished_at + CORRECTION_WINDOW
    return until if not registration.deleted and now <= until else None


def check_correctable(registration: Registration, finished_at: datetime, now: datetime) -> None:
    """Refuse (in Danish) a correction or undo that comes too late or after an undo."""
    if registration.deleted:
        raise RegistrationError("Den seneste registrering er fortrudt.", code="undone")
    if now > finished_at + CORRECTION_WINDOW:
        raise RegistrationError(
            "Registreringen kan kun rettes eller fortrydes i 10 minutter efter, den blev gemt.",
            code="too_late",
        )


def format_duration(seconds: float) -> str:
    """``m:ss`` (or ``t:mm:ss`` from an hour) for messages to staff."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
