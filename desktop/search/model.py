"""What goes into the index (:class:`SearchDoc`) and what comes out (:class:`SearchHit`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sync_server.protocol import FaqEntry, Guide

DocKind = Literal["guide", "faq"]

#: Indexed fields in order of importance; the position is the field number in posting keys.
FIELDS: tuple[str, ...] = ("title", "synonyms", "guidance", "steps", "area")
TITLE, SYNONYMS, GUIDANCE, STEPS, AREA = range(5)


@dataclass(frozen=True)
class SearchDoc:
    """One searchable guide or FAQ entry.

    For a FAQ entry the question is the title and the answer the guidance.
    """

    id: str
    kind: DocKind
    title: str
    synonyms: Sequence[str]
    guidance: Sequence[str]
    steps: Sequence[str]
    area: str = ""


@dataclass(frozen=True)
class SearchHit:
    """One result: which document, how well it scored and in which fields the query matched."""

    id: str
    kind: DocKind
    title: str
    score: float
    matched: tuple[str, ...]


def doc_from_guide(guide: Guide) -> SearchDoc:
    """The searchable text of a guide: title, synonyms, guidance, steps (with field notes and
    the names of referral contacts) and service area."""
    steps: list[str] = []
    for step in guide.steps:
        steps.append(step.title)
        steps.append(step.text)
        for note in step.fields:
            steps.append(f"{note.label} {note.note}")
    steps.extend(ref.name for ref in guide.referral)
    return SearchDoc(
        id=guide.id,
        kind="guide",
        title=guide.title,
        synonyms=tuple(guide.synonyms),
        guidance=tuple(guide.guidance),
        steps=tuple(steps),
        area=guide.area,
    )


def doc_from_faq(entry: FaqEntry) -> SearchDoc:
    """The searchable text of a technical FAQ entry (question as title, answer as guidance)."""
    return SearchDoc(
        id=entry.id,
        kind="faq",
        title=entry.question,
        synonyms=tuple(entry.synonyms),
        guidance=tuple(entry.answer),
        steps=(),
        area=entry.category or "",
    )
