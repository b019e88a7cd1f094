"""A search limited to a scope (a hotline: the caller's municipality's documents and the
hotline's own, out of every member's) scores only the documents in scope, prunes as an
unscoped search does, and answers what scoring everything and dropping the rest would."""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import pytest
from random_corpus import random_corpus
from search_corpus import documents

from desktop.search import SearchIndex, ranking
from sync_server.protocol import SynonymGroup

MEMBERS = ("101", "102", "103")


def _scoped(key: str) -> bool:
    return key.endswith("@102") or "@" not in key


@pytest.fixture(scope="module")
def hotline_index() -> SearchIndex:
    """Every member holds the same guides (they share ids); 103 has a louder version of each
    (the title repeated in its synonyms) that would outrank 102's everywhere; the hotline's
    own are the FAQ entries."""
    index = SearchIndex()
    for doc in random_corpus(700, seed=3):
        if doc.kind == "faq":
            index.add(doc)
            continue
        for code in MEMBERS:
            extra = (doc.title, doc.title) if code == "103" else ()
            index.add(
                dataclasses.replace(doc, id=f"{doc.id}@{code}", synonyms=(*doc.synonyms, *extra))
            )
    index.set_synonyms([SynonymGroup(term="digital post", words=["e-boks"])])
    return index


def _queries() -> list[str]:
    rng = random.Random(5)
    words = "borgerservice mitid digital post ansøgning pas kørekort boligstøtte skoleplads"
    queries = [" ".join(rng.sample(words.split(), rng.randint(2, 3))) for _ in range(60)]
    return [*queries, "pas", "e-boks pas", "bolig mitid", "renew passport", "skolepladsstøtte"]


def test_a_scoped_search_answers_only_from_the_scope(hotline_index: SearchIndex) -> None:
    answered = 0
    for query in _queries():
        hits = hotline_index.search(query, 10, _scoped, "102")
        assert all(_scoped(hit.id) for hit in hits), query
        answered += bool(hits)
    assert answered > len(_queries()) * 0.8


def test_scoped_pruning_equals_scoring_every_document(
    hotline_index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pruning within the scope gives what scoring every document of the scope gives (what
    the search did before: score every document, then drop those out of scope), and each
    document scores as in a search of the whole index."""
    everything = len(hotline_index)
    pruned = 0
    original = ranking.Scorer._pruned

    def counting(self: ranking.Scorer, *args: Any) -> Any:
        nonlocal pruned
        result = original(self, *args)
        pruned += result is not None and self.scope is not None
        return result

    monkeypatch.setattr(ranking.Scorer, "_pruned", counting)
    for query in _queries():
        hotline_index._exhaustive = True
        try:
            exhaustive = {n: hotline_index.search(query, n, _scoped) for n in (3, 10)}
            every = hotline_index.search(query, everything)
        finally:
            hotline_index._exhaustive = False
        # each document scores as it does in a search of the whole index
        score_of = {h.id: h.score for h in every}
        for limit in (3, 10):
            scoped = hotline_index.search(query, limit, _scoped, "102")
            assert scoped == exhaustive[limit], query
            assert [h.score for h in scoped] == pytest.approx([score_of[h.id] for h in scoped])
    assert pruned > 10  # the scoped searches did prune


def test_the_remembered_scope_follows_changes_of_the_index() -> None:
    index = SearchIndex()
    (first, second, *_rest) = [d for d in documents() if d.kind == "guide"]
    index.add(dataclasses.replace(first, id=f"{first.id}@102"))
    assert [h.id for h in index.search(first.title, 5, _scoped, "102")] == [f"{first.id}@102"]
    index.add(dataclasses.replace(second, id=f"{second.id}@102", title=first.title))
    found = {h.id for h in index.search(first.title, 5, _scoped, "102")}
    assert found == {f"{first.id}@102", f"{second.id}@102"}
    index.remove("guide", f"{first.id}@102")
    assert [h.id for h in index.search(first.title, 5, _scoped, "102")] == [f"{second.id}@102"]
