"""Between stored content rows and the wire/exchange models of a guide."""

from __future__ import annotations

import re
import secrets
import unicodedata
from typing import Any

from ...content.service import ContentWrite
from ...db.models import ContentRow
from ...protocol import (
    EntityKind,
    ExchangeGuide,
    Guide,
    GuideContent,
    GuideStatus,
    PendingDraft,
    Provenance,
)

_CONTENT_FIELDS = frozenset(GuideContent.model_fields)
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")


def fold(text: str) -> str:
    """Lower-case, without diacritics (æ/ø/å kept as ae/oe/aa), for library search."""
    text = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def guide_write(
    key: str,
    content: GuideContent,
    *,
    extra: dict[str, Any] | None = None,
    copied_from: Provenance | None = None,
    present: list[str] | None = None,
    kept: dict[str, Any] | None = None,
    history: dict[str, Any] | None = None,
) -> ContentWrite:
    """``extra``: unknown exchange fields to keep; ``present``: the optional keys an
    imported file had, so an export writes the guide back as it came; ``kept``: more
    bookkeeping keys (``_``-prefixed) stored with the content; ``history``: what the
    revision history records instead of the content (a pending draft)."""
    data: dict[str, Any] = content_data(content)
    if extra:
        data["_extra"] = extra
    if copied_from is not None:
        data["_copied_from"] = copied_from.model_dump(mode="json")
    if present:
        data["_present"] = present
    if kept:
        data.update(kept)
    terms = [*content.synonyms, *content.situations, *content.search_terms_en]
    search = " ".join([content.title, content.area, *terms])
    return ContentWrite(
        kind=EntityKind.GUIDE,
        key=key,
        data=data,
        title=content.title,
        status=content.status.value,
        area=content.area,
        published_to_citizens=content.published_to_citizens,
        search_text=fold(search),
        local_only=content.local_only,
        history=history,
        blobs=frozenset(
            step.image.lower() for step in content.steps if step.image and _SHA256.match(step.image)
        ),
    )


def content_data(content: GuideContent) -> dict[str, Any]:
    """The stored JSON of a guide's content (a subclass' extra fields left out)."""
    data: dict[str, Any] = GuideContent.model_validate(
        content.model_dump(include=set(_CONTENT_FIELDS))
    ).model_dump(mode="json")
    return data


def content_of(data: dict[str, Any]) -> GuideContent:
    return GuideContent.model_validate({k: v for k, v in data.items() if not k.startswith("_")})


def provenance_of(data: dict[str, Any]) -> Provenance | None:
    copied = data.get("_copied_from")
    return Provenance.model_validate(copied) if copied else None


def published_revision(row: ContentRow) -> int | None:
    """The revision of the published content kept in the row (None: never published)."""
    if row.status != GuideStatus.PUBLISHED.value:
        return None
    kept = row.data.get("_published_revision")
    return int(kept) if kept else row.revision


def draft_of(row: ContentRow) -> dict[str, Any] | None:
    """The pending draft beside a published guide: content, author, time, provenance."""
    draft = row.data.get("_draft")
    return draft if isinstance(draft, dict) else None


def to_guide(row: ContentRow, municipality_code: str, *, admin: bool = False) -> Guide:
    """The guide as staff see it (published content, its revision), or with ``admin`` as
    an admin sees it (the newest revision and the pending draft)."""
    # One validation of the stored content (a sync pull sends thousands of these).
    data = {k: v for k, v in row.data.items() if not k.startswith("_")}
    published = published_revision(row)
    data.update(
        id=row.key,
        municipality=municipality_code,
        revision=row.revision if admin or published is None else published,
        updated_at=row.updated_at,
        copied_from=row.data.get("_copied_from"),
        published_revision=published,
    )
    draft = draft_of(row) if admin else None
    if draft is not None:
        data["pending_draft"] = PendingDraft(
            revision=row.revision,
            updated_at=draft["updated_at"],
            author=draft["author"],
            content=GuideContent.model_validate(draft["content"]),
            copied_from=draft.get("copied_from"),
        )
    return Guide.model_validate(data)


def to_exchange(row: ContentRow) -> ExchangeGuide:
    data = {k: v for k, v in row.data.items() if not k.startswith("_")}
    data.update(row.data.get("_extra") or {})
    data["id"] = row.key
    if row.data.get("_copied_from"):
        data["copied_from"] = row.data["_copied_from"]
    return ExchangeGuide.model_validate(data)


def new_guide_id(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:60] or "vejledning"
    return f"{slug}-{secrets.token_hex(3)}"
