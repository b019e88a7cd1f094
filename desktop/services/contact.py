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
from datetime import tzinfo

from sync_server.protocol import Authority, Channel, CitizenType, Guide, Outcome

from ..core.choices import Choice, referral_choices, stuck_choices
from ..core.registration import (
    ContactDraft,
    Finish,
    RegistrationError,
    build_registration,
    parse_channel,
)
from ..core.timer import Clock, TimerState, system_clock
from ..store import Cache
from ..store import contacts as store
from ..store import content as cached
from ..store import members as members_store
from ..store.contacts import LogEntry
from . import contact_settings
from .contact_log import RegistrationLogMixin
from .contact_model import (
    DEFAULT_LOCATIONS,
    ContactEvent,
    ContactSettings,
    ContactState,
    ContactStatus,
    Defaults,
    TodaySummary,
)
from .lookup import LookupService

__all__ = [
    "DEFAULT_LOCATIONS",
    "Choice",
    "ContactEvent",
    "ContactService",
    "ContactSettings",
    "ContactState",
    "ContactStatus",
    "Defaults",
    "LogEntry",
    "RegistrationError",
    "TodaySummary",
]

log = logging.getLogger("vejviser.contact")

Listener = Callable[[ContactEvent, ContactStatus], None]


class ContactService(RegistrationLogMixin):
    """The contact being timed and its registration; see the module docstring."""

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
        self._caller: str | None = None  # picked while no contact runs
        data = store.load_running(cache)
        if data is not None:
            try:
                self._draft = ContactDraft.from_dict(data)
                self._recovered = True
                self._follow_caller(self._draft.served_municipality)
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
        """The workstation's presets: channel, location (and the list to pick from),
        auto-start when a search begins."""
        return contact_settings.load_settings(self.cache)

    def save_settings(self, value: ContactSettings) -> None:
        contact_settings.save_settings(self.cache, value)

    def defaults(self) -> Defaults:
        """The remembered outcome and citizen type ("stop + one tap")."""
        return contact_settings.load_defaults(self.cache)

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
                served_municipality=draft.served_municipality,
                authority=draft.authority,
                area_authority=self.area_authority(draft.served_municipality, draft.area),
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

    def start(
        self,
        channel: Channel | str | None = None,
        *,
        auto: bool = False,
        municipality: str | None = None,
    ) -> ContactStatus:
        """Start timing a contact. A stopped contact still waiting for its outcome is first
        registered with the remembered defaults, so nothing is lost. ``municipality``: a
        shared hotline's caller's municipality (a telephony hook knows it from the number
        dialled); else the one picked before the timer started, if any."""
        chosen = parse_channel(channel) if channel is not None else None
        if municipality is not None:
            municipality = self._check_member(municipality)
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
            self._draft.served_municipality = municipality or self._caller
            self._follow_caller(self._draft.served_municipality)
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
            self._caller = None
            self._follow_caller(None)
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

    # -- a shared hotline: whose citizen is on the line ------------------------------------
    def _check_member(self, code: str) -> str:
        code = code.strip()
        known = members_store.listed(self.cache)
        if not any(member.code == code for member in known):
            raise RegistrationError(
                f"Kommune {code} er ikke medlem af hotlinen (eller er ikke hentet endnu: "
                "synkronisér).",
                code="not_member",
            )
        return code

    def members(self) -> list[members_store.Member]:
        """The municipalities this hotline serves (empty for a municipality's desktop)."""
        return members_store.listed(self.cache)

    @property
    def caller(self) -> str | None:
        """The caller's municipality: the running contact's, or the one picked before the
        timer started."""
        with self._lock:
            if self._draft is not None:
                return self._draft.served_municipality
            return self._caller

    def set_caller(self, municipality: str | None) -> ContactStatus:
        """Pick the caller's municipality (remembered for the contact; None: none). Lookups
        then show that municipality's content first."""
        code = self._check_member(municipality) if municipality else None
        with self._lock:
            if self._draft is not None:
                self._draft.served_municipality = code
                self._save()
            else:
                self._caller = code
            self._follow_caller(code)
        self._emit(ContactEvent.CHANGED)
        return self.status()

    def set_authority(self, authority: str | None) -> ContactStatus:
        with self._lock:
            self._require().authority = authority or None
            self._save()
        self._emit(ContactEvent.CHANGED)
        return self.status()

    def _follow_caller(self, code: str | None) -> None:
        if self.lookup is not None:
            self.lookup.set_caller(code)

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
        scope = self.lookup.scope if self.lookup is not None else None
        return referral_choices(guides, cached.contacts(self.cache, scope))

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
        authority: Authority | None = None,
    ) -> LogEntry:
        """Register the contact (stopping it first if it still runs). When this returns the
        registration is durably in the outbox and the local log; on a refusal (e.g. a CPR
        number in the note) a :class:`RegistrationError` is raised and nothing is saved."""
        with self._lock:
            draft = self._require()
            now = self.clock()
            if draft.timer.state is not TimerState.STOPPED:
                draft.timer.stop(now)
            choice = Finish(outcome, citizen_type, referral_target, stuck_solution, note, authority)
            try:
                stated = self.area_authority(draft.served_municipality, draft.area)
                registration = build_registration(draft, choice, stated)
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
            self._caller = None
            self._follow_caller(None)  # the next caller may be another municipality's
            contact_settings.remember(self.cache, outcome, citizen_type)
        if self.lookup is not None:  # the searches that led to the guides registered
            self.lookup.search_log.registered(
                registration.guide_ids, self._local(registration.started_at).date()
            )
        self._emit(ContactEvent.FINISHED)
        return entry

    def finish_with_defaults(self) -> LogEntry:
        """ "Stop + one tap": finish with the remembered outcome and citizen type."""
        defaults = self.defaults()
        return self.finish(defaults.outcome, defaults.citizen_type)


_WRONG_STATE = {
    TimerState.RUNNING: "Henvendelsen kører.",
    TimerState.PAUSED: "Henvendelsen er sat på pause.",
    TimerState.STOPPED: "Henvendelsen er stoppet og venter på et udfald.",
}
