"""The anonymous search log and the search terms learned from it.

A desktop records the words of a search (letters only: digits are dropped before anything
is stored, and a query the CPR or contact-details guard catches is not recorded at all),
whether it found something, and, when a contact was registered with a guide opened from
that search, the guide. Staff are known to the server only by their account's pseudonym.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import AfterValidator, Field, StringConstraints

from .common import GuideId, PeriodDate, WireModel
from .validation import RuleViolation, reject_contact_details, reject_cpr

#: A pair (search words, guide) becomes a learned search term of the guide when this many
#: different staff members made it within LEARN_DAYS days; a guide holds at most
#: MAX_LEARNED_PER_GUIDE learned terms.
LEARN_MIN_STAFF = 3
LEARN_DAYS = 90
MAX_LEARNED_PER_GUIDE = 10
MAX_WORDS = 8


def _letters_only(value: str) -> str:
    if not all(part.isalpha() for part in value.split("-")):
        raise RuleViolation("search_word", "Et søgeord må kun indeholde bogstaver (og bindestreg).")
    reject_cpr(value)
    reject_contact_details(value)
    return value


SearchWord = Annotated[
    str,
    StringConstraints(min_length=1, max_length=40),
    AfterValidator(_letters_only),
]


class SearchEvent(WireModel):
    """One search as it ended. ``guide_id``: a contact was registered with this guide after
    it was opened from this search (the pair search terms are learned from)."""

    id: UUID
    day: PeriodDate
    words: list[SearchWord] = Field(min_length=1, max_length=MAX_WORDS)
    found: bool
    guide_id: GuideId | None = None


class SearchEventBatch(WireModel):
    items: list[SearchEvent] = Field(max_length=1000)


class LearnedTerm(WireModel):
    """A search term of a guide learned from how the municipality's staff search."""

    guide_id: GuideId
    term: Annotated[str, StringConstraints(min_length=1, max_length=400)]


class LearnedTermReview(LearnedTerm):
    """A learned term as admins review it: how many staff members made the pair."""

    staff: int = Field(ge=0)
    guide_title: str = ""


class UnansweredSearch(WireModel):
    """Searches that found nothing, or found something but led to no registered guide."""

    term: str
    found: bool
    count: int = Field(ge=0)
    staff: int = Field(ge=0)


class SearchReview(WireModel):
    """ "Søgninger uden svar": the misses of the last ``days`` days and the learned terms."""

    days: int
    unanswered: list[UnansweredSearch]
    learned: list[LearnedTermReview]


class TermDecision(WireModel):
    """Adopt a term as a synonym of the guide, or reject a learned term (never learned
    again)."""

    guide_id: GuideId
    term: Annotated[str, StringConstraints(min_length=1, max_length=400)]


def _no_personal_data(value: str) -> str:
    reject_cpr(value)
    reject_contact_details(value)
    return value


class MissAdoption(WireModel):
    """Add the words of a search that found nothing (or led nowhere) to a guide's own
    synonyms; the search then leaves "Søgninger uden svar"."""

    query: Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=1, max_length=400),
        AfterValidator(_no_personal_data),
    ]
    guide_id: GuideId
