"""Protocol versions: fields added in version 2 (admin mode, the shared library), 3
(learned search terms), 4 (KOMHEN), 5 (shared hotlines) and 6 (the authority a service
area states) are left out of answers to desktops that do not say they know them.

Wire models refuse unknown fields, so a desktop built before a field existed would refuse
a batch carrying it. A desktop sends ``X-Vejviser-Protocol: 2``; without the header an
answer is written as version 1 (without the newer fields) and reads the same there.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from .auth import AccountInfo
from .content import (
    Contact,
    FaqEntry,
    FieldNote,
    GuideContent,
    GuideRevision,
    LibraryGuide,
    ServiceArea,
    Step,
    SynonymGroup,
)
from .feedback import Feedback, FeedbackIn, FeedbackOrigin
from .registrations import Registration
from .reports import Report, ReportFigures, ReportSettings
from .sync import PullBatch, Tombstone

PROTOCOL_HEADER = "X-Vejviser-Protocol"
PROTOCOL_VERSION = 6

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

#: The fields each model gained in version 3 (the search terms learned from use).
_V3_FIELDS: tuple[tuple[type[BaseModel], frozenset[str]], ...] = (
    (PullBatch, frozenset({"learned_terms"})),
    (Report, frozenset({"search_misses"})),
)
#: The fields each model gained in version 4 (the KOMHEN export).
_V4_FIELDS: tuple[tuple[type[BaseModel], frozenset[str]], ...] = (
    (ServiceArea, frozenset({"kle"})),
    (ReportSettings, frozenset({"komhen_types", "komhen_columns"})),
)
#: The fields each model gained in version 5 (shared hotlines: every item names its
#: municipality, registrations the municipality served and the authority).
_V5_FIELDS: tuple[tuple[type[BaseModel], frozenset[str]], ...] = (
    (ServiceArea, frozenset({"municipality"})),
    (FaqEntry, frozenset({"municipality"})),
    (Contact, frozenset({"municipality"})),
    (SynonymGroup, frozenset({"municipality"})),
    (Tombstone, frozenset({"municipality"})),
    (AccountInfo, frozenset({"tenant_kind"})),
    (Registration, frozenset({"served_municipality", "authority"})),
    (FeedbackIn, frozenset({"municipality"})),
    (FeedbackOrigin, frozenset({"hotline"})),
    (ReportFigures, frozenset({"by_source"})),
)
#: The fields each model gained in version 6 (the authority an area's contacts concern,
#: stated by the area instead of guessed from its name).
_V6_FIELDS: tuple[tuple[type[BaseModel], frozenset[str]], ...] = (
    (ServiceArea, frozenset({"authority"})),
)
_ADDED = {2: _V2_FIELDS, 3: _V3_FIELDS, 4: _V4_FIELDS, 5: _V5_FIELDS, 6: _V6_FIELDS}


def _newer(model: type[BaseModel], version: int) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for added_in, table in _ADDED.items():
        if added_in <= version:
            continue
        for base, fields in table:
            if issubclass(model, base):
                out |= fields
    return out


def newer_fields(model: type[BaseModel], version: int) -> frozenset[str]:
    """The fields of ``model`` that protocol ``version`` does not know."""
    return _newer(model, version) if version < PROTOCOL_VERSION else frozenset()


def _strip(value: Any, dumped: Any, version: int) -> Any:
    if isinstance(value, BaseModel):
        newer = _newer(type(value), version)
        return {
            key: _strip(getattr(value, key), item, version)
            for key, item in dumped.items()
            if key not in newer
        }
    if isinstance(value, list | tuple):
        return [_strip(v, d, version) for v, d in zip(value, dumped, strict=True)]
    return dumped


def for_version(value: Any, version: int) -> Any:
    """``value`` (a wire model or a list of them) as JSON data for protocol ``version``."""
    if isinstance(value, list):
        return [for_version(item, version) for item in value]
    if not isinstance(value, BaseModel):
        return value
    dumped = value.model_dump(mode="json")
    return dumped if version >= PROTOCOL_VERSION else _strip(value, dumped, version)
