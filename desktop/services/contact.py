"""Timing and registering contacts (henvendelsesregistrering).

One :class:`ContactService` per workspace. It is thread-safe: the UI thread, the sync worker
and the local control channel (a softphone starting and stopping the timer) may call it at
the same time. Every change of the running contact is written to the cache before the call
returns, so a crash loses nothing; finishing writes the registration durably to the outbox
(and the local log) before it returns. Listeners registered with :meth:`subscribe` hear of
every change (the UI marshals them onto its own thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any
from uuid import UUID, uuid4

from sync_server.protocol import Channel, CitizenType, Guide, Outcome

from ..core.choices import Choice, referral_choices, stuck_choices
from ..core.registration import (
    CORRECTION_WINDOW,
    ContactDraft,
    Finish,
    RegistrationError,
    build_registration,
    clean_text,
    corrected,
    make_registration,
    parse_channel,
)
from ..core.timer import Clock, TimerState, system_clock
from ..store import Cache
from ..store import contacts as store
from ..store import content as cached
from ..store import settings as settings_store
from ..store.contacts import LogEntry
from .lookup import LookupService

log = logging.getLogger("vejviser.contact")

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


@dataclass(frozen=True)
class TodaySummary:
    day: date
    count: int
    active_seconds: int
    entries: list[LogEntry] = field(default_factory=list)


Listener = Callable[[ContactEvent, ContactStatus], None]
_UNSET: Any = object()
_KEY = "contact."


class ContactService:
    def __init__(
        self,
        cache: Cache,
        lookup: LookupService | None = None,
        *,
        clock: Clock = system_clock,
        tz: tzinfo | None = None,
    ) -> None:
        self.cache = cache
        self.lookup = lookup
        self.clock = clock
        self.tz = tz  # None: the machine's local time zone
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._draft: ContactDraft | None = None
        self._recovered = False
        data = store.load_running(cache)
        if data is not None:
            try:
                self._draft = ContactDraft.from_dict(data)
                self._recovered = True
                log.info("recovered an unfinished contact")
            except (KeyError, TypeError, ValueError):
                log.exception("unreadable running contact dropped")
                store.clear_running(cache)

    # -- observers -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Hear of every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, event: ContactEvent) -> None:
        status = self.status()
        for listener in list(self._listeners):
            try:
                listener(event, status)
            except Exception:  # a listener never breaks the contact
                log.exception("contact listener failed")

    # -- settings --------------------------------------------------------------------
    def settings(self) -> ContactSettings:
        values = settings_store.load(self.cache)
        base = ContactSettings()
        try:
            channel = Channel(values.get(_KEY + "channel", base.channel.value))
        except ValueError:
            channel = base.channel
        locations = tuple(values.get(_KEY + "locations") or base.locations)
        return ContactSettings(
            channel=channel,
            location=str(values.get(_KEY + "location") or base.location),
            locations=locations,
            auto_start=bool(values.get(_KEY + "auto_start", base.auto_start)),
        )

    def save_settings(self, value: ContactSettings) -> None:
        location = value.location.strip()
        if not location:
            raise RegistrationError("Angiv et sted (fx Borgerservice).", code="location")
        locations = tuple(dict.fromkeys([*value.locations, location]))
        settings_store.save(
            self.cache,
            {
                _KEY + "channel": value.channel.value,
                _KEY + "location": location,
                _KEY + "locations": list(locations),
                _KEY + "auto_start": value.auto_start,
            },
        )

    def defaults(self) -> Defaults:
        values = settings_store.load(self.cache)
        try:
            outcome = Outcome(values.get(_KEY + "last_outcome", Outcome.RESOLVED.value))
        except ValueError:
            outcome = Outcome.RESOLVED
        raw = values.get(_KEY + "last_citizen_type")
        try:
            citizen = CitizenType(raw) if raw else None
        except ValueError:
            citizen = None
        return Defaults(outcome, citizen)

    def _remember(self, outcome: Outcome, citizen_type: CitizenType | None) -> None:
        if self.defaults() == Defaults(outcome, citizen_type):
            return
        settings_store.save(
            self.cache,
            {
                _KEY + "last_outcome": outcome.value,
                _KEY + "last_citizen_type": citizen_type.value if citizen_type else None,
            },
        )

    # -- the running contact ---------------------------------------------------------
    def status(self) -> ContactStatus:
        with self._lock:
            draft = self._draft
            if draft is None:
                return ContactStatus(ContactState.IDLE)
            timer = draft.timer
            return ContactStatus(
                state=ContactState(timer.state.value),
                id=draft.id,
                started_at=timer.started_at,
                ended_at=timer.ended_at,
                active_seconds=timer.active_seconds(self.clock()),
                channel=draft.channel,
                location=draft.location,
                guide_ids=tuple(draft.guide_ids),
                area=draft.area,
                messages_sent=draft.messages_sent,
                auto_started=draft.auto_started,
                recovered=self._recovered,
            )

    def _save(self) -> None:
        assert self._draft is not None
        store.save_running(self.cache, self._draft.to_dict())

    def _require(self, *states: TimerState) -> ContactDraft:
        draft = self._draft
        if draft is None:
            raise RegistrationError("Der kører ingen henvendelse.", code="idle")
        if states and draft.timer.state not in states:
            raise RegistrationError(_WRONG_STATE[draft.timer.state], code="state")
        return draft

    def start(self, channel: Channel | str | None = None, *, auto: bool = False) -> ContactStatus:
        """Start timing a contact. A stopped contact still waiting for its outcome is first
        registered with the remembered defaults, so nothing is lost."""
        chosen = parse_channel(channel) if channel is not None else None
        with self._lock:
            if self._draft is not None and self._draft.timer.state is not TimerState.STOPPED:
                raise RegistrationError(
                    "Der kører allerede en henvendelse.", code="already_running"
                )
            if self._draft is not None:
                self.finish_with_defaults()
            preset = self.settings()
            self._draft = ContactDraft.begin(
                self.clock(), chosen or preset.channel, preset.location, auto_started=auto
            )
            self._recovered = False
            self._save()
        self._emit(ContactEvent.STARTED)
        return self.status()

    def on_search_started(self) -> bool:
        """A search began: start a contact when idle and the auto-start setting is on."""
        with self._lock:
            if self._draft is not None or not self.settings().auto_start:
                return False
            self.start(auto=True)
            return True

    def pause(self) -> ContactStatus:
        with self._lock:
            self._require(TimerState.RUNNING).timer.pause(self.clock())
            self._save()
        self._emit(ContactEvent.PAUSED)
        return self.status()

    def resume(self) -> ContactStatus:
        """Continue the contact: ends a pause, and accepts a contact recovered at start-up
        (it keeps its original start time)."""
        with self._lock:
            draft = self._require()
            self._recovered = False
            if draft.timer.state is TimerState.PAUSED:
                draft.timer.resume(self.clock())
                self._save()
        self._emit(ContactEvent.RESUMED)
        return self.status()

    def toggle_pause(self) -> ContactStatus:
        with self._lock:
            paused = self._require().timer.state is TimerState.PAUSED
        return self.resume() if paused else self.pause()

    def stop(self) -> ContactStatus:
        """Stop the timer; the contact then waits for its outcome (:meth:`finish`)."""
        with self._lock:
            draft = self._require(TimerState.RUNNING, TimerState.PAUSED)
            draft.timer.stop(self.clock())
            self._save()
        self._emit(ContactEvent.STOPPED)
        return self.status()

    def recover(self) -> ContactStatus | None:
        """The contact found unfinished when the app started (crash or restart), until the
        user chose :meth:`resume` or :meth:`discard`; else None."""
        with self._lock:
            return self.status() if self._recovered and self._draft is not None else None

    def discard(self) -> None:
        """Drop the current contact without registering it."""
        with self._lock:
            self._require()
            store.clear_running(self.cache)
            self._draft = None
            self._recovered = False
        self._emit(ContactEvent.DISCARDED)

    def set_channel(self, channel: Channel | str) -> ContactStatus:
        value = parse_channel(channel)
        with self._lock:
            self._require().channel = value
            self._save()
        self._emit(ContactEvent.CHANGED)
        return self.status()

    def set_location(self, location: str) -> ContactStatus:
        if not location.strip():
            raise RegistrationError("Angiv et sted (fx Borgerservice).", code="location")
        with self._lock:
            self._require().location = location.strip()
            self._save()
        self._emit(ContactEvent.CHANGED)
        return self.status()

    def guide_opened(self, guide_id: str) -> None:
        """A guide was opened (hooked to :meth:`LookupService.record_use`): collected while a
        contact runs or is paused; ignored otherwise."""
        guide = self.lookup.guide(guide_id) if self.lookup is not None else None
        if self.lookup is not None and guide is None:
            return  # not a guide (e.g. a FAQ entry)
        with self._lock:
            draft = self._draft
            if draft is None or draft.timer.state is TimerState.STOPPED:
                return
            draft.guide_opened(guide_id, guide.area if guide else None)
            self._save()
        self._emit(ContactEvent.CHANGED)

    def note_message_sent(self) -> None:
        """A guide was sent to the citizen by SMS or mail."""
        with self._lock:
            draft = self._draft
            if draft is None:
                return
            draft.messages_sent += 1
            self._save()
        self._emit(ContactEvent.CHANGED)

    # -- finishing -------------------------------------------------------------------
    def _guides_used(self) -> list[Guide]:
        draft = self._draft
        if draft is None or self.lookup is None:
            return []
        return [g for g in (self.lookup.guide(i) for i in draft.guide_ids) if g is not None]

    def referral_choices(self) -> list[Choice]:
        """Who the citizen can be referred to: the used guides' referral lists, then the
        directory."""
        with self._lock:
            guides = self._guides_used()
        return referral_choices(guides, cached.contacts(self.cache))

    def stuck_choices(self) -> list[Choice]:
        """Where the citizen got stuck: the seven Selvbetjeningstjek areas, then the
        self-service solutions linked from the guides used."""
        with self._lock:
            guides = self._guides_used()
        return stuck_choices(guides)

    def finish(
        self,
        outcome: Outcome,
        citizen_type: CitizenType | None = None,
        referral_target: str | None = None,
        stuck_solution: str | None = None,
        note: str | None = None,
    ) -> LogEntry:
        """Register the contact (stopping it first if it still runs). When this returns the
        registration is durably in the outbox and the local log; on a refusal (e.g. a CPR
        number in the note) a :class:`RegistrationError` is raised and nothing is saved."""
        with self._lock:
            draft = self._require()
            now = self.clock()
            if draft.timer.state is not TimerState.STOPPED:
                draft.timer.stop(now)
            choice = Finish(outcome, citizen_type, referral_target, stuck_solution, note)
            try:
                registration = build_registration(draft, choice)
            except RegistrationError:
                self._save()  # keep it stopped; the agent fixes the input and tries again
                raise
            entry = store.record(
                self.cache,
                registration,
                now,
                self._day(registration.started_at),
                clear_running=True,
            )
            self._draft = None
            self._recovered = False
            self._remember(outcome, citizen_type)
        self._emit(ContactEvent.FINISHED)
        return entry

    def finish_with_defaults(self) -> LogEntry:
        """ "Stop + one tap": finish with the remembered outcome and citizen type."""
        defaults = self.defaults()
        return self.finish(defaults.outcome, defaults.citizen_type)

    def register_manual(
        self,
        duration: timedelta | float,
        channel: Channel | str | None = None,
        outcome: Outcome | None = None,
        citizen_type: CitizenType | None = None,
        referral_target: str | None = None,
        stuck_solution: str | None = None,
        note: str | None = None,
        *,
        location: str | None = None,
        guide_ids: tuple[str, ...] | list[str] = (),
        area: str | None = None,
    ) -> LogEntry:
        """Register a contact that was not timed, ending now, with the given duration."""
        seconds = duration.total_seconds() if isinstance(duration, timedelta) else duration
        if seconds <= 0:
            raise RegistrationError("Angiv en varighed over 0 minutter.", code="duration")
        preset = self.settings()
        now = self.clock()
        outcome = outcome or self.defaults().outcome
        registration = make_registration(
            id=uuid4(),
            channel=parse_channel(channel) if channel is not None else preset.channel,
            location=(location or preset.location).strip(),
            started_at=now - timedelta(seconds=seconds),
            ended_at=now,
            active_seconds=round(seconds),
            guide_ids=list(guide_ids),
            area=area,
            outcome=outcome,
            referral_target=clean_text(referral_target) if outcome is Outcome.REFERRED else None,
            citizen_type=citizen_type,
            stuck_solution=clean_text(stuck_solution),
            note=clean_text(note),
            manual=True,
        )
        with self._lock:
            entry = store.record(
                self.cache,
                registration,
                now,
                self._day(registration.started_at),
                clear_running=False,
            )
        self._emit(ContactEvent.FINISHED)
        return entry

    # -- corrections -----------------------------------------------------------------
    def last(self) -> LogEntry | None:
        return store.last_entry(self.cache)

    def correctable_until(self) -> datetime | None:
        """Until when the last registration can be corrected or undone (None: not at all)."""
        entry = self.last()
        if entry is None or entry.registration.deleted:
            return None
        until = entry.finished_at + CORRECTION_WINDOW
        return until if self.clock() <= until else None

    def _last_for_change(self) -> LogEntry:
        entry = self.last()
        if entry is None:
            raise RegistrationError("Der er ingen registrering at rette.", code="no_last")
        if entry.registration.deleted:
            raise RegistrationError("Den seneste registrering er fortrudt.", code="undone")
        if self.clock() > entry.finished_at + CORRECTION_WINDOW:
            raise RegistrationError(
                "Registreringen kan kun rettes eller fortrydes i 10 minutter efter, den blev gemt.",
                code="too_late",
            )
        return entry

    def correct_last(
        self,
        outcome: Outcome = _UNSET,
        citizen_type: CitizenType | None = _UNSET,
        referral_target: str | None = _UNSET,
        stuck_solution: str | None = _UNSET,
        note: str | None = _UNSET,
        channel: Channel | str = _UNSET,
        location: str = _UNSET,
    ) -> LogEntry:
        """Correct the last registration (within 10 minutes, also after it was uploaded):
        the next version goes to the outbox and replaces the old one on the server."""
        given = {
            "outcome": outcome,
            "citizen_type": citizen_type,
            "referral_target": referral_target,
            "stuck_solution": stuck_solution,
            "note": note,
            "channel": parse_channel(channel) if channel is not _UNSET else _UNSET,
            "location": location,
        }
        changes = {key: value for key, value in given.items() if value is not _UNSET}
        with self._lock:
            entry = self._last_for_change()
            registration = corrected(entry.registration, **changes)
            result = store.record(
                self.cache, registration, entry.finished_at, entry.local_day, clear_running=False
            )
            if "outcome" in changes or "citizen_type" in changes:
                self._remember(registration.outcome, registration.citizen_type)
        self._emit(ContactEvent.CORRECTED)
        return result

    def undo_last(self) -> LogEntry:
        """Undo the last registration (within 10 minutes): the server deletes it too."""
        with self._lock:
            entry = self._last_for_change()
            registration = corrected(entry.registration, deleted=True)
            result = store.record(
                self.cache, registration, entry.finished_at, entry.local_day, clear_running=False
            )
        self._emit(ContactEvent.UNDONE)
        return result

    # -- the agent's own day ---------------------------------------------------------
    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz) if self.tz is not None else moment.astimezone()

    def _day(self, moment: datetime) -> str:
        return self._local(moment).date().isoformat()

    def today(self) -> TodaySummary:
        """This workstation's registrations today (local time): count and active time."""
        day = self._local(self.clock()).date()
        count, seconds = store.totals_on(self.cache, day.isoformat())
        return TodaySummary(day, count, seconds, store.entries_on(self.cache, day.isoformat()))


_WRONG_STATE = {
    TimerState.RUNNING: "Henvendelsen kører.",
    TimerState.PAUSED: "Henvendelsen er sat på pause.",
    TimerState.STOPPED: "Henvendelsen er stoppet og venter på et udfald.",
}
