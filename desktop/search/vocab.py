"""The index vocabulary: term ids, loose keys, stems, prefixes, compounds and fuzzy lookup."""

from __future__ import annotations

from array import array
from bisect import bisect_left, insort
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .normalise import MIN_PART, english_stem, loose, split_compound, stem

#: How many completions a prefix of a given length may expand to (longer prefixes: the last).
_PREFIX_LIMITS = (20, 24, 40, 80, 160)
#: Above this many new words a finalise recomputes compounds from scratch.
_INCREMENTAL_MAX = 64
_MAX_COMPOUNDS_PER_PART = 100
#: Bits of :attr:`Vocabulary.origin`: where a word was indexed.
DANISH_TEXT = 1
ENGLISH_TEXT = 2


class Vocabulary:
    """Every indexed word (primary folding) with the lookups the query side needs.

    Phrase terms (whole titles, synonyms, situations and English terms, see
    :func:`normalise.phrase_of`) share the term ids but are found only by exact lookup in
    :attr:`tid` (no loose, prefix, stem, fuzzy or compound matching).

    A term id (tid) is the position of a word in :attr:`terms`. Words are never removed, so ids
    stay valid; document frequencies (:attr:`df`) drop to 0 when the last document goes.
    """

    def __init__(self) -> None:
        self.terms: list[str] = []
        self.tid: dict[str, int] = {}
        self.loose_of: list[str] = []
        self.stem_of: list[str] = []
        self.by_loose: dict[str, list[int]] = {}
        self.by_stem: dict[str, list[int]] = {}
        self.df = array("i")
        self.fields = bytearray()  # per term: bit f set when the word was indexed in field f
        self.origin = bytearray()  # per term: DANISH_TEXT / ENGLISH_TEXT, where it was indexed
        self.by_en_stem: dict[str, list[int]] = {}  # English stem → words of English text
        # derived, kept up to date by finalise()
        self._sorted: list[str] = []
        self._parts_of: dict[str, tuple[str, ...]] = {}
        self._compounds_of: dict[str, list[str]] = {}
        self._new: list[str] = []
        self._full_pending = True
        self._prefix_cache: dict[str, list[str]] = {}
        self._compound_cache: dict[str, list[str]] = {}
        self._buckets: dict[tuple[str, int], list[str]] | None = None

    def __len__(self) -> int:
        return len(self.terms)

    # -- building ---------------------------------------------------------------------------

    def intern(self, word: str) -> int:
        """The id of a primary-folded word, adding it when new."""
        tid = self.tid.get(word)
        if tid is not None:
            return tid
        tid = self._append(word, loose(word))
        key = self.loose_of[tid]
        self.stem_of[tid] = st = stem(key)
        group = self.by_loose.get(key)
        if group is None:
            self.by_loose[key] = [tid]
            self._new.append(key)
        else:
            group.append(tid)
        self.by_stem.setdefault(st, []).append(tid)
        return tid

    def intern_phrase(self, phrase: str) -> int:
        """The id of a phrase term (see :func:`normalise.phrase_of`), adding it when new.
        Phrases are found only by exact lookup in :attr:`tid`: no loose, stem, prefix,
        compound or fuzzy matching, so they stay out of those tables."""
        tid = self.tid.get(phrase)
        return self._append(phrase, phrase) if tid is None else tid

    def _append(self, term: str, key: str) -> int:
        tid = len(self.terms)
        self.terms.append(term)
        self.tid[term] = tid
        self.loose_of.append(key)
        self.stem_of.append(key)
        self.df.append(0)
        self.fields.append(0)
        self.origin.append(0)
        return tid

    def mark(self, tid: int, origin: int) -> None:
        """Record that a word was indexed in Danish text or in English search terms."""
        old = self.origin[tid]
        if old & origin == origin:
            return
        self.origin[tid] = old | origin
        if origin & ENGLISH_TEXT and not old & ENGLISH_TEXT and " " not in self.terms[tid]:
            self.by_en_stem.setdefault(english_stem(self.terms[tid]), []).append(tid)

    def invalidate(self) -> None:
        """Forget cached lookups that depend on document frequencies (after add/remove)."""
        if self._prefix_cache:
            self._prefix_cache.clear()
        if self._compound_cache:
            self._compound_cache.clear()

    def finalise(self) -> None:
        """Bring the sorted key list, compound parts and caches up to date after additions."""
        if not self._new and not self._full_pending:
            return
        new, self._new = self._new, []
        self.invalidate()
        if self._full_pending or len(new) > _INCREMENTAL_MAX:
            self._full_pending = False
            self._sorted = sorted(self.by_loose)
            self._parts_of = {}
            self._compounds_of = {}
            for key in self._sorted:
                self._split(key)
            self._buckets = None
            return
        for key in new:
            insort(self._sorted, key)
            if self._buckets is not None:
                self._buckets.setdefault((key[0], len(key)), []).append(key)
        redo = set(new)
        for key in new:
            if len(key) >= MIN_PART:
                redo.update(k for k in self._sorted if key in k and k != key)
        for key in sorted(redo):
            self._unsplit(key)
            self._split(key)

    def _split(self, key: str) -> None:
        parts = split_compound(key, self.by_loose)
        if parts is None or any(p.isdigit() for p in parts):
            return
        self._parts_of[key] = parts
        for part in set(parts):
            self._compounds_of.setdefault(part, []).append(key)

    def _unsplit(self, key: str) -> None:
        parts = self._parts_of.pop(key, None)
        for part in set(parts or ()):
            group = self._compounds_of.get(part)
            if group is not None and key in group:
                group.remove(key)

    # -- lookups ----------------------------------------------------------------------------

    def key_df(self, key: str) -> int:
        """Largest document frequency of the words with this loose key."""
        df = self.df
        return max((df[t] for t in self.by_loose.get(key, ())), default=0)

    def known(self, key: str) -> bool:
        """Whether a loose key is a word of a live document."""
        return self.key_df(key) > 0

    def known_in(self, key: str, origin: int) -> bool:
        """Whether a loose key is a word of a live document's Danish or English text."""
        df, where = self.df, self.origin
        return any(df[t] > 0 and where[t] & origin for t in self.by_loose.get(key, ()))

    def english_stem_terms(self, word: str) -> list[int]:
        """Live words of English search terms with the same English stem as ``word``."""
        df = self.df
        return [t for t in self.by_en_stem.get(english_stem(word), ()) if df[t] > 0]

    def stem_known(self, st: str) -> bool:
        """Whether some word of a live document has this stem."""
        df = self.df
        return any(df[t] > 0 for t in self.by_stem.get(st, ()))

    def prefix(self, prefix: str) -> list[str]:
        """Loose keys starting with ``prefix`` (not the prefix itself), most frequent first when
        there are more than the limit for the prefix length."""
        cached = self._prefix_cache.get(prefix)
        if cached is not None:
            return cached
        keys = self._sorted
        lo = bisect_left(keys, prefix)
        hi = bisect_left(keys, prefix + "\U0010ffff", lo)
        limit = _PREFIX_LIMITS[min(len(prefix), len(_PREFIX_LIMITS)) - 1]
        found = [k for k in keys[lo:hi] if k != prefix]
        if len(found) > limit:
            key_df = self.key_df
            found = sorted(found, key=lambda k: (-key_df(k), len(k), k))[:limit]
            found = [k for k in found if key_df(k) > 0]
        if len(prefix) <= 3:
            self._prefix_cache[prefix] = found
        return found

    def compounds(self, part: str) -> list[str]:
        """Indexed compound words (loose keys) that contain ``part`` as one of their parts,
        the most frequent first when there are many."""
        cached = self._compound_cache.get(part)
        if cached is not None:
            return cached
        found = self._compounds_of.get(part, [])
        if len(found) > _MAX_COMPOUNDS_PER_PART:
            key_df = self.key_df
            found = sorted(found, key=lambda k: (-key_df(k), k))[:_MAX_COMPOUNDS_PER_PART]
            self._compound_cache[part] = found
        return found

    def parts(self, key: str) -> tuple[str, ...] | None:
        """The parts of an indexed compound word, if it was split."""
        return self._parts_of.get(key)

    def fuzzy(self, key: str, max_dist: int, limit: int = 12) -> list[tuple[str, int]]:
        """Loose keys within ``max_dist`` edits (optimal string alignment: a swap of two
        neighbouring letters is one edit) of ``key``, closest and most frequent first."""
        buckets = self._buckets
        if buckets is None:
            buckets = {}
            for k in self._sorted:
                buckets.setdefault((k[0], len(k)), []).append(k)
            self._buckets = buckets
        n = len(key)
        choices: list[str] = []
        for length in range(max(MIN_PART, n - max_dist), n + max_dist + 1):
            choices.extend(buckets.get((key[0], length), ()))
        hits = process.extract(key, choices, scorer=OSA.distance, score_cutoff=max_dist, limit=None)
        key_df = self.key_df
        ranked = sorted(
            ((k, int(d)) for k, d, _ in hits if k != key and key_df(k) > 0),
            key=lambda kd: (kd[1], -key_df(kd[0]), kd[0]),
        )
        return ranked[:limit]

    def fuzzy_prefix(self, prefix: str, max_dist: int, limit: int = 12) -> list[tuple[str, int]]:
        """Loose keys whose beginning is within ``max_dist`` edits of an unfinished word."""
        n = len(prefix)
        heads: dict[str, list[str]] = {}
        lo = bisect_left(self._sorted, prefix[0])
        hi = bisect_left(self._sorted, prefix[0] + "\U0010ffff", lo)
        for k in self._sorted[lo:hi]:
            if len(k) >= n - max_dist:
                heads.setdefault(k[:n], []).append(k)
        hits = process.extract(
            prefix, list(heads), scorer=OSA.distance, score_cutoff=max_dist, limit=None
        )
        key_df = self.key_df
        ranked = sorted(
            ((k, int(d)) for h, d, _ in hits for k in heads[h] if key_df(k) > 0),
            key=lambda kd: (kd[1], -key_df(kd[0]), kd[0]),
        )
        return ranked[:limit]

    # -- persistence ------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Plain structures for :mod:`marshal` (the lookup dicts too: loading them is much
        faster than rebuilding them from the term lists)."""
        self.finalise()
        return {
            "terms": self.terms,
            "loose": self.loose_of,
            "stems": self.stem_of,
            "by_loose": self.by_loose,
            "by_stem": self.by_stem,
            "by_en_stem": self.by_en_stem,
            "df": self.df.tobytes(),
            "fields": bytes(self.fields),
            "origin": bytes(self.origin),
            "sorted": self._sorted,
            "parts": self._parts_of,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Vocabulary:
        """Rebuild from :meth:`state`."""
        voc = cls()
        voc.terms = state["terms"]
        voc.loose_of = state["loose"]
        voc.stem_of = state["stems"]
        voc.tid = dict(zip(voc.terms, range(len(voc.terms)), strict=True))
        voc.by_loose = state["by_loose"]
        voc.by_stem = state["by_stem"]
        voc.by_en_stem = state["by_en_stem"]
        voc.df = array("i")
        voc.df.frombytes(state["df"])
        voc.fields = bytearray(state["fields"])
        voc.origin = bytearray(state["origin"])
        voc._sorted = state["sorted"]
        voc._parts_of = state["parts"]
        compounds: dict[str, list[str]] = {}
        for key, parts in voc._parts_of.items():
            for part in set(parts):
                compounds.setdefault(part, []).append(key)
        voc._compounds_of = compounds
        voc._full_pending = False
        return voc
