"""The choices offered when finishing a contact: referral targets and where the citizen
got stuck. Built from the guides used during the contact and the referral directory."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sync_server.protocol import SELF_SERVICE_CHECK_AREAS, Contact, Guide


class ChoiceSource(StrEnum):
    GUIDE = "guide"  # from a guide used during the contact
    DIRECTORY = "directory"  # the municipality's referral directory
    CHECK_AREA = "check_area"  # KL's Fælles Kommunale Selvbetjeningstjek


@dataclass(frozen=True)
class Choice:
    """One button: ``label`` is what is registered; ``detail`` (phone, link) is shown."""

    label: str
    source: ChoiceSource
    detail: str | None = None


def referral_choices(guides: Iterable[Guide], directory: Iterable[Contact]) -> list[Choice]:
    """The referral lists of the guides used (in the order used), then the directory;
    each name once (case-insensitive)."""
    seen: set[str] = set()
    out: list[Choice] = []

    def add(label: str, source: ChoiceSource, detail: str | None) -> None:
        key = label.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            out.append(Choice(label.strip(), source, detail))

    for guide in guides:
        for referral in guide.referral:
            add(referral.name, ChoiceSource.GUIDE, referral.phone or referral.url)
    for contact in directory:
        add(contact.name, ChoiceSource.DIRECTORY, contact.phone or contact.url)
    return out


def stuck_choices(guides: Iterable[Guide]) -> list[Choice]:
    """The seven Selvbetjeningstjek areas, then the self-service solutions linked from the
    guides used (labelled with the guide's title)."""
    out = [Choice(area, ChoiceSource.CHECK_AREA) for area in SELF_SERVICE_CHECK_AREAS]
    seen = {choice.label.casefold() for choice in out}
    for guide in guides:
        if guide.self_service_url and guide.title.casefold() not in seen:
            seen.add(guide.title.casefold())
            out.append(Choice(guide.title, ChoiceSource.GUIDE, guide.self_service_url))
    return out
