"""Rules for a municipality's own guides.

Drafts: a new guide is a draft until published. A draft saved on a published guide is
kept beside it (``_draft`` in the stored row) while staff keep the published version; the
history records every save. Staff (agents, managers) never receive a draft: not listed,
not readable, not in the history, not pulled. Every write is checked against the newest
revision (``base_revision``), so a stale edit is answered with 409 and the current guide.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from ...content import repository as content_repo
from ...content import service as content
from ...db.models import ContentRow
from ...errors import Invalid, NotFound
from ...principal import Caller
from ...protocol import (
    EntityKind,
    Guide,
    GuideContent,
    GuideRevision,
    GuideStatus,
    GuideWrite,
    Provenance,
    RestoreRequest,
    Role,
    ServiceArea,
    utcnow,
)
from ..directory.specs import AREAS
from .convert import (
    content_data,
    content_of,
    draft_of,
    guide_write,
    new_guide_id,
    provenance_of,
    published_revision,
    to_guide,
)

#: Stored bookkeeping of a published guide, carried over by every save.
_KEPT = ("_url_changed_on",)


def sees_drafts(caller: Caller) -> bool:
    return caller.role is Role.ADMIN


def renderer(caller: Caller) -> Callable[[ContentRow], dict[str, Any]]:
    admin = sees_drafts(caller)
    return lambda row: to_guide(row, caller.municipality_code, admin=admin).model_dump(mode="json")


def present(row: ContentRow, caller: Caller) -> Guide:
    return to_guide(row, caller.municipality_code, admin=sees_drafts(caller))


def visible(row: ContentRow, caller: Caller) -> bool:
    """Whether the caller may see the guide at all (staff: published ones only)."""
    return sees_drafts(caller) or row.status == GuideStatus.PUBLISHED.value


def was_published(session: Session, caller: Caller, row: ContentRow) -> bool:
    """Whether any revision of the guide was published (staff may hold it then)."""
    return any(
        (old.data or {}).get("status") == GuideStatus.PUBLISHED.value
        for old in content_repo.revisions(session, caller.municipality_id, row.kind, row.key)
    )


def list_guides(
    session: Session, caller: Caller, status: GuideStatus | None = None, area: str | None = None
) -> list[Guide]:
    if not sees_drafts(caller):
        if status is GuideStatus.DRAFT:
            return []
        status = GuideStatus.PUBLISHED
    rows = content_repo.live(
        session,
        caller.municipality_id,
        EntityKind.GUIDE.value,
        status.value if status else None,
        area,
    )
    return [present(row, caller) for row in rows]


def _require(session: Session, caller: Caller, guide_id: str) -> ContentRow:
    row = content.require_live(session, caller.municipality_id, EntityKind.GUIDE, guide_id)
    if not visible(row, caller):
        raise NotFound("Vejledningen findes ikke.", code="not_found")
    return row


def get_guide(session: Session, caller: Caller, guide_id: str) -> Guide:
    return present(_require(session, caller, guide_id), caller)


def guide_rows(session: Session, caller: Caller) -> list[ContentRow]:
    """The live guide rows the caller may see (for the overview and the library)."""
    rows = content_repo.live(session, caller.municipality_id, EntityKind.GUIDE.value)
    return [row for row in rows if visible(row, caller)]


def titles(session: Session, caller: Caller) -> dict[str, str]:
    return {row.key: row.title for row in guide_rows(session, caller)}


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
    return present(row, caller)


def _draft_provenance(existing: ContentRow) -> Provenance | None:
    draft = draft_of(existing)
    if draft is not None and draft.get("copied_from"):
        return Provenance.model_validate(draft["copied_from"])
    return provenance_of(existing.data)


def write_version(
    session: Session,
    caller: Caller,
    existing: ContentRow,
    body: GuideContent,
    base_revision: int,
    *,
    copied_from: Provenance | None = None,
    restored_from: int | None = None,
) -> ContentRow:
    """Save ``body`` as the newest revision of an existing guide: published at once, a
    draft of a never published guide, or a pending draft beside the published version.
    ``copied_from``: the provenance the new version has (default: as it was)."""
    provenance = copied_from or _draft_provenance(existing)
    marks: dict[str, Any] = {}
    if restored_from is not None:
        marks["_restored_from"] = restored_from
    history = {**content_data(body), **marks}
    if provenance is not None:
        history["_copied_from"] = provenance.model_dump(mode="json")
    common = {
        "extra": existing.data.get("_extra"),
        "present": existing.data.get("_present"),
    }
    published = published_revision(existing)
    if body.status is GuideStatus.DRAFT and published is not None:
        kept = {k: existing.data[k] for k in _KEPT if k in existing.data}
        kept["_published_revision"] = published
        kept["_draft"] = {
            "content": content_data(body),
            "author": caller.username,
            "updated_at": utcnow().isoformat(),
            "copied_from": provenance.model_dump(mode="json") if provenance else None,
        }
        write = guide_write(
            existing.key,
            content_of(existing.data),
            copied_from=provenance_of(existing.data),
            kept=kept,
            history=history,
            **common,
        )
    else:
        kept = {}
        old_url = existing.data.get("self_service_url") if published is not None else None
        if body.status is GuideStatus.PUBLISHED and published is not None:
            if old_url != body.self_service_url:
                kept["_url_changed_on"] = date.today().isoformat()
            elif "_url_changed_on" in existing.data:
                kept["_url_changed_on"] = existing.data["_url_changed_on"]
        write = guide_write(
            existing.key, body, copied_from=provenance, kept=kept, history=history, **common
        )
    row = content.save(
        session,
        caller.municipality_id,
        caller.username,
        write,
        base_revision,
        render=renderer(caller),
    )
    ensure_area(session, caller, row.area or body.area)
    return row


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
    row = write_version(session, caller, existing, body, body.base_revision)
    return present(row, caller)


def discard_draft(session: Session, caller: Caller, guide_id: str, base_revision: int) -> Guide:
    """Drop the pending draft of a published guide (a new revision: the published one)."""
    content.lock_changes(session, caller.municipality_id)
    existing = content.require_live(session, caller.municipality_id, EntityKind.GUIDE, guide_id)
    if draft_of(existing) is None:
        raise NotFound("Vejledningen har ingen kladde.", code="no_draft")
    published = content_of(existing.data)
    row = write_version(
        session,
        caller,
        existing,
        published,
        base_revision,
        copied_from=provenance_of(existing.data),
        restored_from=published_revision(existing),
    )
    return present(row, caller)


def restore(session: Session, caller: Caller, guide_id: str, body: RestoreRequest) -> Guide:
    """An old revision again, as a new revision (history is never rewritten)."""
    content.lock_changes(session, caller.municipality_id)
    existing = content.require_live(session, caller.municipality_id, EntityKind.GUIDE, guide_id)
    old = content_repo.revision(
        session, caller.municipality_id, EntityKind.GUIDE.value, guide_id, body.revision
    )
    if old is None or old.data is None:
        raise NotFound(f"Version {body.revision} findes ikke.", code="revision_not_found")
    restored = content_of(old.data)
    if body.status is not None:
        restored = restored.model_copy(update={"status": body.status})
    row = write_version(
        session,
        caller,
        existing,
        restored,
        body.base_revision if body.base_revision is not None else existing.revision,
        restored_from=body.revision,
    )
    return present(row, caller)


def delete_guide(
    session: Session, caller: Caller, guide_id: str, base_revision: int | None
) -> None:
    content.delete(
        session, caller.municipality_id, caller.username, EntityKind.GUIDE, guide_id, base_revision
    )


def guide_history(session: Session, caller: Caller, guide_id: str) -> list[GuideRevision]:
    """Every revision (admins); staff see the published ones only."""
    _require(session, caller, guide_id)
    rows = content.history(session, caller.municipality_id, EntityKind.GUIDE, guide_id)
    out = []
    for row in rows:
        if row.data is None:
            continue
        item = content_of(row.data)
        if not sees_drafts(caller) and item.status is not GuideStatus.PUBLISHED:
            continue
        out.append(
            GuideRevision(
                revision=row.revision,
                updated_at=row.created_at,
                author=row.author,
                content=item,
                restored_from=row.data.get("_restored_from"),
            )
        )
    return out


def move_area(session: Session, caller: Caller, old: str, new: str) -> int:
    """Every guide in area ``old`` (published or pending draft) moves to ``new``, each as a
    new revision; the number of guides moved."""
    moved = 0
    for row in content_repo.live(session, caller.municipality_id, EntityKind.GUIDE.value):
        data = dict(row.data)
        draft = draft_of(row)
        if data.get("area") != old and (draft is None or draft["content"].get("area") != old):
            continue
        if data.get("area") == old:
            data["area"] = new
        if draft is not None and draft["content"].get("area") == old:
            data["_draft"] = {**draft, "content": {**draft["content"], "area": new}}
        working = content_of(data["_draft"]["content"] if draft is not None else data)
        provenance = provenance_of(data)
        history = content_data(working)
        if provenance is not None:
            history["_copied_from"] = provenance.model_dump(mode="json")
        kept = {k: data[k] for k in ("_published_revision", "_draft", *_KEPT) if k in data}
        write = guide_write(
            row.key,
            content_of(data),
            extra=data.get("_extra"),
            copied_from=provenance,
            present=data.get("_present"),
            kept=kept,
            history=history,
        )
        content.save(session, caller.municipality_id, caller.username, write, row.revision)
        moved += 1
    return moved
