"""Scores documents for a query plan.

A matching (term, field) is worth ``quality × factor × idf × (COVERAGE × c(field) + weight)``:
match quality (exact > prefix > stem > fuzzy), the alternative's factor (synonym, compound split),
a mild idf of the query word (0.6 … 1.0; 1 for a municipality synonym's term, which is usually a
much commoner word than the lay word typed), a coverage bonus for matching the slot at all, which
is larger than any field weight, so documents that match more of the query rank first (AND-ish
with graceful degradation), and the field weight.
The coverage bonus shrinks a little for weak fields (c = 0.75 … 1.0), so a word found only in the
steps counts less than a word found in the title. Per slot the best alternative counts; a
multi-part alternative (compound parts, multi-word synonym) gives each matched part its share.
The document score is the sum over slots. Then small bonuses for titles that the query covers
well or that start with a query word, and a bounded multiplier for local usage.

Posting lists are combined with C-level dict updates: contributions are applied in ascending
order of value, so the final dict value per document is the maximum.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass
from heapq import nlargest
from itertools import repeat
from operator import add, itemgetter

from .arrays import IntSeqStore
from .query import STEM, Slot, Terms
from .vocab import Vocabulary

#: Field weights in :data:`desktop.search.model.FIELDS` order: title, synonyms, guidance,
#: steps, area, situations, English search terms.
FIELD_WEIGHTS = (10.0, 7.0, 3.0, 1.5, 2.0, 6.0, 7.0)
FIELD_COVERAGE = tuple(0.7 + 0.03 * w for w in FIELD_WEIGHTS)
COVERAGE = 12.0
_FIELDS = tuple(zip(range(len(FIELD_WEIGHTS)), FIELD_WEIGHTS, FIELD_COVERAGE, strict=True))
#: rank of each field by weight (0: best)
_FIELD_RANK = tuple(
    sorted(range(len(FIELD_WEIGHTS)), key=lambda f: -FIELD_WEIGHTS[f]).index(f)
    for f in range(len(FIELD_WEIGHTS))
)


TITLE_BONUS = 2.0  # × share of the title's words that the query matched
TITLE_START_BONUS = 0.75  # the title's first word matched
SPREAD_BONUS = 0.25  # per further field that matched
FAQ_PRIOR = 0.97  # guides are the main content; FAQ entries win on their own words
USAGE_MAX = 0.1
#: the most the adjustments can add before the usage multiplier to a document that has no
#: query word in a strong field (no title bonuses; spread over the four weak fields:
#: guidance, steps, area and situations)
WEAK_ADJUST_MAX = SPREAD_BONUS * 3
EXTRA_CANDIDATES = 40
#: Confidence is a result's score as a share of what a document matching every word of the
#: query exactly in its title scores before bonuses. Results below the cut are weak: they match
#: only part of the query, only loosely (typos, stray compound parts) or only in body text.
#: Calibrated on the tuning part of the starter library's query set.
WEAK_BELOW = 0.5
LONG_QUERY_SHARE = 0.5  # how much the third and further words of a query count
_TITLE_SLOT = COVERAGE * FIELD_COVERAGE[0] + FIELD_WEIGHTS[0]  # one word, exact, in the title
_STRONG_WEIGHT = 7.0  # title, synonyms and English search terms
_CHEAP_SHARE = 4  # a slot is cheap when it costs at most a quarter of the dearest one
_first = itemgetter(0)


def best_field_keys(keys: Iterable[int]) -> list[int]:
    """Of a document's posting keys (``tid << 3 | field``), the best-weighted field per term."""
    rank = _FIELD_RANK
    best: dict[int, int] = {}
    for key in keys:
        tid, field = key >> 3, key & 7
        old = best.get(tid)
        if old is None or rank[field] < rank[old]:
            best[tid] = field
    return [tid << 3 | field for tid, field in best.items()]


@dataclass
class _Part:
    """The posting lists of one part with their values, ascending (applied in that order, the
    last write per document is its maximum)."""

    contributions: list[tuple[float, Sequence[int], bool]]  # value, documents, strong field
    low: float  # highest value from a weak field (guidance, steps, area)
    cost: int  # postings


_Plan = list[list[_Part]]  # a slot: alternatives of parts


class Scorer:
    """Scores one query plan against the postings of an index.

    With several slots it first scores the documents of the cheap slots (rare words) plus every
    document that has a word of an expensive slot in a strong field (title, synonyms, English
    terms; situations are many and wordy, so they count as weak here), reading the expensive
    slots only for those. If the ``need``-th best of them beats what any other document could
    reach (weak-field matches of the expensive slots, plus the largest adjustment a document
    without strong-field matches can get), that is the answer; otherwise it
    scores every slot in full. The result is the same either way.
    """

    def __init__(
        self,
        postings: IntSeqStore,
        vocab: Vocabulary,
        n_docs: int,
        exhaustive: bool = False,
        scope: frozenset[int] | None = None,
    ) -> None:
        self.postings = postings
        self.exhaustive = exhaustive  # never prune (tests compare both ways)
        self.scope = scope  # only these documents are scored (None: every one)
        self.df = vocab.df
        self.fields = vocab.fields
        self.log_n = math.log1p(max(n_docs, 1))
        self.n_docs = max(n_docs, 1)
        self.keys: set[int] = set()  # every posting key of the query's terms
        self.bonus: dict[int, float] = {}  # document number → score of the bonus slots

    def idf(self, terms: Terms) -> float:
        """Mild inverse document frequency in [0.6, 1.0] of what a part asks for: the documents
        of the word itself (exact, ae/a spellings, inflections), or of all its expansions when
        the word itself is not indexed. So "hjælp" is as common in "begravelseshjælp" as alone."""
        df = self.df
        own = sum(df[t] for t, q in terms.items() if q >= STEM)
        count = own or sum(df[t] for t in terms)
        count = min(max(count, 1), self.n_docs)
        return 0.6 + 0.4 * math.log1p(self.n_docs / count) / self.log_n

    def total(self, slots: Sequence[Slot], need: int) -> dict[int, float]:
        """Document number → score before adjustments; complete for the best ``need``. What
        the bonus slots (whole entries) add is also kept apart in :attr:`bonus`."""
        plans: list[_Plan] = []
        for slot in slots:
            plan = self._plan(slot)
            if slot.bonus and plan:  # few postings: cheap to score once more on its own
                _merge(self.bonus, self._slot(plan, None), add)
            if len(plan) == 1 and len(plan[0]) > 1:
                plans.extend([[part]] for part in plan[0])  # parts simply add up, like slots
            elif plan:
                plans.append(plan)
        if not plans:
            return {}
        if len(plans) > 1 and not self.exhaustive:
            pruned = self._pruned(plans, need)
            if pruned is not None:
                return pruned
        per_slot = sorted((self._slot(p, None) for p in plans), key=len, reverse=True)
        total = per_slot[0]
        for scores in per_slot[1:]:
            _merge(total, scores, add)
        return total

    def _pruned(self, plans: list[_Plan], need: int) -> dict[int, float] | None:
        costs = [sum(part.cost for alt in plan for part in alt) for plan in plans]
        cheap = [i for i, cost in enumerate(costs) if cost * _CHEAP_SHARE <= max(costs)]
        if not cheap or len(cheap) == len(plans):
            cheap = [min(range(len(plans)), key=costs.__getitem__)]
        total = self._slot(plans[cheap[0]], None)
        for i in cheap[1:]:
            _merge(total, self._slot(plans[i], None), add)
        candidates = set(total)
        keep = None if self.scope is None else self.scope.__contains__
        bound = 0.0
        for i, plan in enumerate(plans):
            if i in cheap:
                continue
            bound += max(sum(part.low for part in alt) for alt in plan)
            for alt in plan:
                for part in alt:
                    for _value, docs, strong in part.contributions:
                        if strong:
                            candidates.update(docs if keep is None else filter(keep, docs))
        if len(candidates) < need:
            return None
        for i, plan in enumerate(plans):
            if i not in cheap:
                _merge(total, self._slot(plan, candidates), add)
        if len(total) < need:
            return None
        theta = nlargest(need, total.values())[-1]
        if theta * FAQ_PRIOR <= (bound + WEAK_ADJUST_MAX) * (1 + USAGE_MAX):
            return None
        return total

    def _plan(self, slot: Slot) -> _Plan:
        plan = []
        for alt in slot.alternatives:
            k = len(alt.parts)
            plan.append(
                [self._part(p, alt.factor / k, COVERAGE * slot.weight, alt.idf) for p in alt.parts]
            )
        return plan

    def _part(self, terms: Terms, factor: float, coverage: float, use_idf: bool) -> _Part:
        """Contributions ``quality × factor × idf × (coverage × c(field) + weight)``."""
        contributions: list[tuple[float, Sequence[int], bool]] = []
        get = self.postings.get
        keys = self.keys
        present = self.fields
        low = 0.0
        cost = 0
        idf = self.idf(terms) if use_idf else 1.0
        for tid, quality in terms.items():
            scale = factor * quality
            base = tid << 3
            mask = present[tid]
            for field, weight, cover in _FIELDS:
                keys.add(base | field)  # every field, for the matched fields and title bonus
                if mask >> field & 1:
                    docs = get(base | field)
                    if len(docs):
                        value = scale * idf * (coverage * cover + weight)
                        strong = weight >= _STRONG_WEIGHT
                        contributions.append((value, docs, strong))
                        cost += len(docs)
                        if not strong and value > low:
                            low = value
        contributions.sort(key=_first)
        return _Part(contributions, low, cost)

    def _slot(self, plan: _Plan, only: Set[int] | None) -> dict[int, float]:
        """Best alternative per document (restricted to ``only`` when given, else to the
        scope)."""
        if only is None:
            only = self.scope
        per_alt = []
        for alt in plan:
            per_part = sorted((_scores(p, only) for p in alt), key=len, reverse=True)
            scores = per_part[0]
            for other in per_part[1:]:
                _merge(scores, other, add)
            per_alt.append(scores)
        per_alt.sort(key=len)
        best = per_alt.pop()
        for scores in per_alt:
            _merge(best, scores, max)
        return best


def _scores(part: _Part, only: Set[int] | None) -> dict[int, float]:
    scores: dict[int, float] = {}
    if only is None:
        for value, docs, _strong in part.contributions:
            scores.update(zip(docs, repeat(value)))
    else:
        keep = only.__contains__
        for value, docs, _strong in part.contributions:
            scores.update(zip(filter(keep, docs), repeat(value)))
    return scores


def _merge(into: dict[int, float], other: dict[int, float], op: Callable[..., float]) -> None:
    """``into[d] = op(into[d], other[d])``, a missing ``into[d]`` counting as 0."""
    get = into.get
    if op is add:  # the specialised loops are faster than map/zip tricks in CPython 3.11
        for doc, value in other.items():
            into[doc] = get(doc, 0.0) + value
    else:
        for doc, value in other.items():
            if value > get(doc, 0.0):
                into[doc] = value


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


def confidence(score: float, slots: Sequence[Slot]) -> float:
    """A result's score as a share of the ideal for the query (see :data:`WEAK_BELOW`)."""
    asked = sum(s.weight for s in slots if not s.bonus)
    if asked > 2:  # a long question carries context words no guide has
        asked = 2 + LONG_QUERY_SHARE * (asked - 2)
    return score / (asked * _TITLE_SLOT) if asked else 0.0


def top(
    total: dict[int, float],
    limit: int,
    adjust: Callable[[int, float], float],
) -> list[tuple[int, float]]:
    """The best ``limit`` documents after ``adjust``, best first.

    Only the leading candidates by raw score are adjusted (ties in document order); the
    adjustments are small and bounded, so a margin of extra candidates suffices.
    """
    leading = leaders(total, limit + EXTRA_CANDIDATES)
    adjusted = [(doc, adjust(doc, total[doc])) for doc in leading]
    adjusted.sort(key=lambda dv: (-dv[1], dv[0]))
    return adjusted[:limit]


def leaders(scores: dict[int, float], n: int) -> list[int]:
    """The ``n`` documents with the highest scores (ties: lower document number first)."""
    if len(scores) <= n:
        return list(scores)
    threshold = nlargest(n, scores.values())[-1]
    out = [doc for doc, value in scores.items() if value >= threshold]
    if len(out) > n:
        above = [doc for doc in out if scores[doc] > threshold]
        ties = sorted(doc for doc in out if scores[doc] == threshold)
        out = above + ties[: n - len(above)]
    return out


def usage_boosts(counts: dict[int, int]) -> dict[int, float]:
    """Document number → score multiplier from local usage, log-scaled and bounded."""
    positive = {doc: c for doc, c in counts.items() if c > 0}
    if not positive:
        return {}
    scale = math.log1p(max(positive.values()))
    return {doc: 1.0 + USAGE_MAX * math.log1p(c) / scale for doc, c in positive.items()}
