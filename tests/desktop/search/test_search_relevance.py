"""Relevance of the search engine on a realistic set of staff queries."""

from __future__ import annotations

import pytest
from search_corpus import SYNONYMS, documents
from search_relevance_queries import QUERIES

from desktop.search import SearchIndex


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    ix = SearchIndex()
    for doc in documents():
        ix.add(doc)
    ix.set_synonyms(SYNONYMS)
    return ix


def test_query_set_is_large_and_targets_exist() -> None:
    ids = {d.id for d in documents()}
    assert len(QUERIES) >= 80
    for _category, query, expected in QUERIES:
        assert set(expected) <= ids, query


def test_relevance(index: SearchIndex) -> None:
    top1 = top3 = 0
    failures: list[str] = []
    for category, query, expected in QUERIES:
        hits = index.search(query, limit=10)
        ranked = [h.id for h in hits]
        if ranked[:1] and ranked[0] in expected:
            top1 += 1
        else:
            failures.append(f"[{category}] {query!r}: expected {expected[0]}, got {ranked[:3]}")
        if set(ranked[:3]) & set(expected):
            top3 += 1
    n = len(QUERIES)
    print(f"\nrelevance: top-1 {top1}/{n} = {top1 / n:.3f}, top-3 {top3}/{n} = {top3 / n:.3f}")
    for line in failures:
        print("  miss:", line)
    assert top1 / n >= 0.95
    assert top3 == n


def test_faq_hits_are_marked(index: SearchIndex) -> None:
    hits = index.search("kodeviser virker ikke")
    assert hits[0].kind == "faq"
    assert {h.kind for h in index.search("mitid")} == {"guide", "faq"}
