"""The citizen web's rules.

Citizens see a municipality's guides only when they are published (never drafts) AND chosen
for citizens (``published_to_citizens``); everything else answers 404. Their answers hold
no personal data. Admins set the web's look and its public address; admins and managers
read the answers per guide, per area and per Selvbetjeningstjek area.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ...db.models import BlobRow
from ...errors import Invalid, NotFound
from ...principal import Caller
from ...protocol import (
    SELF_SERVICE_CHECK_AREAS,
    CitizenAnswer,
    CitizenFeedbackSummary,
    CitizenSettings,
    CitizenSettingsPatch,
    Guide,
    utcnow,
)
from ..blobs import service as blobs
from ..directory.specs import AREAS, SYNONYMS
from ..guides.convert import to_guide
from . import repository
from .site import Site, SiteCache, build_site
from .summary import summarise


def _settings_of(session: Session, municipality_id: int) -> CitizenSettings:
    row = repository.settings_row(session, municipality_id)
    if row is None:
        return CitizenSettings()
    values: dict[str, Any] = {
        "public_base_url": row.public_base_url,
        "logo_sha256": row.logo_sha256,
        "accessibility_statement_url": row.accessibility_statement_url,
    }
    if row.brand_colour:
        values["brand_colour"] = row.brand_colour
    return CitizenSettings.model_validate(values)


def site(session: Session, cache: SiteCache, code: str) -> Site:
    """The municipality's current citizen web (built again only after a change)."""
    found = repository.municipality_stamp(session, code) if len(code) in (3, 4) else None
    if found is None:
        raise NotFound("Kommunen findes ikke.", code="unknown_municipality")
    municipality_id, name, change_seq, history, settings_stamp = found
    stamp = f"{history[:8]}-{change_seq}-{settings_stamp.timestamp() if settings_stamp else 0:.6f}"
    cached = cache.get(municipality_id, stamp)
    if cached is not None:
        return cached
    guides = [to_guide(row, code) for row in repository.visible_guides(session, municipality_id)]
    return cache.put(
        build_site(
            municipality_id=municipality_id,
            code=code,
            name=name,
            stamp=stamp,
            settings=_settings_of(session, municipality_id),
            guides=guides,
            areas=[
                AREAS.read(r) for r in repository.live_of_kind(session, municipality_id, "area")
            ],
            synonyms=[
                SYNONYMS.read(r)
                for r in repository.live_of_kind(session, municipality_id, "synonym")
            ],
        )
    )


def guide(current: Site, guide_id: str) -> Guide:
    found = current.guides.get(guide_id)
    if found is None:
        raise NotFound("Vejledningen findes ikke.", code="guide_not_found")
    return found


def image(session: Session, current: Site, sha256: str) -> BlobRow:
    """A screenshot of a visible guide, or the logo; 404 otherwise."""
    row = None
    if len(sha256) == 64:
        row = repository.public_blob(
            session, current.municipality_id, sha256.lower(), current.settings.logo_sha256
        )
    if row is None:
        raise NotFound("Billedet findes ikke.", code="blob_not_found")
    return row


def record_answer(session: Session, current: Site, guide_id: str, answer: CitizenAnswer) -> None:
    """Store one "Fik du hjælp?" answer to a visible guide (validated: no CPR number, no
    phone number or e-mail in the reason)."""
    found = guide(current, guide_id)
    repository.add_answer(
        session,
        {
            "municipality_id": current.municipality_id,
            "guide_key": found.id,
            "guide_title": found.title[:300],
            "area": found.area[:200],
            "created_at": utcnow(),
            **answer.model_dump(),
        },
    )


# -- for the municipality's staff ------------------------------------------------------------


def settings_of(session: Session, caller: Caller) -> CitizenSettings:
    return _settings_of(session, caller.municipality_id)


def public_base_url(session: Session, municipality_id: int) -> str:
    """Where citizens reach the guides ('' when not set): synced to the desktops."""
    return _settings_of(session, municipality_id).public_base_url or ""


def change_settings(
    session: Session, caller: Caller, patch: CitizenSettingsPatch
) -> CitizenSettings:
    """Change only the fields sent; the others keep their values."""
    current = _settings_of(session, caller.municipality_id).model_dump()
    changes = patch.model_dump(include=patch.model_fields_set)
    if "brand_colour" in changes and changes["brand_colour"] is None:
        del changes["brand_colour"]
        current["brand_colour"] = CitizenSettings().brand_colour
    logo = changes.get("logo_sha256")
    if logo:
        try:
            blobs.fetch(session, caller, logo)
        except NotFound:
            raise Invalid(
                "Logoet findes ikke. Upload billedet først.", code="logo_not_found"
            ) from None
    merged = CitizenSettings.model_validate({**current, **changes})  # each field is valid
    row = repository.settings_row(session, caller.municipality_id)
    if row is None:
        row = repository.new_settings_row(session, caller.municipality_id)
    row.public_base_url = merged.public_base_url
    row.brand_colour = merged.brand_colour
    row.logo_sha256 = merged.logo_sha256
    row.accessibility_statement_url = merged.accessibility_statement_url
    row.updated_at = utcnow()
    session.flush()
    return merged


def feedback_summary(
    session: Session, caller: Caller, since: datetime | None = None
) -> CitizenFeedbackSummary:
    rows = repository.answers(session, caller.municipality_id, since)
    return summarise(rows, SELF_SERVICE_CHECK_AREAS)


def answers_between(
    session: Session, municipality_id: int, start: datetime, end: datetime, area: str | None
) -> CitizenFeedbackSummary:
    """The answers from ``start`` to ``end`` (exclusive), optionally of one area: for the
    management reports."""
    rows = repository.answers(session, municipality_id, start, end, area)
    return summarise(rows, SELF_SERVICE_CHECK_AREAS)
