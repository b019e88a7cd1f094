"""The values the contact service hands to the UI: states, events, presets and summaries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from uuid import UUID

from sync_server.protocol import Authority, Channel, CitizenType, Outcome

from ..store.contacts import LogEntry

DEFAULT_LOCATIONS = ("Borgerservice", "Kontaktcenter", "Bibliotek")


class ContactState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"  # waiting for the outcome


class ContactEvent(StrEnum):
    STARTED = "started"
    PAUSED = "paused"
    RESUMED = "resumed"
    STOPPED = "stopped"
    CHANGED = "changed"  # channel, location, guides or messages
    FINISHED = "finished"
    CORRECTED = "corrected"
    UNDONE = "undone"
    DISCARDED = "discarded"


@dataclass(frozen=True)
class ContactSettings:
    """Workstation presets (stored in the cache)."""

    channel: Channel = Channel.PHONE
    location: str = DEFAULT_LOCATIONS[0]
    locations: tuple[str, ...] = DEFAULT_LOCATIONS
    auto_start: bool = False


@dataclass(frozen=True)
class Defaults:
    """Remembered choices, so the common case is "stop + one tap"."""

    outcome: Outcome = Outcome.RESOLVED
    citizen_type: CitizenType | None = None


@dataclass(frozen=True)
class ContactStatus:
    state: ContactState
    id: UUID | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    active_seconds: float = 0.0
    channel: Channel | None = None
    location: str | None = None
    guide_ids: tuple[str, ...] = ()
    area: str | None = None
    messages_sent: int = 0
    auto_started: bool = False
    recovered: bool = False  # found unfinished at start-up; see :meth:`recover`
    served_municipality: str | None = None  # a hotline: the caller's municipality
    authority: str | None = None  # chosen by the agent (else derived when finishing)
    #: The authority the served municipality's area of the contact states, if it does.
    area_authority: Authority | None = None


@dataclass(frozen=True)
class TodaySummary:
    day: date
    count: int
    active_seconds: int
    entries: list[LogEntry] = field(default_factory=list)
