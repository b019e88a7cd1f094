"""The search index: an inverted index of folded words with per-field posting lists."""

from __future__ import annotations

import marshal
import threading
from array import array
from bisect import bisect_left
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

from sync_server.protocol import SynonymGroup

from .arrays import IntSeqStore
from .model import (
    ENGLISH,
    ENTRY_FIELDS,
    FIELDS,
    PHRASE_FIELDS,
    STRONG_FIELDS,
    TITLE,
    DocKind,
    SearchDoc,
    SearchHit,
)
from .normalise import ENGLISH_STOPWORDS, QUERY_STOPWORDS, STOPWORDS, phrase_key, tokenise
from .query import PhraseTable, Planner, compile_synonyms
from .ranking import (
    EXTRA_CANDIDATES,
    WEAK_BELOW,
    Adjuster,
    Scorer,
    best_field_keys,
    confidence,
    top,
    usage_boosts,
)
from .vocab import DANISH_TEXT, ENGLISH_TEXT, Vocabulary

_MAGIC = b"VVSEARCH2\n"  # format of dumps(); bump when the state layout changes


class SearchIndex:
    """Search-as-you-type over guides and technical FAQ entries.

    Documents are identified by ``(kind, id)``. Internally each gets a document number that is
    never reused; posting keys are ``term id << 3 | field``. A document is posted only under
    the best field it has a word in (that is the field that scores); the forward index keeps
    every field, for the matched fields of a hit and for removal. :meth:`add`, :meth:`remove`
    and :meth:`search` take a lock, so they may be called from different threads.
    """

    def __init__(self) -> None:
        self._vocab = Vocabulary()
        self._postings = IntSeqStore()  # posting key → document numbers
        self._forward = IntSeqStore()  # document number → its posting keys (sorted)
        self._ids: list[str | None] = []
        self._kinds: list[DocKind | None] = []
        self._titles: list[str | None] = []
        self._ntitle = array("H")  # number of distinct title words per document
        self._first_title = array("i")  # term id of the first title word (-1: none)
        self._numbers: dict[tuple[str, str], int] = {}
        self._groups: list[SynonymGroup] = []
        self._phrases: PhraseTable = {}
        self._usage: dict[str, int] = {}
        self._boosts: dict[int, float] | None = None
        self._lock = threading.RLock()
        self._exhaustive = False  # tests: score every candidate (no pruning)
        self._scopes: dict[Hashable, frozenset[int]] = {}  # scope key → document numbers

    def __len__(self) -> int:
        return len(self._numbers)

    def __contains__(self, item: object) -> bool:
        return item in self._numbers

    # -- documents --------------------------------------------------------------------------

    def add(self, doc: SearchDoc) -> None:
        """Index a document, replacing an earlier one with the same ``(kind, id)``."""
        if doc.kind not in ("guide", "faq"):
            raise ValueError(f"unknown document kind: {doc.kind!r}")
        with self._lock:
            self.remove(doc.kind, doc.id)
            keys, phrases, first_title = self._analyse(doc)
            number = len(self._ids)
            self._ids.append(doc.id)
            self._kinds.append(doc.kind)
            self._titles.append(doc.title)
            self._ntitle.append(min(sum(1 for k in keys if k & 7 == TITLE), 65535))
            keys |= phrases  # phrase terms do not count as title words
            self._first_title.append(first_title)
            self._numbers[(doc.kind, doc.id)] = number
            self._scopes.clear()
            postings = self._postings
            fields_of = self._vocab.fields
            for key in best_field_keys(keys):
                postings.append(key, number)
                fields_of[key >> 3] |= 1 << (key & 7)
            df = self._vocab.df
            for tid in {k >> 3 for k in keys}:
                df[tid] += 1
            self._vocab.invalidate()
            self._forward.put(number, array("i", sorted(keys)))
            self._boosts = None

    def _analyse(self, doc: SearchDoc) -> tuple[set[int], set[int], int]:
        """Posting keys of a document's words, of its phrase terms, and its first title word."""
        vocab = self._vocab
        intern, known, mark = vocab.intern, vocab.tid.get, vocab.mark
        keys: set[int] = set()
        phrases: set[int] = set()
        first_title = -1
        texts: list[Sequence[str]] = [
            (doc.title,),
            doc.synonyms,
            ("\n".join(doc.guidance),),
            ("\n".join(doc.steps),),
            (doc.area,),
            doc.situations,
            doc.english,
        ]
        for field, field_texts in enumerate(texts):
            english = field == ENGLISH
            stopwords = ENGLISH_STOPWORDS if english else STOPWORDS
            phrase_stops = ENGLISH_STOPWORDS if english else QUERY_STOPWORDS
            origin = ENGLISH_TEXT if english else DANISH_TEXT
            for text in field_texts:
                if not text:
                    continue
                tokens = tokenise(text)
                for pieces in tokens:
                    if len(pieces) == 1:
                        word = pieces[0]
                        if (len(word) < 2 and not word.isdigit()) or word in stopwords:
                            continue
                        tid = known(word)
                        if tid is None:
                            tid = intern(word)
                        keys.add(tid << 3 | field)
                        mark(tid, origin)
                    else:
                        words = _index_words(pieces, stopwords)
                        if not words:
                            continue
                        for word in words:
                            tid = intern(word)
                            keys.add(tid << 3 | field)
                            mark(tid, origin)
                        tid = intern(words[0])
                    if first_title < 0 and field == TITLE:
                        first_title = tid
                if field in PHRASE_FIELDS:
                    phrase = phrase_key(tokens, phrase_stops, english, field in ENTRY_FIELDS)
                    if phrase:
                        phrases.add(vocab.intern_phrase(phrase) << 3 | field)
        return keys, phrases, first_title

    def remove(self, kind: str, doc_id: str) -> None:
        """Remove a document; unknown ones are ignored."""
        with self._lock:
            number = self._numbers.pop((kind, doc_id), None)
            if number is None:
                return
            self._scopes.clear()
            keys = self._forward.get(number)
            for key in best_field_keys(keys):
                docs = self._postings.mutable(key)
                at = bisect_left(docs, number)  # postings are sorted: numbers only grow
                if at < len(docs) and docs[at] == number:
                    del docs[at]
                if not docs:
                    self._postings.discard(key)
            df = self._vocab.df
            for tid in {k >> 3 for k in keys}:
                df[tid] -= 1
            self._vocab.invalidate()
            self._forward.discard(number)
            self._ids[number] = self._kinds[number] = self._titles[number] = None
            self._boosts = None

    def set_synonyms(self, groups: Sequence[SynonymGroup]) -> None:
        """Use the municipality's synonym list: a query word or phrase matching one of a group's
        ``words`` also searches the group's ``term``."""
        with self._lock:
            self._groups = list(groups)
            self._phrases = compile_synonyms(self._groups)

    def set_usage(self, counts: Mapping[str, int]) -> None:
        """Local usage (guide id → times used in registrations) for a small, bounded,
        log-scaled ranking boost of guides."""
        with self._lock:
            self._usage = {k: int(v) for k, v in counts.items() if v > 0}
            self._boosts = None

    # -- searching --------------------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 20,
        accept: Callable[[str], bool] | None = None,
        scope_key: Hashable | None = None,
    ) -> list[SearchHit]:
        """The best matches for ``query`` (search as you type: the last word may be
        unfinished), best first. Empty or whitespace-only queries give ``[]``. ``accept``
        limits the search to the documents whose id it accepts: only they are scored (so
        none in scope is pruned for one outside it). ``scope_key`` names that scope, so the
        documents in it are found once until the next change of the index."""
        if limit <= 0 or not query.strip():
            return []
        with self._lock:
            self._vocab.finalise()
            planner = Planner(self._vocab, self._phrases)
            slots = planner.plan(query)
            if not any(slot.alternatives for slot in slots):
                return []
            scope = None if accept is None else self._scope(accept, scope_key)
            scorer = Scorer(
                self._postings, self._vocab, len(self._numbers), self._exhaustive, scope
            )
            total = scorer.total(slots, limit + EXTRA_CANDIDATES)
            kinds = self._kinds
            adjust = Adjuster(
                scorer.keys,
                self._forward.get,
                self._ntitle,
                self._first_title,
                lambda n: kinds[n] == "faq",
                self._usage_boosts(),
            )
            best = top(total, limit, adjust)
            hits = [
                self._hit(
                    n,
                    score,
                    adjust.matched_keys(n),
                    confidence(score - scorer.bonus.get(n, 0.0), slots),
                    planner,
                )
                for n, score in best
            ]
        hits.sort(key=lambda h: (-h.score, h.title.casefold(), h.kind, h.id))
        return hits

    def _scope(self, accept: Callable[[str], bool], key: Hashable | None) -> frozenset[int]:
        """The numbers of the documents ``accept`` takes (remembered under ``key``)."""
        found = self._scopes.get(key) if key is not None else None
        if found is None:
            found = frozenset(n for n, i in enumerate(self._ids) if i is not None and accept(i))
            if key is not None:
                self._scopes[key] = found
        return found

    def _hit(
        self, number: int, score: float, keys: set[int], conf: float, planner: Planner
    ) -> SearchHit:
        matched = {k & 7 for k in keys}
        # Strong: the query holds a whole title, synonym, situation or English term of the
        # document that is more than half of what the query asks (so "opholdstilladelse
        # forlængelse" is not answered by the situation "har fået opholdstilladelse"); or it
        # scores well and has a word of the title or synonyms. The first letters of a word
        # alone ("su") are never sure, unless they are a word of the title or synonyms.
        entries = planner.entries
        entry = max((entries.get(k >> 3, 0.0) for k in keys), default=0.0)
        weak = entry * 2 <= planner.content_words and (
            conf < WEAK_BELOW or matched.isdisjoint(STRONG_FIELDS)
        )
        if planner.short_prefix:
            whole = {t << 3 | f for t in planner.short_exact for f in STRONG_FIELDS}
            weak = weak or whole.isdisjoint(keys)
        kind, doc_id, title = self._kinds[number], self._ids[number], self._titles[number]
        assert kind is not None and doc_id is not None and title is not None
        return SearchHit(
            id=doc_id,
            kind=kind,
            title=title,
            score=round(score, 4),
            matched=tuple(FIELDS[f] for f in sorted(matched)),
            weak=weak,
            confidence=round(conf, 3),
        )

    def _usage_boosts(self) -> dict[int, float]:
        if self._boosts is None:
            numbers = self._numbers
            counts = {
                numbers[("guide", gid)]: c
                for gid, c in self._usage.items()
                if ("guide", gid) in numbers
            }
            self._boosts = usage_boosts(counts)
        return self._boosts

    # -- persistence ------------------------------------------------------------------------

    def dumps(self) -> bytes:
        """The whole index as bytes: flat arrays and plain lists in :mod:`marshal` format (fast
        to load, and unlike pickle it cannot run code when a damaged file is read)."""
        with self._lock:
            state: dict[str, Any] = {
                "vocab": self._vocab.state(),
                "postings": self._postings.state(),
                "forward": self._forward.state(),
                "ids": self._ids,
                "kinds": self._kinds,
                "titles": self._titles,
                "ntitle": self._ntitle.tobytes(),
                "first_title": self._first_title.tobytes(),
                "groups": [g.model_dump() for g in self._groups],
                "usage": self._usage,
            }
            return _MAGIC + marshal.dumps(state, 4)

    @classmethod
    def loads(cls, data: bytes) -> SearchIndex:
        """An index from :meth:`dumps` output. Raises ValueError for anything else (including
        an index written by an incompatible version): rebuild the index then."""
        try:
            if not data.startswith(_MAGIC):
                raise ValueError("bad header")
            return cls._from_state(marshal.loads(memoryview(data)[len(_MAGIC) :]))
        except (ValueError, TypeError, KeyError, EOFError, AttributeError) as exc:
            raise ValueError(f"not a Vejviser search index of this version: {exc}") from exc

    @classmethod
    def _from_state(cls, state: dict[str, Any]) -> SearchIndex:
        index = cls()
        index._vocab = Vocabulary.from_state(state["vocab"])
        index._postings = IntSeqStore.from_state(state["postings"])
        index._forward = IntSeqStore.from_state(state["forward"])
        index._ids = state["ids"]
        index._kinds = state["kinds"]
        index._titles = state["titles"]
        index._ntitle = array("H")
        index._ntitle.frombytes(state["ntitle"])
        index._first_title = array("i")
        index._first_title.frombytes(state["first_title"])
        index._numbers = {
            (kind, doc_id): n
            for n, (kind, doc_id) in enumerate(zip(index._kinds, index._ids, strict=True))
            if kind is not None and doc_id is not None
        }
        index._groups = [SynonymGroup.model_validate(g) for g in state["groups"]]
        index._phrases = compile_synonyms(index._groups)
        index._usage = state["usage"]
        return index


def _index_words(pieces: tuple[str, ...], stopwords: frozenset[str] = STOPWORDS) -> list[str]:
    """The words indexed for one token: the joined word and, when hyphenated, every run of its
    pieces ("e-Boks-appen" → "eboksappen", "eboks", "boksappen", "boks", "appen")."""
    n = len(pieces)
    if n == 1 or n > 5:
        runs = ["".join(pieces)] + (list(pieces) if n > 1 else [])
    else:
        runs = ["".join(pieces[i:j]) for i in range(n) for j in range(n, i, -1)]
    out: list[str] = []
    for word in runs:
        if (len(word) >= 2 or word.isdigit()) and word not in stopwords and word not in out:
            out.append(word)
    return out
