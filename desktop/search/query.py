"""Turns query text into a plan: slots of alternatives of parts of weighted terms.

* A **slot** is one thing the user asked for (a word, or a phrase that is a synonym). Documents
  matching more slots rank higher (AND-ish with graceful degradation).
* A slot has **alternatives**: the word itself, its compound parts, synonym terms. The best
  alternative per document counts.
* An alternative has **parts** that should all match (a compound split into its parts, a
  multi-word synonym term); a document matching some of them gets that share of the slot.
* A part is a list of ``(term id, quality)``: the word expanded to the vocabulary by exact,
  loose (ae/a), prefix, stem, compound and fuzzy matching.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, product

from rapidfuzz.distance import OSA

from sync_server.protocol import SynonymGroup

from .normalise import (
    DANISH_MARKERS,
    ENGLISH_MARKERS,
    ENGLISH_STOPWORDS,
    MIN_PART,
    NEGATION,
    NEGATIONS,
    QUERY_STOPWORDS,
    STOPWORDS,
    english_stem,
    fold,
    loose,
    phrase_of,
    split_compound,
    stem,
    tokenise,
)
from .vocab import DANISH_TEXT, ENGLISH_TEXT, Vocabulary

EXACT = 1.0
LOOSE = 0.95
PREFIX = 0.85  # minus up to PREFIX_SPAN for a long completion
PREFIX_SPAN = 0.15
STEM = 0.8
COMPOUND = 0.7
STEM_PREFIX = 0.6
FUZZY = (1.0, 0.6, 0.45)  # by edit distance
SPLIT_FACTOR = 0.85
SYNONYM_FACTOR = 0.9
PHRASE_FACTOR = 0.5  # bonus for query words that hold a whole title, synonym or situation
ENTRY_STEP = 0.25  # … more for each further word of that entry
STOP_PREFIX_WEIGHT = 0.25
_STEM_PREFIX_LIMIT = 40
_LINKS = "se"  # Danish linking letters between compound parts
_MAX_WORDS = 16  # words of a query that are searched (a pasted paragraph stays fast)
_SUBSEQUENCE_WORDS = 10  # longer queries match phrases only as runs of adjacent words
_MEANINGS = 5  # stems tried per query word in phrases (its own, English, synonym terms)
_SHORT_PREFIX = 3  # a query of only this many first letters of a word is never a sure match
_TAIL = 4  # shortest known last part that an unknown compound is split at
HEAD_WEIGHT = 0.5  # how much a compound's last part counts for a whole entry ("charterferie")
_LONGEST_WORD = 40  # longer "words" (pasted garbage) are only looked up as they are
_FEW = 2  # fuzzy matching kicks in when the plain matches reach fewer documents than this
_SPLIT_BELOW = 5  # compound parts of a query word are searched when it is this rare or rarer
_EXPANSION_BUDGET = 8_000  # documents (summed) that a word's expansions may add
_EXPANSION_MIN = 1_000

Terms = dict[int, float]


@dataclass
class Alternative:
    """Parts that should all match, scaled by ``factor``."""

    parts: list[Terms]
    factor: float = 1.0
    idf: bool = True  # False for synonym terms: a lay word maps to a common official term


@dataclass
class Slot:
    """One requested concept; ``weight`` scales how much matching it counts. A ``bonus`` slot
    (a run of query words that is a whole title or synonym) only adds to what the words score."""

    alternatives: list[Alternative] = field(default_factory=list)
    weight: float = 1.0
    bonus: bool = False


@dataclass(frozen=True)
class _Word:
    pieces: tuple[str, ...]
    joined: str  # primary folding, hyphens removed
    key: str  # loose key
    prefix: bool  # the last, unfinished word
    stem: str


@dataclass(frozen=True)
class Phrase:
    """A municipality synonym: the loose keys of a lay phrase and the term it stands for."""

    keys: tuple[str, ...]
    stems: tuple[str, ...]
    term: str


#: synonym phrases by the first two letters of their first word, longest phrases first
PhraseTable = dict[str, list[Phrase]]


def compile_synonyms(groups: Sequence[SynonymGroup]) -> PhraseTable:
    """Prepare synonym groups for matching (each lay word/phrase, also split at hyphens)."""
    table: PhraseTable = {}
    for group in groups:
        for text in group.words:
            tokens = tokenise(text)
            variants = {tuple(loose("".join(t)) for t in tokens)}
            variants.add(tuple(loose(p) for t in tokens for p in t if p))
            for keys in sorted(variants):
                if keys and keys != (loose(fold(group.term)),):
                    phrase = Phrase(keys, tuple(stem(k) for k in keys), group.term)
                    table.setdefault(keys[0][:2], []).append(phrase)
    for phrases in table.values():
        phrases.sort(key=lambda p: -len(p.keys))
    return table


class Planner:
    """Builds the slots of a query against one vocabulary."""

    def __init__(self, vocab: Vocabulary, phrases: PhraseTable) -> None:
        self.vocab = vocab
        self.phrases = phrases
        self.english = False  # the query being planned is English
        self.content_words = 0  # words of the query that are not stop words
        self.heads: dict[str, str] = {}  # unknown compound → stem of its known last part
        self.entries: dict[int, float] = {}  # phrase term → size of the query's match of it
        self.short_prefix = False  # the query is only the first letters of some word
        self.short_exact: list[int] = []  # … and the terms that are that very word
        self.whole_words = False  # the query has words before the last
        self.stopwords = QUERY_STOPWORDS

    def plan(self, query: str) -> list[Slot]:
        """The slots of ``query``; empty when there is nothing to search for. A slot without
        alternatives is a word that matches nothing: it scores nothing, but a result that
        leaves it out answers less of the query (see :func:`ranking.confidence`)."""
        tokens = tokenise(query)[:_MAX_WORDS]
        if not tokens:
            return []
        open_end = not query[-1].isspace() and query.rstrip()[-1].isalnum()
        words = []
        for i, t in enumerate(tokens):
            key = loose("".join(t))
            st = stem(key) if len(key) <= _LONGEST_WORD else key
            words.append(_Word(t, "".join(t), key, open_end and i == len(tokens) - 1, st))
        self.english = self._is_english(words)
        self.whole_words = len(words) > 1
        if self.english:  # English function words go; Danish stop words may be content here
            self.stopwords = ENGLISH_STOPWORDS
            kept = [
                w
                for w in words
                if w.joined not in ENGLISH_STOPWORDS or w.prefix or w.joined in NEGATIONS
            ]  # negations stay for phrases ("don't want digital mail"), never as a slot
            words = kept or words
        else:
            self.stopwords = QUERY_STOPWORDS
        slots: list[Slot] = []
        seen: set[tuple[str, bool]] = set()
        meanings: dict[int, dict[str, float]] = {}  # word → other stems it stands for, weighted
        i = 0
        while i < len(words):
            span, terms = self._synonym_at(words, i)
            if span:
                slots.append(self._synonym_slot(words[i : i + span], terms))
                if span == 1:  # the one-word terms it stands for count as the word itself
                    meanings[i] = {
                        stem(loose(fold(t))): 1.0 for t in terms if len(tokenise(t)) == 1
                    }
                i += span
                continue
            if i + 1 < len(words):
                joined = self._joined(words[i], words[i + 1])
                if joined:  # "kontant hjælp" for "kontanthjælp"
                    slots.append(self._joined_slot(words[i], words[i + 1], joined))
                    i += 2
                    continue
            word = words[i]
            i += 1
            if (word.key, word.prefix) in seen:
                continue
            seen.add((word.key, word.prefix))
            weak = word.joined in self.stopwords or (len(word.key) < 2 and not word.key.isdigit())
            if weak and not word.prefix:
                continue  # a finished stop word or a lone letter
            slot = Slot(self._word_alternatives(word))
            if weak and len(words) > 1:
                slot.weight = STOP_PREFIX_WEIGHT  # "pas til" while typing "til…": optional
            slots.append(slot)
        for i, word in enumerate(words):
            head = self.heads.get(word.key)
            if head:
                meanings.setdefault(i, {}).setdefault(head, HEAD_WEIGHT)
        self.short_prefix = (
            len(words) == 1 and words[0].prefix and len(words[0].key) <= _SHORT_PREFIX
        )
        if self.short_prefix:  # the word itself, if it is one ("pas"), makes a sure match
            self.short_exact = list(self.vocab.by_loose.get(words[0].key, ()))
        slots.extend(self._phrase_slots(words, meanings))
        return slots  # a slot without alternatives (nothing matched) counts for confidence

    def _phrase_slots(
        self, words: list[_Word], meanings: dict[int, dict[str, float]]
    ) -> list[Slot]:
        """One bonus slot for the multi-word titles and synonyms, and the situations and English
        terms (one word or more), of documents whose words the query has: in any order, inflected
        or not, or through a synonym ("kan ikke komme ud af huset for at stemme" has the
        situation "kan ikke komme ud og stemme"; "ferie i Polen" has "ferie i udlandet"); not
        necessarily adjacent in queries of up to :data:`_SUBSEQUENCE_WORDS` words. A document's
        largest such entry counts (see :data:`ENTRY_STEP`). :attr:`entries` keeps each matched
        entry's size, a word matched only by a compound's last part counting
        :data:`HEAD_WEIGHT`."""
        stop = self.stopwords
        options: list[list[tuple[str, float]]] = []
        for i, w in enumerate(words):
            if (w.joined in stop and w.joined not in NEGATIONS) or len(w.key) < 2:
                continue
            weights = dict(meanings.get(i, {}))
            if w.joined in NEGATIONS:
                weights = {NEGATION: 1.0}
            else:
                weights[w.stem] = 1.0
                if self.english:
                    weights[english_stem(w.joined)] = 1.0
            options.append(sorted(weights.items(), key=lambda sw: (-sw[1], sw[0]))[:_MEANINGS])
        self.content_words = n_words = len(options)
        sizes = range(min(6, n_words), 0, -1)
        if n_words <= _SUBSEQUENCE_WORDS:
            runs: Iterable[tuple[int, ...]] = (
                run for n in sizes for run in combinations(range(n_words), n)
            )
        else:
            runs = (tuple(range(i, i + n)) for n in sizes for i in range(n_words - n + 1))
        known = self.vocab.tid.get
        found: dict[int, Terms] = {}  # entry size → phrase terms of that size
        entries = self.entries
        for run in runs:
            for variant in product(*(options[i] for i in run)):
                tid = known(phrase_of([st for st, _w in variant]))
                if tid is None:
                    continue
                size = sum(w for _st, w in variant)
                if size < 1:  # a one-word entry only through a compound's last part: no
                    continue  # evidence ("papirpost" is not the English term "post")
                if size > entries.get(tid, 0.0):
                    if tid not in entries:
                        found.setdefault(len(run), {})[tid] = EXACT
                    entries[tid] = size
        if not found:
            return []
        alternatives = [
            Alternative([terms], PHRASE_FACTOR * (1 + ENTRY_STEP * (size - 1)))
            for size, terms in sorted(found.items())
        ]
        return [Slot(alternatives, bonus=True)]

    def _is_english(self, words: list[_Word]) -> bool:
        """Whether the query is English: more of its words are English function words or words
        only of English search terms than Danish stop words or words only of Danish text."""
        vocab = self.vocab
        english = danish = 0
        for word in words:
            if word.joined in ENGLISH_MARKERS:
                english += 1
            elif word.joined in DANISH_MARKERS:
                danish += 1
            elif word.joined in STOPWORDS:
                continue
            else:
                in_english = vocab.known_in(word.key, ENGLISH_TEXT) or bool(
                    vocab.english_stem_terms(word.joined)
                )
                in_danish = vocab.known_in(word.key, DANISH_TEXT)
                if in_english and not in_danish:
                    english += 1
                elif in_danish and not in_english:
                    danish += 1
        return english > danish

    def _joined(self, first: _Word, second: _Word) -> str | None:
        """The indexed word that two query words make when written together, if any."""
        if first.prefix or min(len(first.key), len(second.key)) < 2:
            return None
        if first.joined in self.stopwords or second.joined in self.stopwords:
            return None
        for link in ("", "s", "e"):
            key = first.key + link + second.key
            if self.vocab.known(key):
                return key
        return None

    def _joined_slot(self, first: _Word, second: _Word, joined: str) -> Slot:
        both = [self._budget(self._expand(w.joined, w.key, w.prefix)) for w in (first, second)]
        whole = self._budget(self._expand(joined, joined, second.prefix))
        return Slot([a for a in (Alternative(both), Alternative([whole])) if any(a.parts)])

    # -- synonyms ---------------------------------------------------------------------------

    def _synonym_at(self, words: list[_Word], i: int) -> tuple[int, dict[str, float]]:
        """The longest synonym phrase starting at word ``i``: its length and the terms it
        stands for, each with the quality of the match (lower when matched by prefix)."""
        span, terms = 0, dict[str, float]()
        # a typo in the first two letters of a synonym's first word is not recognised
        for phrase in self.phrases.get(words[i].key[:2], ()):
            n = len(phrase.keys)
            if (span and n < span) or i + n > len(words):
                continue
            quality = 1.0
            for j in range(n):
                quality = min(
                    quality, _phrase_word_quality(words[i + j], phrase.keys[j], phrase.stems[j], n)
                )
                if not quality:
                    break
            if quality:
                if n > span:
                    span, terms = n, {}
                terms[phrase.term] = max(quality, terms.get(phrase.term, 0.0))
        return span, terms

    def _synonym_slot(self, words: list[_Word], terms: dict[str, float]) -> Slot:
        if len(words) == 1:
            alts = self._word_alternatives(words[0])
        else:
            alts = [
                Alternative([self._budget(self._expand(w.joined, w.key, w.prefix)) for w in words])
            ]
        for term, quality in terms.items():
            parts = [
                self._expand(joined, loose(joined), False, rich=False)
                for joined in ("".join(t) for t in tokenise(term))
                if joined not in STOPWORDS
            ]
            if parts:
                alts.append(Alternative(parts, SYNONYM_FACTOR * quality, idf=False))
        return Slot([a for a in alts if all(a.parts)])

    # -- words ------------------------------------------------------------------------------

    def _word_alternatives(self, word: _Word) -> list[Alternative]:
        vocab = self.vocab
        if len(word.key) > _LONGEST_WORD:  # no real word: exact matches only
            exact = dict.fromkeys(vocab.by_loose.get(word.key, ()), EXACT)
            return [Alternative([exact])] if exact else []
        whole = self._expand(word.joined, word.key, word.prefix)
        plain_docs = sum(vocab.df[t] for t, q in whole.items() if q >= STEM_PREFIX)
        if plain_docs < _FEW and len(word.key) >= 4:
            self._add_fuzzy(word, whole)
        alts = [Alternative([self._budget(whole)])] if whole else []
        word_docs = sum(vocab.df[t] for t, q in whole.items() if q >= STEM)
        # an English word is no Danish compound ("parking" is not "park|ing")
        splittable = word_docs < _SPLIT_BELOW and not (self.english and len(word.pieces) == 1)
        split = self._split(word) if splittable else []
        if split:
            parts = [self._budget(self._expand(p, p, prefix)) for p, prefix in split]
            if any(parts):  # an unknown part only lowers the share ("pas|fornyelse")
                alts.append(Alternative(parts, SPLIT_FACTOR))
                if parts[-1] and not split[-1][1]:  # "charterferie" is a kind of "ferie"
                    self.heads[word.key] = stem(split[-1][0])
        return alts

    def _budget(self, terms: Terms) -> Terms:
        """Bound the work for common words: keep the word itself (exact, ae/a spellings and
        inflections) and add the best other expansions while the documents they add stay within
        the budget (less budget the more documents the word itself has)."""
        df = self.vocab.df
        own = sum(df[t] for t, q in terms.items() if q >= STEM)
        budget = max(_EXPANSION_MIN, _EXPANSION_BUDGET - own)
        if sum(df[t] for t, q in terms.items() if q < STEM) <= budget:
            return terms
        kept: Terms = {}
        used = 0
        for tid, quality in sorted(terms.items(), key=lambda tq: (-tq[1], -df[tq[0]], tq[0])):
            if quality >= STEM:
                kept[tid] = quality
            elif used < budget:
                kept[tid] = quality
                used += df[tid]
        return kept

    def _split(self, word: _Word) -> list[tuple[str, bool]]:
        """Compound parts of a query word as ``(loose key, match as prefix)``."""
        if len(word.pieces) > 1:
            pieces = [loose(p) for p in word.pieces if len(p) >= 2 and p not in self.stopwords]
            return [(p, False) for p in pieces] if len(pieces) > 1 else []
        parts = split_compound(word.key, self.vocab.known, self._known_or_stem)
        if parts:
            return [(p, False) for p in parts]
        return self._head_split(word.key)

    def _known_or_stem(self, key: str) -> bool:
        return self.vocab.known(key) or self.vocab.stem_known(stem(key))

    def _head_split(self, key: str) -> list[tuple[str, bool]]:
        """Splits with one unknown part: an unknown head that begins known words plus a known
        last part ("sygesikrings|kortet" → prefix "sygesikring…" and "kortet"), else the longest
        known first part ("pas|fornyelse" when "fornyelse" is not indexed), else the longest
        known last part of at least four letters ("charter|ferie")."""
        for cut in range(4, len(key) - MIN_PART + 1):
            tail = key[cut:]
            if not self._known_or_stem(tail):
                continue
            head = key[:cut]
            for h in (head, head[:-1]) if head[-1] in _LINKS else (head,):
                if len(h) >= 4 and (self.vocab.known(h) or self.vocab.prefix(h)):
                    return [(h, True), (tail, False)]
        for cut in range(len(key) - MIN_PART, MIN_PART - 1, -1):
            head = key[:cut]
            if self.vocab.known(head):
                linked = key[cut] in _LINKS and len(key) - cut > MIN_PART
                return [(head, False), (key[cut + 1 :] if linked else key[cut:], False)]
        for cut in range(MIN_PART, len(key) - _TAIL + 1):
            if self._known_or_stem(key[cut:]):
                return [(key[:cut], False), (key[cut:], False)]
        return []

    def _expand(self, joined: str, key: str, prefix: bool, rich: bool = True) -> Terms:
        """A word's matching terms with their quality: exact, ae/a spellings and stem, and when
        ``rich`` also prefix completions (if ``prefix``), stem completions and compounds."""
        vocab = self.vocab
        out: Terms = {}

        def put(keys: Sequence[str], quality: float) -> None:
            for k in keys:
                for tid in vocab.by_loose.get(k, ()):
                    if quality > out.get(tid, 0.0):
                        out[tid] = quality

        for tid in vocab.by_loose.get(key, ()):
            out[tid] = EXACT if vocab.terms[tid] == joined else LOOSE
        st = stem(key)
        for tid in vocab.by_stem.get(st, ()):
            if out.get(tid, 0.0) < STEM:
                out[tid] = STEM
        if self.english:  # "renewing" → "renew", "licences" → "licence"
            for tid in vocab.english_stem_terms(joined):
                if out.get(tid, 0.0) < STEM:
                    out[tid] = STEM
        if not rich:
            return out
        complete = joined in vocab.tid and vocab.df[vocab.tid[joined]] > 0  # as typed, not loose
        if prefix and not (self.whole_words and len(key) <= _SHORT_PREFIX and complete):
            # the last word may be unfinished, but a short word after others that is a word
            # already ("arbejde i en anden by") is taken as it is
            n = len(key)
            for k in vocab.prefix(key):
                extra = min(1.0, (len(k) - n) / 10)
                put((k,), PREFIX - PREFIX_SPAN * extra)
        if st != key and len(st) >= 4:  # "flytter" → flyt… → "flytning"
            put(vocab.prefix(st)[:_STEM_PREFIX_LIMIT], STEM_PREFIX)
        put(vocab.compounds(key), COMPOUND)
        if st != key:
            put(vocab.compounds(st), COMPOUND * STEM)
        return out

    def _add_fuzzy(self, word: _Word, out: Terms) -> None:
        vocab = self.vocab
        key = word.key
        max_dist = 1 if len(key) <= 7 else 2
        found = vocab.fuzzy(key, max_dist)
        scale = 1.0
        if not found and word.prefix and len(key) >= 5:
            found = vocab.fuzzy_prefix(key, 1)
            scale = PREFIX  # a completion: never as good as the word itself
        for k, dist in found:
            quality = FUZZY[dist] * scale
            for tid in vocab.by_loose.get(k, ()):
                if quality > out.get(tid, 0.0):
                    out[tid] = quality
            for ck in vocab.compounds(k):
                for tid in vocab.by_loose.get(ck, ()):
                    out.setdefault(tid, quality * COMPOUND)


def _phrase_word_quality(word: _Word, key: str, st: str, phrase_len: int) -> float:
    """How well a query word matches a word of a synonym phrase (0: not at all)."""
    if word.key == key:
        return EXACT
    if len(key) >= 4 and word.stem == st:
        return LOOSE  # an inflected form of the lay word means the same
    # an unfinished word stands for a one-word synonym only once most of it is typed
    min_len = 2 if phrase_len > 1 else max(4, (len(key) * 3 + 4) // 5)
    if word.prefix and len(word.key) >= min_len and key.startswith(word.key):
        return PREFIX - PREFIX_SPAN * min(1.0, (len(key) - len(word.key)) / 10)
    if phrase_len > 1 and len(key) >= 4 and OSA.distance(word.key, key, score_cutoff=1) <= 1:
        return FUZZY[1]  # "gule kort" for "gult kort"
    return 0.0
