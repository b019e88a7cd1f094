"""The SearchIndex API: documents, hits, synonyms, usage, persistence, pruning."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from random_corpus import random_corpus
from search_corpus import SYNONYMS, documents
from search_relevance_queries import QUERIES

from desktop.search import SearchDoc, SearchHit, SearchIndex, doc_from_faq, doc_from_guide, ranking
from sync_server.protocol import FaqEntry, FieldNote, Guide, Referral, Step, SynonymGroup


def _doc(
    id: str,
    title: str,
    synonyms: tuple[str, ...] = (),
    guidance: tuple[str, ...] = (),
    steps: tuple[str, ...] = (),
    kind: str = "guide",
    area: str = "",
    situations: tuple[str, ...] = (),
    english: tuple[str, ...] = (),
) -> SearchDoc:
    return SearchDoc(
        id,
        kind,  # type: ignore[arg-type]
        title,
        synonyms,
        guidance,
        steps,
        area,
        situations,
        english,
    )


@pytest.fixture(scope="module")
def corpus_index() -> SearchIndex:
    ix = SearchIndex()
    for doc in documents():
        ix.add(doc)
    ix.set_synonyms(SYNONYMS)
    return ix


def _ids(hits: list[SearchHit]) -> list[str]:
    return [h.id for h in hits]


# -- documents and hits ----------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", " ", "\t\n  "])
def test_empty_query_gives_nothing(corpus_index: SearchIndex, query: str) -> None:
    assert corpus_index.search(query) == []


def test_stop_words_alone_give_nothing(corpus_index: SearchIndex) -> None:
    assert corpus_index.search("og til ") == []


def test_hits_are_small_frozen_dataclasses(corpus_index: SearchIndex) -> None:
    hit = corpus_index.search("flytning")[0]
    assert hit == SearchHit(
        hit.id, "guide", "Melde flytning", hit.score, hit.matched, False, hit.confidence
    )
    assert hit.id == "flytning" and hit.score > 0 and hit.confidence > 0.5
    assert "title" in hit.matched and set(hit.matched) <= {
        "title",
        "synonyms",
        "guidance",
        "steps",
        "area",
        "situations",
        "english",
    }
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.score = 0  # type: ignore[misc]


def test_limit_and_order(corpus_index: SearchIndex) -> None:
    hits = corpus_index.search("mitid", limit=5)
    assert len(hits) == 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert corpus_index.search("mitid", limit=0) == []


def test_faq_hits_are_marked(corpus_index: SearchIndex) -> None:
    hits = corpus_index.search("kodeviser virker ikke")
    assert (hits[0].kind, hits[0].id) == ("faq", "faq_kodeviser")


def test_add_replaces_a_document_with_the_same_kind_and_id() -> None:
    ix = SearchIndex()
    ix.add(_doc("a", "Melde flytning"))
    ix.add(_doc("a", "Faq about flytning", kind="faq"))
    ix.add(_doc("a", "Bestil pas"))
    assert len(ix) == 2
    assert _ids(ix.search("flytning")) == ["a"]
    assert ix.search("flytning")[0].kind == "faq"
    assert ix.search("pas")[0].title == "Bestil pas"
    ix.remove("guide", "a")
    ix.remove("guide", "unknown")
    assert len(ix) == 1
    assert ix.search("pas") == []
    ix.remove("faq", "a")
    assert len(ix) == 0 and ix.search("flytning") == []


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        SearchIndex().add(_doc("x", "Pas", kind="note"))


def test_doc_from_guide_and_faq() -> None:
    now = datetime.now(UTC)
    guide = Guide(
        id="pas",
        municipality="101",
        revision=1,
        updated_at=now,
        title="Nyt pas",
        area="Pas og kørekort",
        synonyms=["rejsepas"],
        guidance=["Book tid i Borgerservice."],
        steps=[
            Step(
                title="Betal",
                text="Betal med kort.",
                fields=[FieldNote(label="Samtykke", note="Begge forældre.")],
            )
        ],
        referral=[Referral(name="Rigspolitiet")],
    )
    doc = doc_from_guide(guide)
    assert (doc.id, doc.kind, doc.title, doc.area) == ("pas", "guide", "Nyt pas", "Pas og kørekort")
    assert list(doc.synonyms) == ["rejsepas"]
    assert "Samtykke Begge forældre." in doc.steps and "Rigspolitiet" in doc.steps
    entry = FaqEntry(id="f1", question="Kodeviser virker ikke", answer=["Skift batteri."])
    faq = doc_from_faq(entry)
    assert (faq.kind, faq.title, list(faq.guidance), faq.area) == (
        "faq",
        "Kodeviser virker ikke",
        ["Skift batteri."],
        "",
    )
    ix = SearchIndex()
    ix.add(doc)
    ix.add(faq)
    assert _ids(ix.search("rigspolitiet")) == ["pas"]
    assert ix.search("kodevi")[0].kind == "faq"


# -- matching ---------------------------------------------------------------------------------


def test_only_the_last_unfinished_word_is_a_prefix() -> None:
    ix = SearchIndex()
    ix.add(_doc("1", "Sundhedskort"))
    assert _ids(ix.search("sundh")) == ["1"]
    assert ix.search("sundh ") == []  # finished word: no completion
    assert _ids(ix.search("sundhedskort ")) == ["1"]


def test_municipality_synonyms_including_phrases() -> None:
    ix = SearchIndex()
    ix.add(_doc("mitid", "Få MitID"))
    ix.add(_doc("kort", "Bestil nyt sundhedskort"))
    ix.add(_doc("dp", "Digital Post"))
    assert ix.search("NemID") == []
    ix.set_synonyms(
        [
            SynonymGroup(term="MitID", words=["NemID"]),
            SynonymGroup(term="sundhedskort", words=["gult kort"]),
            SynonymGroup(term="Digital Post", words=["e-Boks"]),
        ]
    )
    assert _ids(ix.search("nemid"))[:1] == ["mitid"]
    assert _ids(ix.search("gult kort"))[:1] == ["kort"]
    assert _ids(ix.search("hvor er mit gule kort"))[:1] == ["kort"]
    assert _ids(ix.search("eboks"))[:1] == ["dp"]
    assert _ids(ix.search("e-boks"))[:1] == ["dp"]


def test_compound_parts_are_found_both_ways() -> None:
    ix = SearchIndex()
    ix.add(_doc("skift", "Skift af læge"))
    ix.add(_doc("valg", "Lægevalg"))
    ix.add(_doc("kort", "Sundhedskort"))
    ix.add(_doc("pas", "Pas"))
    ix.add(_doc("other", "Valg af kort til sundhed"))
    assert _ids(ix.search("lægeskift"))[:1] == ["skift"]
    assert "valg" in _ids(ix.search("lægeskift"))
    assert "valg" in _ids(ix.search("læge "))  # part of an indexed compound
    assert _ids(ix.search("kort "))[:2] == ["other", "kort"]  # the word itself, then compounds
    assert _ids(ix.search("pasfornyelse"))[:1] == ["pas"]


def test_compounds_follow_words_added_later() -> None:
    ix = SearchIndex()
    ix.add(_doc("child", "Børnetandpleje"))
    assert ix.search("tandpleje ") == []
    ix.add(_doc("adult", "Tandpleje til børn og voksne"))
    assert set(_ids(ix.search("tandpleje "))) == {"child", "adult"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("flyting", "flytning"),
        ("sundhetskort", "sundhedskort"),
        ("pensjon", "folkepension"),
        ("kørekrot", "koerekort"),
    ],
)
def test_typos(corpus_index: SearchIndex, query: str, expected: str) -> None:
    assert _ids(corpus_index.search(query))[:1] == [expected]


def test_field_weight_and_match_quality() -> None:
    ix = SearchIndex()
    ix.add(_doc("steps", "Andet", steps=("Vælg pension",)))
    ix.add(_doc("guidance", "Noget", guidance=("Om pension",)))
    ix.add(_doc("synonyms", "Ydelse", synonyms=("pension",)))
    ix.add(_doc("title", "Pension"))
    assert _ids(ix.search("pension ")) == ["title", "synonyms", "guidance", "steps"]
    ix2 = SearchIndex()
    ix2.add(_doc("fuzzy", "Pensjon"))
    ix2.add(_doc("stem", "Pensionen"))
    ix2.add(_doc("prefix", "Pensionist"))
    ix2.add(_doc("exact", "Pension"))
    assert _ids(ix2.search("pension")) == ["exact", "stem", "prefix"]  # shorter completion first
    assert _ids(ix2.search("pension "))[:2] == ["exact", "stem"]
    assert _ids(ix2.search("pensjon "))[:1] == ["fuzzy"]
    assert _ids(ix2.search("pensoin ")) == ["exact"]  # typo: fuzzy, only as a last resort


def test_documents_matching_more_query_words_rank_higher() -> None:
    ix = SearchIndex()
    ix.add(_doc("one", "Pas"))
    ix.add(_doc("both", "Ansøgning", guidance=("Nyt pas til barn",)))
    assert _ids(ix.search("pas barn")) == ["both", "one"]


# -- usage ------------------------------------------------------------------------------------


def test_usage_lifts_a_near_equal_guide_but_not_over_a_clearly_better_match() -> None:
    ix = SearchIndex()
    ix.add(_doc("a", "Tilskud til briller", guidance=("Tilskud efter ansøgning.",)))
    ix.add(_doc("b", "Tilskud til tandlæge", guidance=("Tilskud efter ansøgning.",)))
    ix.add(_doc("c", "Noget andet", steps=("Tilskud kan gives.",)))
    before = _ids(ix.search("tilskud"))
    assert before[:2] == ["a", "b"]  # a tie, broken by title
    ix.set_usage({"b": 40, "c": 10_000})
    after = _ids(ix.search("tilskud"))
    assert after[:2] == ["b", "a"]  # near-equal: usage decides
    assert after[-1] == "c"  # heavy use does not beat a title match
    ix.set_usage({})
    assert _ids(ix.search("tilskud")) == before


def test_usage_is_bounded_and_log_scaled() -> None:
    ix = SearchIndex()
    ix.add(_doc("a", "Pas"))
    ix.add(_doc("b", "Pas"))
    base = ix.search("pas")[0].score
    ix.set_usage({"a": 1, "b": 1_000_000})
    scores = {h.id: h.score for h in ix.search("pas")}
    assert base < scores["a"] < scores["b"] <= base * 1.1 + 1e-3


# -- persistence ------------------------------------------------------------------------------


def test_dumps_loads_round_trip_gives_identical_results(corpus_index: SearchIndex) -> None:
    corpus_index.set_usage({"pas": 3, "flytning": 7})
    try:
        loaded = SearchIndex.loads(corpus_index.dumps())
        assert len(loaded) == len(corpus_index)
        for _category, query, _expected in QUERIES:
            assert loaded.search(query) == corpus_index.search(query), query
    finally:
        corpus_index.set_usage({})


def test_loaded_index_keeps_working_after_changes() -> None:
    ix = SearchIndex()
    for doc in documents()[:20]:
        ix.add(doc)
    loaded = SearchIndex.loads(ix.dumps())
    for target in (ix, loaded):
        target.remove("guide", "flytning")
        target.add(_doc("ny", "Nyhedsbrev om flytning"))
        target.add(_doc("pas", "Pas til hunde"))
    for query in ("flytning", "pas", "hund", "mitid", "sundh"):
        assert loaded.search(query) == ix.search(query), query
    again = SearchIndex.loads(loaded.dumps())
    assert again.search("flytning") == ix.search("flytning")


@pytest.mark.parametrize(
    "data", [b"", b"garbage", b"VVSEARCH1\n", b"VVSEARCH1\n\x00\x01", b"VVSEARCH0\nxx"]
)
def test_loads_refuses_foreign_or_damaged_data(data: bytes) -> None:
    with pytest.raises(ValueError, match="search index"):
        SearchIndex.loads(data)


def test_loads_refuses_a_truncated_index(corpus_index: SearchIndex) -> None:
    data = corpus_index.dumps()
    with pytest.raises(ValueError, match="search index"):
        SearchIndex.loads(data[: len(data) // 2])


def test_insertion_order_does_not_change_results() -> None:
    docs = documents()
    forward, backward = SearchIndex(), SearchIndex()
    for doc in docs:
        forward.add(doc)
    for doc in reversed(docs):
        backward.add(doc)
    for ix in (forward, backward):
        ix.set_synonyms(SYNONYMS)
    for _category, query, _expected in QUERIES:
        a, b = forward.search(query, limit=100), backward.search(query, limit=100)
        assert [(h.id, h.score) for h in a] == [(h.id, h.score) for h in b], query


# -- pruning and robustness -------------------------------------------------------------------


def test_pruned_scoring_equals_exhaustive_scoring(monkeypatch: pytest.MonkeyPatch) -> None:
    ix = SearchIndex()
    for doc in random_corpus(1500, seed=3):
        ix.add(doc)
    ix.set_synonyms([SynonymGroup(term="digital post", words=["e-boks"])])
    rng = random.Random(5)
    vocabulary = "borgerservice mitid digital post ansøgning pas kørekort boligstøtte skoleplads"
    queries = [" ".join(rng.sample(vocabulary.split(), rng.randint(2, 3))) for _ in range(80)]
    queries += ["e-boks pas", "bolig mitid", "pas tid", "boligstøttekort gebyr", "skolepladsstøtte"]
    queries += ["renew passport", "housing benefit card", "how do i renew my driving licence"]
    used = {True: 0, False: 0}
    original = ranking.Scorer._pruned

    def counting(self: ranking.Scorer, *args: Any) -> Any:
        result = original(self, *args)
        used[result is not None] += 1
        return result

    monkeypatch.setattr(ranking.Scorer, "_pruned", counting)
    for query in queries:
        for limit in (3, 10):
            pruned = ix.search(query, limit=limit)
            ix._exhaustive = True
            try:
                exhaustive = ix.search(query, limit=limit)
            finally:
                ix._exhaustive = False
            assert pruned == exhaustive, query
    assert used[True] > 40 and used[False] > 0, used  # both ways were taken


def test_long_and_odd_input_stays_fast(corpus_index: SearchIndex) -> None:
    import time

    pasted = " ".join(d.guidance[0] for d in documents()) * 3
    for query in (pasted, "x" * 5000, "lægeskift" * 50, "-" * 100, "🙂 mitid 🙂", "12345678"):
        start = time.perf_counter()
        corpus_index.search(query)
        assert time.perf_counter() - start < 2.0, query[:40]
    assert corpus_index.search("🙂 mitid 🙂")[0].id == "mitid"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_any_text_is_a_valid_query(query: str) -> None:
    ix = _small_index()
    hits = ix.search(query, limit=5)
    assert len(hits) <= 5
    assert all(h.score > 0 for h in hits)


_SMALL: list[SearchIndex] = []


def _small_index() -> SearchIndex:
    if not _SMALL:
        ix = SearchIndex()
        for doc in documents():
            ix.add(doc)
        ix.set_synonyms(SYNONYMS)
        _SMALL.append(ix)
    return _SMALL[0]
