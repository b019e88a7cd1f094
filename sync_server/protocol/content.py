"""Guides, service areas, referral contacts, technical FAQ and synonym lists."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, StringConstraints, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .common import (
    AwareDatetime,
    FreeText,
    GuideId,
    HttpsUrl,
    ImageRef,
    ItemMunicipality,
    MunicipalityCode,
    Name,
    Revision,
    ShortText,
    WireModel,
)
from .registrations import Authority

#: A KLE number (the municipalities' shared subject index): 2, 4 or 6 digits in pairs.
KleNumber = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=r"^\d{2}(\.\d{2}){0,2}$")
]


class GuideStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class ServiceArea(WireModel):
    """A service area (e.g. "Flytning", "Sundhed"). Guides refer to it by name.
    ``hidden``: not offered to staff (its guides stay findable by search)."""

    name: Name
    description: FreeText | None = None
    sort_order: int = 0
    hidden: bool = False
    kle: KleNumber | None = Field(
        default=None, description="KLE number of the area's task (KOMHEN export)."
    )
    authority: Authority | None = Field(
        default=None,
        description="The authority the area's contacts concern (registration, protocol 6).",
    )
    revision: Revision = 1
    municipality: ItemMunicipality = ""


Fraction = Annotated[float, Field(ge=0.0, le=1.0)]


class NotePosition(WireModel):
    """Where a note sits on its step's screenshot: its number ``n`` and a point (``x``,
    ``y``) or a box (``w``, ``h`` as well), as fractions of the image's width and height
    (so the note survives scaling)."""

    n: int = Field(ge=1, le=99)
    x: Fraction
    y: Fraction
    w: Fraction | None = None
    h: Fraction | None = None

    @model_validator(mode="after")
    def _inside(self) -> NotePosition:
        if (self.w is None) != (self.h is None):
            raise PydanticCustomError("box_incomplete", "En boks skal have både bredde og højde.")
        if (
            self.w is not None
            and self.h is not None
            and (self.x + self.w > 1.0 + 1e-6 or self.y + self.h > 1.0 + 1e-6)
        ):
            raise PydanticCustomError("box_outside", "Boksen går ud over billedet.")
        return self


class FieldNote(WireModel):
    """Explains one field or button in the self-service solution."""

    label: Name
    note: FreeText
    position: NotePosition | None = Field(
        default=None, description="The note's number and place on the step's screenshot."
    )


class Step(WireModel):
    """One step of level 2 (Trin for trin)."""

    title: Name
    text: FreeText
    image: ImageRef | None = Field(
        default=None,
        description="Screenshot reference: sha256 of a stored blob, or a file name in a zip.",
    )
    fields: list[FieldNote] = Field(default_factory=list, max_length=50)
    image_date: date | None = Field(
        default=None, description="The day the screenshot was taken (to flag stale ones)."
    )


class Referral(WireModel):
    """Level 3 (Henvisning): who handles the case when the citizen cannot self-serve."""

    name: Name
    phone: ShortText | None = None
    email: ShortText | None = None
    url: HttpsUrl | None = None
    hours: FreeText | None = None
    address: FreeText | None = None
    note: FreeText | None = None


class Provenance(WireModel):
    """Where a copied guide came from."""

    municipality: MunicipalityCode
    guide_id: GuideId
    revision: Revision


def _unique(value: list[str]) -> list[str]:
    """The non-empty items, without repeats (case-insensitive), in their order."""
    seen: set[str] = set()
    out: list[str] = []
    for item in value:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out


#: The life situations a guide or FAQ entry answers, in the citizen's own words (Danish), e.g.
#: "min mor er død" or "vi har fået et barn og er ikke gift". Search matches them like synonyms.
Situations = Annotated[
    list[ShortText],
    Field(
        default_factory=list,
        max_length=100,
        description="Life situations in the citizen's words (Danish); searched like synonyms.",
    ),
]
#: English search terms (the citizen's words, e.g. "family allowance", "renew driving licence");
#: the guide itself stays Danish. Searched with English stemming.
EnglishTerms = Annotated[
    list[ShortText],
    Field(
        default_factory=list,
        max_length=100,
        description="English search terms in the citizen's words; the guide stays Danish.",
    ),
]


class GuideContent(WireModel):
    """The editable part of a guide, as written by an administrator."""

    title: Name
    area: Name
    synonyms: list[ShortText] = Field(default_factory=list, max_length=200)
    situations: Situations
    search_terms_en: EnglishTerms
    guidance: list[FreeText] = Field(default_factory=list, max_length=100)
    self_service_url: HttpsUrl | None = None
    steps: list[Step] = Field(default_factory=list, max_length=100)
    referral: list[Referral] = Field(default_factory=list, max_length=50)
    status: GuideStatus = GuideStatus.DRAFT
    published_to_citizens: bool = False
    sources: list[ShortText] = Field(default_factory=list, max_length=50)
    last_checked: date | None = None
    owner: ShortText | None = Field(
        default=None, description="Who keeps the guide up to date (a name or a team)."
    )
    review_by: date | None = Field(default=None, description="Review the guide by this day.")
    local_only: bool = Field(
        default=False, description="Never shared with other municipalities (library)."
    )
    kle: KleNumber | None = Field(default=None, description="KLE number, e.g. 23.05.04.")

    @field_validator("synonyms", "situations", "search_terms_en")
    @classmethod
    def _unique_terms(cls, value: list[str]) -> list[str]:
        return _unique(value)


class GuideWrite(GuideContent):
    """Create or update a guide. ``base_revision`` is the revision the edit started from
    (None when creating); a stale one is answered with 409 and the current guide."""

    id: GuideId | None = None
    base_revision: Revision | None = None

    @model_validator(mode="before")
    @classmethod
    def _drop_read_only(cls, value: Any) -> Any:
        """A guide as read, sent back with changes, keeps working: the fields the server
        answers but never takes are dropped (scripts written before they existed)."""
        if isinstance(value, dict) and _READ_ONLY.intersection(value):
            return {k: v for k, v in value.items() if k not in _READ_ONLY}
        return value


#: Fields of an answered guide that a write ignores.
_READ_ONLY = frozenset({"published_revision", "pending_draft"})


class PendingDraft(WireModel):
    """An unpublished edit of a published guide (sent to the municipality's admins only)."""

    revision: Revision
    updated_at: AwareDatetime
    author: str
    content: GuideContent
    copied_from: Provenance | None = None


class Guide(GuideContent):
    """A guide as the server stores and sends it.

    Staff (agents, managers) only ever receive published guides, with ``revision`` the
    published one. Admins also receive drafts; there ``revision`` is the newest revision
    (the one a write is based on) and a pending edit of a published guide is in
    ``pending_draft`` while the published content stays in the guide itself."""

    id: GuideId
    municipality: MunicipalityCode
    revision: Revision
    updated_at: AwareDatetime
    copied_from: Provenance | None = None
    published_revision: Revision | None = Field(
        default=None, description="The revision of the published content (None: never published)."
    )
    pending_draft: PendingDraft | None = None


class GuideRevision(WireModel):
    revision: Revision
    updated_at: AwareDatetime
    author: str
    content: GuideContent
    restored_from: Revision | None = Field(
        default=None, description="The revision this one restored (a restore is a new revision)."
    )


class RestoreRequest(WireModel):
    """Restore an old revision as a new one. ``status`` None: as the old revision was."""

    revision: Revision
    base_revision: Revision | None = Field(
        default=None, description="The newest revision the admin saw; a stale one gets 409."
    )
    status: GuideStatus | None = None


class LibraryGuide(WireModel):
    """A guide seen in the shared library (any municipality's published guides)."""

    guide: Guide
    municipality_name: str
    used_by: int = Field(default=0, ge=0, description="Municipalities that have copied it.")


# Copy a library guide into the own list (the body is optional). A comment, not a docstring:
# the OpenAPI schema stays as it was when this lived in the library router.
class CopyRequest(WireModel):
    id: GuideId | None = Field(default=None, description="Id in the own list (default: same)")


class Contact(WireModel):
    """An entry of the municipality's referral directory."""

    id: GuideId
    name: Name
    phone: ShortText | None = None
    email: ShortText | None = None
    url: HttpsUrl | None = None
    hours: FreeText | None = None
    address: FreeText | None = None
    note: FreeText | None = None
    revision: Revision = 1
    municipality: ItemMunicipality = ""


class FaqEntry(WireModel):
    """A technical FAQ entry (MitID, browser, Digital Post …)."""

    id: GuideId
    question: Name
    answer: list[FreeText] = Field(min_length=1, max_length=50)
    category: ShortText | None = None
    synonyms: list[ShortText] = Field(default_factory=list, max_length=200)
    situations: Situations
    search_terms_en: EnglishTerms
    self_service_url: HttpsUrl | None = None
    sources: list[ShortText] = Field(default_factory=list, max_length=50)
    last_checked: date | None = None
    revision: Revision = 1
    municipality: ItemMunicipality = ""

    @field_validator("situations", "search_terms_en")
    @classmethod
    def _unique_terms(cls, value: list[str]) -> list[str]:
        return _unique(value)


class SynonymGroup(WireModel):
    """Municipality-wide synonyms: lay words (``words``) that mean ``term`` (e.g. NemID → MitID)."""

    term: Annotated[ShortText, Field(min_length=1, max_length=200)]
    words: list[ShortText] = Field(min_length=1, max_length=100)
    revision: Revision = 1
    municipality: ItemMunicipality = ""
