"""Folding, tokenising, stemming and compound splitting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.search.normalise import (
    STOPWORDS,
    fold,
    loose,
    loose_word,
    split_compound,
    stem,
    tokenise,
    words,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Lægeskift", "laegeskift"),
        ("KØREKORT", "koerekort"),
        ("Åbenrå", "aabenraa"),
        ("Café", "cafe"),
        ("München", "munchen"),
        ("Ärger Öl", "aerger oel"),
        ("a\u030abenra\u030a", "aabenraa"),  # å written as a + combining ring
        ("borgerservice", "borgerservice"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    "spellings",
    [
        ("lægeskift", "Laegeskift", "laegeskift", "lageskift", "LÆGESKIFT"),
        ("kørekort", "koerekort", "korekort"),
        ("københavn", "kobenhavn", "koebenhavn", "Kobenhavn"),
        ("børn", "boern", "born"),
        ("årsopgørelse", "aarsopgoerelse", "arsopgorelse", "aarsopgorelse"),
        ("blåt", "blaat", "blat"),
    ],
)
def test_danish_letters_typed_as_ae_oe_aa_or_a_o_share_the_loose_key(
    spellings: tuple[str, ...],
) -> None:
    assert len({loose_word(s) for s in spellings}) == 1


def test_primary_folding_keeps_the_digraphs() -> None:
    # "far" (father) and "får" (gets) share the loose key but not the primary folding, so an
    # exact match can rank above a loose one.
    assert fold("får") != fold("far")
    assert loose_word("får") == loose_word("far")


_DANISH = st.text(alphabet="abdefgiklmnoprstuvæøå", min_size=1, max_size=12)


@given(_DANISH)
def test_every_ascii_spelling_of_ae_oe_aa_gives_the_same_key(word: str) -> None:
    key = loose_word(word)
    for ae, oe, aa in (("ae", "oe", "aa"), ("a", "o", "a"), ("ae", "o", "a")):
        typed = word.replace("æ", ae).replace("ø", oe).replace("å", aa)
        assert loose_word(typed) == key


@given(st.text(max_size=40))
def test_fold_is_idempotent_and_loose_is_stable(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert loose(loose(fold(text))) == loose(fold(text))


def test_tokenise_keeps_hyphen_pieces_and_words_joins_them() -> None:
    assert tokenise("Bestil e-Boks, MitID-appen!") == [
        ("bestil",),
        ("e", "boks"),
        ("mitid", "appen"),
    ]
    assert words("EU-sygesikringskort på 2-3 uger") == ["eusygesikringskort", "paa", "23", "uger"]


def test_stopwords_are_primary_folded() -> None:
    assert {"og", "paa", "til", "hvordan"} <= STOPWORDS
    assert all(fold(w) == w for w in STOPWORDS)


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        ("flytter", "flytte"),
        ("pensionen", "pension"),
        ("koerekortet", "koerekort"),
        ("sygedagpengene", "sygedagpenge"),
        ("hjaelpemidlerne", "hjaelpemidler"),
    ],
)
def test_stem_joins_inflections(inflected: str, base: str) -> None:
    assert stem(loose(inflected)) == stem(loose(base))


_KNOWN = {
    loose_word(w)
    for w in [
        "læge",
        "skift",
        "sundhed",
        "kort",
        "bolig",
        "støtte",
        "ansøgning",
        "pas",
        "fornyelse",
        "børn",
        "have",
        "sygesikring",
        "valg",
        "boligstøtte",
    ]
}


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("lægeskift", ("lage", "skift")),
        ("lægevalg", ("lage", "valg")),
        ("sundhedskort", ("sundhed", "kort")),  # linking -s-
        ("sygesikringskortet", ("sygesikring", "kort")),  # link + inflected last part
        ("pasfornyelse", ("pas", "fornyelse")),
        ("boligstøtteansøgning", ("boligstotte", "ansogning")),  # fewest parts wins
        ("børnehave", ("born", "have")),  # linking -e-
    ],
)
def test_split_compound(word: str, parts: tuple[str, ...]) -> None:
    assert split_compound(loose_word(word), _KNOWN) == parts


@pytest.mark.parametrize("word", ["læge", "sundhedsplejerske", "xyzkort", "kort"])
def test_split_compound_needs_known_parts(word: str) -> None:
    assert split_compound(loose_word(word), _KNOWN) is None


def test_split_compound_with_a_predicate_and_a_separate_last_part_rule() -> None:
    assert split_compound("boligansogninger", _KNOWN.__contains__) == ("bolig", "ansogning")
    assert split_compound("boligxyz", _KNOWN, lambda k: k == "xyz") == ("bolig", "xyz")
