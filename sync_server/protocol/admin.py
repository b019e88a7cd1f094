"""Admin mode: accounts, the overview of what needs work, and following library origins."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

from .auth import Role
from .common import (
    AwareDatetime,
    GuideId,
    MunicipalityCode,
    Name,
    Revision,
    WireModel,
    _cpr_guard,
)
from .content import Contact, FaqEntry, GuideContent, ServiceArea, SynonymGroup
from .messaging import MessageTemplates

#: A user name: lower-case letters, digits and . _ - (stored lower-case).
Username = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        to_lower=True,
        min_length=1,
        max_length=100,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
    ),
    AfterValidator(_cpr_guard),  # never a CPR number typed as a user name
]
#: NIST SP 800-63B: at least 8 characters, at most 64 are always accepted; every character
#: allowed. The common-password check happens on the server.
Password = Annotated[str, Field(min_length=8, max_length=64)]


class UserAccount(WireModel):
    """An account of the caller's municipality (never its password)."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool = False
    created_at: AwareDatetime


class UserCreate(WireModel):
    username: Username
    display_name: Name
    role: Role = Role.AGENT
    password: Password


class UserUpdate(WireModel):
    """Change an account; omitted fields stay as they are."""

    display_name: Name | None = None
    role: Role | None = None
    active: bool | None = None


class PasswordReset(WireModel):
    """Set a new password; without one the server makes one, answered once, and the user
    must choose their own at the next login."""

    password: Password | None = None


class PasswordResetResult(WireModel):
    user: UserAccount
    password: str | None = Field(
        default=None, description="The generated password, shown once (None when one was set)."
    )


class PasswordChange(WireModel):
    """Change the caller's own password."""

    current_password: str = Field(min_length=1, max_length=1000)
    new_password: Password


class OverviewItem(WireModel):
    """A guide that needs work, and why (``reason`` names the list it is in)."""

    guide_id: GuideId
    title: str
    reason: str
    since: date | None = None
    count: int | None = None
    detail: str | None = None


class AdminOverview(WireModel):
    """What needs an admin's attention, at a glance."""

    drafts: list[OverviewItem] = Field(default_factory=list)
    past_review: list[OverviewItem] = Field(default_factory=list)
    stale_screenshots: list[OverviewItem] = Field(default_factory=list)
    open_feedback: list[OverviewItem] = Field(default_factory=list)
    open_feedback_count: int = 0
    library_updates: list[OverviewItem] = Field(default_factory=list)


class LibraryUpdate(WireModel):
    """One of the caller's copies whose origin has published a newer version."""

    guide_id: GuideId
    title: str
    origin_municipality: MunicipalityCode
    origin_municipality_name: str
    origin_guide_id: GuideId
    copied_revision: Revision
    origin_revision: Revision


class LibraryUpdateDetail(WireModel):
    """The three versions of a three-way view: what the origin had when copied (``base``),
    what it has now (``origin``) and the copy as it is now (``local``, the pending draft
    when there is one)."""

    update: LibraryUpdate
    base: GuideContent
    origin: GuideContent
    local: GuideContent


#: What to take of an origin's update: ``title``, ``area``, ``guidance``, ``steps``,
#: ``referral``, ``self_service_url``, ``synonyms``, ``situations``, ``search_terms_en``,
#: or one item of a list by its place in the origin's version, e.g. ``guidance/2``,
#: ``steps/0``, ``referral/1``.
TakePart = Annotated[
    str,
    StringConstraints(
        pattern=r"^(title|area|self_service_url|synonyms|situations|search_terms_en|kle"
        r"|(guidance|steps|referral)(/\d{1,3})?)$"
    ),
]


class TakeRequest(WireModel):
    """Take an origin's update into a new draft. ``parts`` None: everything the origin
    changed since the copied revision, keeping every local change (where both changed the
    same item, the local one stays). Named parts are taken from the origin as they are."""

    parts: list[TakePart] | None = Field(default=None, max_length=500)


class DismissRequest(WireModel):
    """Dismiss the origin's version ``revision`` (default: the newest); a newer one is
    offered again."""

    revision: Revision | None = None


class Detach(WireModel):
    """The answer of detaching a copy: it no longer follows its origin."""

    guide_id: GuideId
    detached: bool = True


class TemplateRevision(WireModel):
    """One saved version of the municipality's message templates."""

    revision: Revision
    updated_at: AwareDatetime
    author: str
    templates: MessageTemplates


class AreaRename(WireModel):
    """Rename a service area; its guides move with it (each as a new revision)."""

    name: Name
    base_revision: Revision


class AreaRevision(WireModel):
    """One saved version of a service area (who and when)."""

    revision: Revision
    updated_at: AwareDatetime
    author: str
    item: ServiceArea


class ContactRevision(WireModel):
    revision: Revision
    updated_at: AwareDatetime
    author: str
    item: Contact


class FaqRevision(WireModel):
    revision: Revision
    updated_at: AwareDatetime
    author: str
    item: FaqEntry


class SynonymRevision(WireModel):
    revision: Revision
    updated_at: AwareDatetime
    author: str
    item: SynonymGroup
