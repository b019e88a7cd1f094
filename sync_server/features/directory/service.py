"""Rules for directory items: the generic content rules with per-kind keys."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from ...content import repository as content_repo
from ...content import service as content
from ...errors import Invalid
from ...principal import Caller
from ...protocol import WireModel
from .specs import Spec

M = TypeVar("M", bound=WireModel)


def list_items(session: Session, caller: Caller, spec: Spec[M]) -> list[M]:
    rows = content_repo.live(session, caller.municipality_id, spec.kind.value)
    return [spec.read(row) for row in rows]


def get_item(session: Session, caller: Caller, spec: Spec[M], key: str) -> M:
    return spec.read(content.require_live(session, caller.municipality_id, spec.kind, key))


def put_item(
    session: Session, caller: Caller, spec: Spec[M], key: str, item: M, base_revision: int | None
) -> M:
    """Create (no base revision) or update (base revision of the version edited)."""
    if spec.key_of(item) != key:
        raise Invalid(
            f"Nøglen i adressen ({key}) passer ikke med indholdet ({spec.key_of(item)}).",
            code="key_mismatch",
        )
    row = content.save(
        session,
        caller.municipality_id,
        caller.username,
        spec.write(item),
        base_revision,
        create_only=base_revision is None,
        render=lambda r: spec.read(r).model_dump(mode="json"),
    )
    return spec.read(row)


def delete_item(
    session: Session, caller: Caller, spec: Spec[M], key: str, base_revision: int | None
) -> None:
    content.delete(session, caller.municipality_id, caller.username, spec.kind, key, base_revision)
