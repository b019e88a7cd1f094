"""Rules for a municipality's own guides."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from ...content import repository as content_repo
from ...content import service as content
from ...db.models import ContentRow
from ...errors import Invalid
from ...principal import Caller
from ...protocol import EntityKind, Guide, GuideRevision, GuideStatus, GuideWrite, ServiceArea
from ..directory.specs import AREAS
from .convert import content_of, guide_write, new_guide_id, provenance_of, to_guide


def renderer(caller: Caller) -> Callable[[ContentRow], dict[str, Any]]:
    return lambda row: to_guide(row, caller.municipality_code).model_dump(mode="json")


def list_guides(
    session: Session, caller: Caller, status: GuideStatus | None = None, area: str | None = None
) -> list[Guide]:
    rows = content_repo.live(
        session,
        caller.municipality_id,
        EntityKind.GUIDE.value,
        status.value if status else None,
        area,
    )
    return [to_guide(row, caller.municipality_code) for row in rows]


def get_guide(session: Session, caller: Caller, guide_id: str) -> Guide:
    row = content.require_live(session, caller.municipality_id, EntityKind.GUIDE, guide_id)
    return to_guide(row, caller.municipality_code)


def ensure_area(session: Session, caller: Caller, area: str) -> None:
    """A guide's area is always in the municipality's area list."""
    row = content_repo.get(session, caller.municipality_id, EntityKind.AREA.value, area)
    if row is None or row.deleted_at is not None:
        content.save(
            session,
            caller.municipality_id,
            caller.username,
            AREAS.write(ServiceArea(name=area)),
            row.revision if row else None,
        )


def create_guide(session: Session, caller: Caller, body: GuideWrite) -> Guide:
    key = body.id or new_guide_id(body.title)
    row = content.save(
        session,
        caller.municipality_id,
        caller.username,
        guide_write(key, body),
        None,
        create_only=True,
        render=renderer(caller),
    )
    ensure_area(session, caller, row.area or body.area)
    return to_guide(row, caller.municipality_code)


def update_guide(session: Session, caller: Caller, guide_id: str, body: GuideWrite) -> Guide:
    if body.base_revision is None:
        raise Invalid(
            "Angiv base_revision: den version, ændringen bygger på.", code="base_revision_missing"
        )
    if body.id is not None and body.id != guide_id:
        raise Invalid(
            f"Id'et i adressen ({guide_id}) passer ikke med indholdet ({body.id}).",
            code="key_mismatch",
        )
    content.lock_changes(session, caller.municipality_id)  # before reading what is kept
    existing = content.require_live(session, caller.municipality_id, EntityKind.GUIDE, guide_id)
    write = guide_write(
        guide_id,
        body,
        extra=existing.data.get("_extra"),
        copied_from=provenance_of(existing.data),
        present=existing.data.get("_present"),
    )
    row = content.save(
        session,
        caller.municipality_id,
        caller.username,
        write,
        body.base_revision,
        render=renderer(caller),
    )
    ensure_area(session, caller, row.area or body.area)
    return to_guide(row, caller.municipality_code)


def delete_guide(
    session: Session, caller: Caller, guide_id: str, base_revision: int | None
) -> None:
    content.delete(
        session, caller.municipality_id, caller.username, EntityKind.GUIDE, guide_id, base_revision
    )


def guide_history(session: Session, caller: Caller, guide_id: str) -> list[GuideRevision]:
    rows = content.history(session, caller.municipality_id, EntityKind.GUIDE, guide_id)
    return [
        GuideRevision(
            revision=row.revision,
            updated_at=row.created_at,
            author=row.author,
            content=content_of(row.data),
        )
        for row in rows
        if row.data is not None
    ]
