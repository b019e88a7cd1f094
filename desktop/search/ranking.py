"""Scores documents for a query plan.

A matching (term, field) is worth ``quality × factor × (COVERAGE × c(field) + weight × idf)``:
match quality (exact > prefix > stem > fuzzy), the alternative's factor (synonym, compound split),
a coverage bonus for matching the slot at all, which is larger than any field weight, so documents
that match more of the query rank first (AND-ish with graceful degradation), and the field weight
scaled by a mild idf.
The coverage bonus shrinks a little for weak fields (c = 0.6 … 1.0), so a word found only in the
steps counts less than a word found in the title. Per slot the best alternative counts; a
multi-part alternative (compound parts, multi-word synonym) gives each matched part its share.
The document score is the sum over slots. Then small bonuses for titles that the query covers
well or that start with a query word, and a bounded multiplier for local usage.

Posting lists are combined with C-level dict updates: contributions are applied in ascending
order of value, so the final dict value per document is the maximum.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Sequence
from heapq import nlargest
from itertools import repeat
from operator import itemgetter

from .arrays import IntSeqStore
from .query import Alternative, Slot, Terms

#: Field weights in :data:`desktop.search.model.FIELDS` order: title, synonyms, guidance,
#: steps, area.
FIELD_WEIGHTS = (10.0, 7.0, 3.0, 1.5, 2.0)
FIELD_COVERAGE = tuple(0.6 + 0.04 * w for w in FIELD_WEIGHTS)
COVERAGE = 12.0
TITLE_BONUS = 2.0  # × share of the title's words that the query matched
TITLE_START_BONUS = 0.75  # the title's first word matched
SPREAD_BONUS = 0.25  # per further field that matched
FAQ_PRIOR = 0.97  # guides are the main content; FAQ entries win on their own words
USAGE_MAX = 0.1
_EXTRA_CANDIDATES = 40
_first = itemgetter(0)
_second = itemgetter(1)


class Scorer:
    """Scores one query plan against the postings of an index."""

    def __init__(self, postings: IntSeqStore, df: array[int], n_docs: int) -> None:
        self.postings = postings
        self.df = df
        self.log_n = math.log1p(max(n_docs, 1))
        self.n_docs = max(n_docs, 1)
        self.keys: set[int] = set()  # every posting key that contributed

    def idf(self, tid: int) -> float:
        """Mild inverse document frequency in [0.6, 1.0]."""
        df = max(self.df[tid], 1)
        return 0.6 + 0.4 * math.log1p(self.n_docs / df) / self.log_n

    def total(self, slots: Sequence[Slot]) -> dict[int, float]:
        """Document number → score before title and usage adjustments."""
        total: dict[int, float] = {}
        per_slot = sorted((self.slot(s) for s in slots), key=len, reverse=True)
        if not per_slot:
            return total
        total = per_slot[0]
        for scores in per_slot[1:]:
            get = total.get
            for doc, value in scores.items():
                total[doc] = get(doc, 0.0) + value
        return total

    def slot(self, slot: Slot) -> dict[int, float]:
        """Best alternative per document for one slot."""
        best: dict[int, float] | None = None
        for alt in slot.alternatives:
            scores = self.alternative(alt, slot.weight)
            if best is None:
                best = scores
                continue
            if len(scores) > len(best):
                best, scores = scores, best
            get = best.get
            for doc, value in scores.items():
                if value > get(doc, 0.0):
                    best[doc] = value
        return best or {}

    def alternative(self, alt: Alternative, weight: float) -> dict[int, float]:
        """Scores of one alternative; partial matches of a multi-part one get their share."""
        k = len(alt.parts)
        if k == 1:
            return self.part(alt.parts[0], alt.factor, COVERAGE * weight, alt.idf)
        per_part = [self.part(p, alt.factor / k, COVERAGE * weight, alt.idf) for p in alt.parts]
        per_part.sort(key=len, reverse=True)
        scores = dict(per_part[0])
        for part in per_part[1:]:
            get = scores.get
            for doc, value in part.items():
                scores[doc] = get(doc, 0.0) + value
        return scores

    def part(
        self, terms: Terms, factor: float, coverage: float, use_idf: bool = True
    ) -> dict[int, float]:
        """Per document the best (term, field) of
        ``quality × factor × (coverage × c(field) + weight × idf)``."""
        contributions: list[tuple[float, Sequence[int]]] = []
        get = self.postings.get
        keys = self.keys
        fields = tuple(zip(FIELD_WEIGHTS, FIELD_COVERAGE, strict=True))
        for tid, quality in terms.items():
            scale = factor * quality
            idf = self.idf(tid) if use_idf else 1.0
            base = tid << 3
            for field, (weight, cover) in enumerate(fields):
                docs = get(base | field)
                if len(docs):
                    contributions.append((scale * (coverage * cover + weight * idf), docs))
                    keys.add(base | field)
        contributions.sort(key=_first)
        scores: dict[int, float] = {}
        for value, docs in contributions:
            scores.update(zip(docs, repeat(value)))
        return scores


class Adjuster:
    """Final score of a leading candidate: title coverage, title start, field spread, kind
    prior and local usage."""

    def __init__(
        self,
        qkeys: set[int],
        forward: Callable[[int], Sequence[int]],
        ntitle: Sequence[int],
        first_title: Sequence[int],
        is_faq: Callable[[int], bool],
        boosts: dict[int, float],
    ) -> None:
        self.qkeys = qkeys
        self.forward = forward
        self.ntitle = ntitle
        self.first_title = first_title
        self.is_faq = is_faq
        self.boosts = boosts

    def matched_keys(self, doc: int) -> set[int]:
        """The document's posting keys that the query matched."""
        return self.qkeys.intersection(self.forward(doc))

    def __call__(self, doc: int, value: float) -> float:
        matched = self.matched_keys(doc)
        n = self.ntitle[doc]
        if n:
            title_hits = sum(1 for k in matched if k & 7 == 0)
            value += TITLE_BONUS * min(title_hits, n) / n
        if (self.first_title[doc] << 3) in matched:
            value += TITLE_START_BONUS
        value += SPREAD_BONUS * max(0, len({k & 7 for k in matched}) - 1)
        if self.is_faq(doc):
            value *= FAQ_PRIOR
        return value * self.boosts.get(doc, 1.0)


def top(
    total: dict[int, float],
    limit: int,
    adjust: Callable[[int, float], float],
) -> list[tuple[int, float]]:
    """The best ``limit`` documents after ``adjust``, best first.

    Only the leading candidates by raw score are adjusted; the adjustments are bounded, so a
    margin of extra candidates suffices.
    """
    leading = nlargest(limit + _EXTRA_CANDIDATES, total.items(), key=_second)
    adjusted = [(doc, adjust(doc, value)) for doc, value in leading]
    adjusted.sort(key=lambda dv: -dv[1])
    return adjusted[:limit]


def usage_boosts(counts: dict[int, int]) -> dict[int, float]:
    """Document number → score multiplier from local usage, log-scaled and bounded."""
    positive = {doc: c for doc, c in counts.items() if c > 0}
    if not positive:
        return {}
    scale = math.log1p(max(positive.values()))
    return {doc: 1.0 + USAGE_MAX * math.log1p(c) / scale for doc, c in positive.items()}
