"""Workstation presets and remembered choices of contact registration, kept in the cache's
settings table (they belong to the workstation, not to the account)."""

from __future__ import annotations

from sync_server.protocol import Channel, CitizenType, Outcome

from ..core.registration import RegistrationError
from ..store import Cache
from ..store import settings as settings_store
from .contact_model import ContactSettings, Defaults

_KEY = "contact."


def load_settings(cache: Cache) -> ContactSettings:
    values = settings_store.load(cache)
    base = ContactSettings()
    try:
        channel = Channel(values.get(_KEY + "channel", base.channel.value))
    except ValueError:
        channel = base.channel
    return ContactSettings(
        channel=channel,
        location=str(values.get(_KEY + "location") or base.location),
        locations=tuple(values.get(_KEY + "locations") or base.locations),
        auto_start=bool(values.get(_KEY + "auto_start", base.auto_start)),
    )


def save_settings(cache: Cache, value: ContactSettings) -> None:
    location = value.location.strip()
    if not location:
        raise RegistrationError("Angiv et sted (fx Borgerservice).", code="location")
    locations = tuple(dict.fromkeys([*value.locations, location]))
    settings_store.save(
        cache,
        {
            _KEY + "channel": value.channel.value,
            _KEY + "location": location,
            _KEY + "locations": list(locations),
            _KEY + "auto_start": value.auto_start,
        },
    )


def load_defaults(cache: Cache) -> Defaults:
    values = settings_store.load(cache)
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


def remember(cache: Cache, outcome: Outcome, citizen_type: CitizenType | None) -> None:
    """Remember the last choice (written only when it changed)."""
    if load_defaults(cache) == Defaults(outcome, citizen_type):
        return
    settings_store.save(
        cache,
        {
            _KEY + "last_outcome": outcome.value,
            _KEY + "last_citizen_type": citizen_type.value if citizen_type else None,
        },
    )
