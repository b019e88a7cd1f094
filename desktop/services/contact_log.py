"""The finished side of contact registration: registering by hand, correcting or undoing the
last registration within 10 minutes (also after it was uploaded), and the agent's own day.

A mixin of :class:`desktop.services.contact.ContactService` (one facade for the UI); it uses
the service's cache, clock, time zone, lock and listeners.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sync_server.protocol import Authority, Channel, CitizenType, Outcome

from ..core.registration import (
    Finish,
    RegistrationError,
    check_correctable,
    correctable_until,
    corrected,
    manual_registration,
    parse_channel,
)
from ..core.timer import Clock
from ..store import Cache
from ..store import contacts as store
from ..store import content as cached
from ..store.contacts import LogEntry
from ..store.scope import home
from . import contact_settings
from .contact_model import ContactEvent, TodaySummary

_UNSET: Any = object()


class RegistrationLogMixin:
    cache: Cache
    clock: Clock
    tz: tzinfo | None
    _lock: threading.RLock

    def _emit(self, event: ContactEvent) -> None:  # pragma: no cover - provided by the service
        raise NotImplementedError

    def area_authority(self, municipality: str | None, area: str | None) -> Authority | None:
        """The authority a shared hotline's contact about ``area`` concerns as the served
        ``municipality``'s area of that name states it, or (the area of one of the hotline's
        own guides) the hotline's area of that name (None: no such area, or it states none;
        the name's words then decide)."""
        if not municipality or not area:
            return None
        found = cached.area(self.cache, municipality, area)
        if found is None:
            found = cached.area(self.cache, home(self.cache), area)
        return found.authority if found is not None else None

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
        served_municipality: str | None = None,
        authority: Authority | None = None,
    ) -> LogEntry:
        """Register a contact that was not timed, ending now, with the given duration
        (channel, location and outcome default to the presets and remembered outcome).
        ``served_municipality``: a shared hotline's caller's municipality."""
        seconds = duration.total_seconds() if isinstance(duration, timedelta) else duration
        preset = contact_settings.load_settings(self.cache)
        now = self.clock()
        choice = Finish(
            outcome or contact_settings.load_defaults(self.cache).outcome,
            citizen_type,
            referral_target,
            stuck_solution,
            note,
            authority,
        )
        registration = manual_registration(
            now,
            seconds,
            parse_channel(channel) if channel is not None else preset.channel,
            location or preset.location,
            choice,
            guide_ids,
            area,
            served_municipality,
            self.area_authority(served_municipality, area),
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
        """The last registration finished on this workstation (possibly undone)."""
        return store.last_entry(self.cache)

    def correctable_until(self) -> datetime | None:
        """Until when the last registration can be corrected or undone (None: not at all)."""
        entry = self.last()
        if entry is None:
            return None
        return correctable_until(entry.registration, entry.finished_at, self.clock())

    def _last_for_change(self) -> LogEntry:
        entry = self.last()
        if entry is None:
            raise RegistrationError("Der er ingen registrering at rette.", code="no_last")
        check_correctable(entry.registration, entry.finished_at, self.clock())
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
                new = registration
                contact_settings.remember(self.cache, new.outcome, new.citizen_type)
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
