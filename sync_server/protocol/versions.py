"""Protocol versions: fields added in version 2 (admin mode, the shared library) are left
out of answers to desktops that do not say they know them.

Wire models refuse unknown fields, so a desktop built before a field existed would refuse
a batch carrying it. A desktop sends ``X-Vejviser-Protocol: 2``; without the header an
answer is written as version 1 (without the newer fields) and reads the same there.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from .content import FieldNote, GuideContent, GuideRevision, LibraryGuide, ServiceArea, Step
from .feedback import Feedback

PROTOCOL_HEADER = "X-Vejviser-Protocol"
PROTOCOL_VERSION = 2

#: The fields each model gained in version 2 (subclasses included).
_V2_FIELDS: tuple[tuple[type[BaseModel], frozenset[str]], ...] = (
    (ServiceArea, frozenset({"hidden"})),
    (FieldNote, frozenset({"position"})),
    (Step, frozenset({"image_date"})),
    (
        GuideContent,
        frozenset(
            {"owner", "review_by", "local_only", "kle", "published_revision", "pending_draft"}
        ),
    ),
    (GuideRevision, frozenset({"restored_from"})),
    (LibraryGuide, frozenset({"used_by"})),
    (
        Feedback,
        frozenset({"answered_at", "updated_at", "guide_title", "origin", "suggested_version"}),
    ),
)


def _newer(model: type[BaseModel]) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for base, fields in _V2_FIELDS:
        if issubclass(model, base):
            out |= fields
    return out


def _strip(value: Any, dumped: Any) -> Any:
    if isinstance(value, BaseModel):
        newer = _newer(type(value))
        return {
            key: _strip(getattr(value, key), item)
            for key, item in dumped.items()
            if key not in newer
        }
    if isinstance(value, list | tuple):
        return [_strip(v, d) for v, d in zip(value, dumped, strict=True)]
    return dumped


def for_version(value: Any, version: int) -> Any:
    """``value`` (a wire model or a list of them) as JSON data for protocol ``version``."""
    if isinstance(value, list):
        return [for_version(item, version) for item in value]
    if not isinstance(value, BaseModel):
        return value
    dumped = value.model_dump(mode="json")
    return dumped if version >= PROTOCOL_VERSION else _strip(value, dumped)
