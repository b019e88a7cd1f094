"""Text normalisation for Danish search: folding, tokenising, stemming, compound splitting.

Two foldings are used, always on both the indexed text and the query:

* :func:`fold` ("primary"): case-folded, accents stripped (é→e, ü→u), and the Danish letters
  spelled the way Danes type them on a foreign keyboard: æ→ae, ø→oe, å→aa (ä→ae, ö→oe).
  "Lægeskift", "lægeskift" and "laegeskift" all fold to ``laegeskift``.
* :func:`loose` (the matching key): the primary folding with the digraphs reduced to one letter
  (ae→a, oe→o, aa→a), so "lageskift", "kobenhavn" and "born" (for børn) match as well.
  Words that only agree on the loose key (far/får) are matched with a slightly lower quality.

Stemming (snowball "danish") and compound splitting work on loose keys.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Container
from functools import lru_cache

import snowballstemmer

_FOLD_TABLE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe"})
_WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")

#: Danish function words: not indexed, and dropped from queries when typed as whole words.
_STOPWORD_TEXT = """
    og i jeg det at en den til er som paa de med han af for ikke der var mig sig men et har om
    vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv
    her alle vil blev kunne ind naar vaere dog noget ville jo deres efter ned skulle denne end
    dette mit ogsaa under have dig anden hende mine alt meget sit sine vor mod disse hvis din
    nogle hos blive mange ad bliver hendes vaeret jer saadan hvordan kan faar faa ved hvorfor
    hvornaar jeres dit dine hvem hvilken hvilke hvilket the and of to
"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())

#: Danish words of time and talk that never tell one service from another ("til sommer",
#: "lige", "gerne"), and function words the stop word list lacks: dropped from queries like
#: stop words and left out of phrase terms (the index keeps them as words).
_FILLER_TEXT = """
    blevet nogen faaet fik vores lige gerne snart maaske altsaa bare nok egentlig virkelig stadig
    allerede forresten oeh hej tak undskyld dag dags nat morgen aften uge ugen naeste weekend
    weekenden sommer sommeren vinter vinteren foraar foraaret efteraar efteraaret lidt
"""
QUERY_STOPWORDS: frozenset[str] = STOPWORDS | frozenset(_FILLER_TEXT.split())

#: English function words: not indexed in English search terms, and dropped from a query that
#: is English (see :data:`ENGLISH_MARKERS`).
_ENGLISH_STOPWORD_TEXT = """
    a an the and or of to in on at for from with by about as into onto off up out is are was
    were be been being am do does did doing done have has had having i me my mine myself we us
    our ours you your yours he him his she her hers it its they them their theirs this that
    these those what which who whom whose where when why how can could would should will shall
    may might must not no nor don doesn didn isn aren wasn won cannot can't ll ve re im ive
    please need needs want wants wanted get gets got getting just so if then than there here
    some any also very too really still again someone somebody something anything hi hello
    dear thanks thank way like soon today tomorrow yesterday now recently already next week
    summer winter
"""
ENGLISH_STOPWORDS: frozenset[str] = frozenset(_ENGLISH_STOPWORD_TEXT.split())
#: English function words that are not also Danish words: their presence marks a query as
#: English ("i", "to", "for", "at", "by", "her" … are Danish words too and prove nothing).
_ALSO_DANISH = """
    i to for at is be by de den her ham hun man under over som an as so all alle did had
    will must may no not up out off us hi ind ud have mine just
"""
ENGLISH_MARKERS: frozenset[str] = ENGLISH_STOPWORDS - frozenset(_ALSO_DANISH.split())
#: Danish stop words that are not also English words: their presence marks a query as Danish
#: ("dog", "for", "under", "man" … prove nothing).
_ALSO_ENGLISH = "i to for at dog under over man her den de end hans hat mine have alle som"
DANISH_MARKERS: frozenset[str] = STOPWORDS - frozenset(_ALSO_ENGLISH.split())
#: Negations stay in phrase terms: "vil ikke have Digital Post" is not "Digital Post".
_NEGATION_TEXT = "ikke ingen intet aldrig not no never cannot"
NEGATIONS: frozenset[str] = frozenset(_NEGATION_TEXT.split())
NEGATION = "ikke"  # what every negation is in phrase terms

#: Inflectional endings allowed on the last part of a compound ("sygesikrings|kortet").
_LAST_PART_ENDINGS = ("erne", "ene", "en", "er", "et", "e", "s")
#: Danish linking letters between compound parts ("sundhed-s-kort", "boern-e-have").
_LINKS = "se"
MIN_PART = 3
MAX_PARTS = 4
MAX_SPLIT_LEN = 40


def fold(text: str) -> str:
    """Primary folding: casefold, æ→ae, ø→oe, å→aa, strip other accents."""
    s = text.casefold()
    if s.isascii():
        return s
    s = unicodedata.normalize("NFC", s)
    s = s.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")  # faster than translate
    if s.isascii():
        return s
    s = s.translate(_FOLD_TABLE)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().translate(_FOLD_TABLE)
    return s if s.isascii() else unicodedata.normalize("NFC", s)


def loose(key: str) -> str:
    """Loose matching key of a primary-folded word: ae→a, oe→o, aa→a, repeated until none is
    left, so every way of typing æ/ø/å (ae/a, oe/o, aa/a) gives the same key."""
    while "aa" in key or "ae" in key or "oe" in key:
        key = key.replace("aa", "a").replace("ae", "a").replace("oe", "o")
    return key


def loose_word(word: str) -> str:
    """Loose key of raw text (fold + loose)."""
    return loose(fold(word))


def tokenise(text: str) -> list[tuple[str, ...]]:
    """Split text into words; each word is the tuple of its primary-folded hyphen pieces.

    ``"Bestil e-Boks"`` gives ``[("bestil",), ("e", "boks")]``. English negative contractions
    become words ("can't" → "cannot", "don't" → "do not"), so the negation is kept.
    """
    folded = fold(text)
    if "'" in folded or "\u2019" in folded:
        folded = _CONTRACTION_RE.sub(_uncontract, folded)
    return [tuple(m.split("-")) for m in _WORD_RE.findall(folded)]


_CONTRACTION_RE = re.compile(r"\b(can|won|[a-z]+)n?['\u2019]t\b")


def _uncontract(match: re.Match[str]) -> str:
    stem_ = match.group(1)
    if stem_ == "can":
        return "cannot"
    if stem_ == "won":
        return "will not"
    return f"{stem_.removesuffix('n')} not"


def words(text: str) -> list[str]:
    """The primary-folded words of a text with hyphenated words joined ("e-Boks" → "eboks")."""
    return [m.replace("-", "") for m in _WORD_RE.findall(fold(text))]


def phrase_key(
    tokens: list[tuple[str, ...]],
    stopwords: frozenset[str] = STOPWORDS,
    english: bool = False,
    single: bool = False,
) -> str | None:
    """The phrase term of a short text: the stems of its words, stop words left out, in
    alphabetical order ("NemID virker ikke" → "ikke nemid virk"; English stems for English
    text). None for more than six words, and for one word unless ``single``."""
    kept = [
        w
        for w in ("".join(t) for t in tokens)
        if (w not in stopwords or w in NEGATIONS) and (len(w) >= 2 or w.isdigit())
    ]  # as in queries: no lone letters ("don't" → "don", "t")
    if not (1 if single else 2) <= len(kept) <= 6:
        return None
    return phrase_of([phrase_stem(w, english) for w in kept])


def phrase_stem(word: str, english: bool) -> str:
    """A primary-folded word as it stands in phrase terms: its stem, and every negation as
    one word ("har ingen computer" has "har ikke en computer"; "no computer" "don't have a
    computer")."""
    if word in NEGATIONS:
        return NEGATION
    return english_stem(word) if english else stem(loose(word))


def phrase_of(stems: list[str]) -> str:
    """The phrase term of some word stems, as indexed and as looked up: in alphabetical order,
    so "arbejder i Danmark, bor i Sverige" has "bor i Sverige og arbejder i Danmark". A phrase
    term always holds a space (one word gets a trailing one), so it is never taken for a word."""
    return loose(" ".join(sorted(stems)) if len(stems) > 1 else f"{stems[0]} ")


_local = threading.local()


@lru_cache(maxsize=32_768)
def stem(key: str) -> str:
    """Danish snowball stem of a loose key (thread-safe, cached)."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer("danish")
        _local.stemmer = stemmer
    result: str = stemmer.stemWord(key)
    return result


@lru_cache(maxsize=8_192)
def english_stem(word: str) -> str:
    """English snowball stem of a primary-folded word ("renewing" → "renew")."""
    stemmer = getattr(_local, "english", None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer("english")
        _local.english = stemmer
    result: str = stemmer.stemWord(word)
    return result


def split_compound(
    key: str,
    known: Container[str] | Callable[[str], bool],
    known_last: Callable[[str], bool] | None = None,
) -> tuple[str, ...] | None:
    """Split a loose key into known parts, allowing the linking letters -s-/-e-.

    ``known`` tells whether a string is a known word (a container or a predicate);
    ``known_last`` (default: ``known``) is asked about the last part. The split with the fewest
    parts wins, then the one with the fewest linking letters. The last part may carry an
    inflectional ending ("kortet" → "kort"). Returns None when the key cannot be split into two or
    more parts of at least three letters.
    """
    n = len(key)
    if n < 2 * MIN_PART or n > MAX_SPLIT_LEN:
        return None
    is_known: Callable[[str], bool] = known if callable(known) else known.__contains__
    is_known_last = known_last or is_known
    # state per start position: (parts, links, previous start, part ending at this start)
    best: dict[int, tuple[int, int, int, str]] = {0: (0, 0, -1, "")}
    final: tuple[int, int, int, str] | None = None
    for start in range(n):
        state = best.get(start)
        if state is None:
            continue
        parts, links = state[0], state[1]
        if parts >= MAX_PARTS:
            continue
        for end in range(start + MIN_PART, n + 1):
            piece = key[start:end]
            if end == n:
                if start == 0:
                    break
                root = piece if is_known_last(piece) else _strip_ending(piece, is_known)
                if root is not None:
                    cand = (parts + 1, links, start, root)
                    if final is None or cand[:2] < final[:2]:
                        final = cand
                break
            if not is_known(piece):
                continue
            for nxt, extra in ((end, 0), (end + 1, 1)):
                if extra and (key[end] not in _LINKS or nxt >= n):
                    continue
                cand = (parts + 1, links + extra, start, piece)
                old = best.get(nxt)
                if old is None or cand[:2] < old[:2]:
                    best[nxt] = cand
    if final is None:
        return None
    out = [final[3]]
    start = final[2]
    while start > 0:
        state = best[start]
        out.append(state[3])
        start = state[2]
    out.reverse()
    return tuple(out)


def _strip_ending(piece: str, is_known: Callable[[str], bool]) -> str | None:
    for ending in _LAST_PART_ENDINGS:
        if piece.endswith(ending) and len(piece) - len(ending) >= MIN_PART:
            root = piece[: -len(ending)]
            if is_known(root):
                return root
    return None
