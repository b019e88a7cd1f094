"""Sync envelopes: pull by cursor (with tombstones) and push batches."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from .auth import AccountInfo
from .common import ItemMunicipality, WireModel
from .content import Contact, FaqEntry, Guide, ServiceArea, SynonymGroup
from .searchlog import LearnedTerm


class EntityKind(StrEnum):
    GUIDE = "guide"
    AREA = "area"
    FAQ = "faq"
    CONTACT = "contact"
    SYNONYM = "synonym"


class Tombstone(WireModel):
    kind: EntityKind
    id: str
    municipality: ItemMunicipality = ""


class PullBatch(WireModel):
    """One batch of changes after ``since``. Apply it and store ``cursor`` in one
    transaction; ask again while ``has_more``."""

    cursor: int = Field(ge=0)
    has_more: bool
    history: str = Field(
        default="",
        max_length=64,
        description="The history the cursor counts in; send it back as ``history``.",
    )
    reset: bool = Field(
        default=False,
        description=(
            "The desktop's cursor is not in the server's history (a restored backup, a new "
            "server): this batch starts a full pull from the beginning. When the last batch "
            "(has_more false) is applied, drop what none of the batches contained."
        ),
    )
    areas: list[ServiceArea] = Field(default_factory=list)
    guides: list[Guide] = Field(default_factory=list)
    faq: list[FaqEntry] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    synonyms: list[SynonymGroup] = Field(default_factory=list)
    tombstones: list[Tombstone] = Field(default_factory=list)
    blobs: list[str] = Field(default_factory=list, description="sha256 of screenshots referenced")
    learned_terms: list[LearnedTerm] | None = Field(
        default=None,
        description="Every search term the municipality's staff taught its guides (in the last "
        "batch of a pull only): replaces the desktop's list. None: not sent.",
    )
    public_base_url: str = Field(
        default="",
        max_length=2000,
        description="Where citizens reach the municipality's guides (share links, QR codes); "
        "empty when the admin has not set it.",
    )


class SessionInfo(WireModel):
    account: AccountInfo
    server_version: str
    protocol: str = "vejviser/1"
