"""Rules for directory items: the generic content rules with per-kind keys."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from ...content import repository as content_repo
from ...content import service as content
from ...errors import Conflict, Invalid
from ...principal import Caller
from ...protocol import AreaRename, EntityKind, ServiceArea, WireModel
from ..guides import service as guides
from .specs import AREAS, Spec

M = TypeVar("M", bound=WireModel)


def list_items(session: Session, caller: Caller, spec: Spec[M]) -> list[M]:
    rows = content_repo.live(session, caller.municipality_id, spec.kind.value)
    return [spec.read(row, caller.municipality_code) for row in rows]


def get_item(session: Session, caller: Caller, spec: Spec[M], key: str) -> M:
    row = content.require_live(session, caller.municipality_id, spec.kind, key)
    return spec.read(row, caller.municipality_code)


def put_item(
    session: Session,
    caller: Caller,
    spec: Spec[M],
    key: str,
    item: M,
    base_revision: int | None,
    keep: frozenset[str] = frozenset(),
) -> M:
    """Create (no base revision) or update (base revision of the version edited). ``keep``:
    fields the caller does not know (an older desktop), kept as they are stored."""
    if spec.key_of(item) != key:
        raise Invalid(
            f"Nøglen i adressen ({key}) passer ikke med indholdet ({spec.key_of(item)}).",
            code="key_mismatch",
        )
    if keep and base_revision is not None:
        stored = content_repo.get(session, caller.municipality_id, spec.kind.value, key)
        if stored is not None and stored.deleted_at is None:
            current = spec.read(stored, caller.municipality_code)
            item = item.model_copy(update={name: getattr(current, name) for name in keep})
    row = content.save(
        session,
        caller.municipality_id,
        caller.username,
        spec.write(item),
        base_revision,
        create_only=base_revision is None,
        render=lambda r: spec.read(r, caller.municipality_code).model_dump(mode="json"),
    )
    return spec.read(row, caller.municipality_code)


def history(session: Session, caller: Caller, spec: Spec[M], key: str) -> list[WireModel]:
    """Every saved version of an item, oldest first (who and when)."""
    rows = content.history(session, caller.municipality_id, spec.kind, key)
    return [
        spec.revision_model.model_validate(
            {
                "revision": row.revision,
                "updated_at": row.created_at,
                "author": row.author,
                "item": {**row.data, "revision": row.revision},
            }
        )
        for row in rows
        if row.data is not None
    ]


def delete_item(
    session: Session, caller: Caller, spec: Spec[M], key: str, base_revision: int | None
) -> None:
    content.delete(session, caller.municipality_id, caller.username, spec.kind, key, base_revision)


def rename_area(session: Session, caller: Caller, key: str, body: AreaRename) -> ServiceArea:
    """A new name for an area; its guides move with it. The old name is deleted (synced
    as a deletion), the new one created with the same description, order and visibility."""
    content.lock_changes(session, caller.municipality_id)
    row = content.require_live(session, caller.municipality_id, EntityKind.AREA, key)
    area = AREAS.read(row, caller.municipality_code)
    if body.base_revision != row.revision:
        raise Conflict(
            {
                "message": "Nogen har ændret serviceområdet imens. Se den nyeste version.",
                "current_revision": row.revision,
                "current": area.model_dump(mode="json"),
            },
            code="stale_revision",
        )
    if body.name == key:
        return area
    renamed = area.model_copy(update={"name": body.name})
    saved = content.save(
        session,
        caller.municipality_id,
        caller.username,
        AREAS.write(renamed),
        None,
        create_only=True,
        render=lambda r: AREAS.read(r, caller.municipality_code).model_dump(mode="json"),
    )
    guides.move_area(session, caller, key, body.name)
    content.delete(
        session, caller.municipality_id, caller.username, EntityKind.AREA, key, row.revision
    )
    return AREAS.read(saved, caller.municipality_code)
