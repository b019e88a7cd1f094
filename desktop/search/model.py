"""What goes into the index (:class:`SearchDoc`) and what comes out (:class:`SearchHit`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sync_server.protocol import FaqEntry, Guide

DocKind = Literal["guide", "faq"]

#: Indexed fields; the position is the field number in posting keys (3 bits: at most 8).
FIELDS: tuple[str, ...] = (
    "title",
    "synonyms",
    "guidance",
    "steps",
    "area",
    "situations",
    "english",
)
TITLE, SYNONYMS, GUIDANCE, STEPS, AREA, SITUATIONS, ENGLISH = range(7)
#: Fields whose multi-word texts are also indexed as phrase terms ("nemid virker").
PHRASE_FIELDS = frozenset((TITLE, SYNONYMS, SITUATIONS, ENGLISH))
#: Fields of whole entries: a situation or an English term is also indexed as a phrase term
#: when it is one word, so a query that holds a whole entry can be told from one that shares
#: a word with it ("kørestol" is a word of "sidder i kørestol og kører bil", not the need).
ENTRY_FIELDS = frozenset((SITUATIONS, ENGLISH))
#: Fields that name what a document is about. A result is strong when the query has a word
#: of its title or synonyms, or a whole situation or English term (see SearchHit.weak).
STRONG_FIELDS = frozenset((TITLE, SYNONYMS))


@dataclass(frozen=True)
class SearchDoc:
    """One searchable guide or FAQ entry.

    For a FAQ entry the question is the title and the answer the guidance. ``situations`` are
    life situations in the citizen's words (Danish, searched like synonyms); ``english`` are
    English search terms (searched with English stemming when a query is English).
    """

    id: str
    kind: DocKind
    title: str
    synonyms: Sequence[str]
    guidance: Sequence[str]
    steps: Sequence[str]
    area: str = ""
    situations: Sequence[str] = ()
    english: Sequence[str] = ()


@dataclass(frozen=True)
class SearchHit:
    """One result: which document, how well it scored and in which fields the query matched.

    ``confidence`` is the score as a share of what an exact title match of every query word
    scores; ``weak`` marks a result below the confidence cut: it matched only part of the query,
    only loosely, or only in the guide's body text — shown as "Ingen sikre resultater" when no
    result is strong."""

    id: str
    kind: DocKind
    title: str
    score: float
    matched: tuple[str, ...]
    weak: bool = False
    confidence: float = 0.0
    #: Whose document (a shared hotline searches its own and the caller's municipality's);
    #: '' in an index that holds one municipality's content.
    municipality: str = ""


def doc_from_guide(guide: Guide, learned: Sequence[str] = ()) -> SearchDoc:
    """The searchable text of a guide: title, synonyms, guidance, steps (with field notes and
    the names of referral contacts), service area, situations and English search terms.
    ``learned``: search terms learned from the municipality's use, searched as synonyms."""
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
        synonyms=(*guide.synonyms, *learned),
        guidance=tuple(guide.guidance),
        steps=tuple(steps),
        area=guide.area,
        situations=tuple(guide.situations),
        english=tuple(guide.search_terms_en),
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
        situations=tuple(entry.situations),
        english=tuple(entry.search_terms_en),
    )
