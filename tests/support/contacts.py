"""Contact-registration test setup: a real cache with a few guides and directory contacts,
the lookup service over it and a :class:`ContactService` on a settable clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from desktop.services.contact import ContactService
from desktop.services.lookup import LookupService
from desktop.store import Cache, open_cache
from desktop.store import content as cached
from support.clock import FakeClock
from sync_server.protocol import Contact, Guide, PullBatch, Referral

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
#: Denmark in winter; fixed so "today" does not depend on the machine running the tests.
CET = timezone(timedelta(hours=1))


def guide(
    gid: str, title: str, area: str, referrals: tuple[str, ...] = (), url: str | None = None
) -> Guide:
    return Guide(
        id=gid,
        title=title,
        area=area,
        municipality="101",
        revision=1,
        updated_at=T0,
        status="published",
        self_service_url=url,
        referral=[Referral(name=name, phone="70 11 22 33") for name in referrals],
    )


GUIDES = [
    guide(
        "melde-flytning",
        "Melde flytning",
        "Flytning",
        ("Borgerservice", "Folkeregistret"),
        "https://www.borger.dk/flytning",
    ),
    guide("skifte-laege", "Skifte læge", "Sundhed", ("Regionen",), "https://www.borger.dk/laege"),
    guide("mitid-ny", "Få MitID", "MitID", ("MitID-support",)),
]
DIRECTORY = [
    Contact(id="udbetaling-danmark", name="Udbetaling Danmark", phone="70 12 80 61"),
    Contact(id="borgerservice", name="Borgerservice"),
]


def seed_cache(path: Path) -> Cache:
    cache = open_cache(path)
    cached.apply_batch(
        cache, PullBatch(cursor=1, has_more=False, guides=GUIDES, contacts=DIRECTORY)
    )
    return cache


@dataclass
class ContactSetup:
    cache: Cache
    lookup: LookupService
    service: ContactService
    clock: FakeClock

    def reopen(self) -> ContactService:
        """A new service over the same cache (as after a restart of the app)."""
        service = ContactService(self.cache, self.lookup, clock=self.clock, tz=CET)
        self.lookup.add_use_listener(service.guide_opened)
        return service


def contact_setup(folder: Path, clock: FakeClock | None = None) -> ContactSetup:
    folder.mkdir(parents=True, exist_ok=True)
    cache = seed_cache(folder / "cache.sqlite3")
    lookup = LookupService(cache, folder / "cache.index")
    lookup.load()
    clock = clock or FakeClock(T0)
    service = ContactService(cache, lookup, clock=clock, tz=CET)
    lookup.add_use_listener(service.guide_opened)
    return ContactSetup(cache, lookup, service, clock)
