"""Scoring the starter-library query set (:mod:`starter_queries`), shared by the in-process test
and the end-to-end bench (``tests/bench/bench_starter_relevance.py``).

A result list is ``[(id, weak), ...]`` best first. An answerable query counts as a top-1 hit when
the first result is one of its acceptable ids (weak or not, as a user sees it first); a query of
kind ``none`` counts as honest when it returns nothing or only weak results.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from starter_queries import KINDS

from desktop.search import SearchIndex, doc_from_faq, doc_from_guide
from sync_server.protocol import GuideFile, GuideStatus, SynonymGroup
from sync_server.protocol.content import Guide

ROOT = Path(__file__).resolve().parents[3]
CONTENT_DIR = ROOT / "resources" / "content"

Query = tuple[str, str, tuple[str, ...]]
Ranked = Sequence[tuple[str, bool]]


def starter_index() -> SearchIndex:
    """The search index the desktop builds from the starter library: every published guide,
    every FAQ entry and the synonym list (what ``seed-demo`` loads and a sync brings)."""
    index = SearchIndex()
    groups: list[SynonymGroup] = []
    now = datetime.now(UTC)
    for path in sorted(CONTENT_DIR.glob("*.json")):
        parsed = GuideFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
        for item in parsed.guides:
            if item.status != GuideStatus.PUBLISHED:
                continue
            data = item.model_dump(exclude={"copied_from"})
            guide = Guide.model_validate(
                {**data, "municipality": "999", "revision": 1, "updated_at": now}
            )
            index.add(doc_from_guide(guide))
        for entry in parsed.faq:
            index.add(doc_from_faq(entry))
        groups.extend(parsed.synonyms)
    index.set_synonyms(groups)
    return index


def ranked_in_process(index: SearchIndex, query: str, limit: int = 10) -> list[tuple[str, bool]]:
    return [(h.id, bool(getattr(h, "weak", False))) for h in index.search(query, limit)]


@dataclass
class KindScore:
    n: int = 0
    good: int = 0  # top-1 hits; for kind "none": nothing or only weak results
    weak_top: int = 0  # answerable queries whose first result is marked weak
    misses: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.good / self.n if self.n else 0.0


@dataclass
class Report:
    kinds: dict[str, KindScore]

    @property
    def answerable(self) -> KindScore:
        total = KindScore()
        for kind, score in self.kinds.items():
            if kind != "none":
                total.n += score.n
                total.good += score.good
                total.weak_top += score.weak_top
        return total

    @property
    def none(self) -> KindScore:
        return self.kinds.get("none", KindScore())

    def lines(self, title: str) -> list[str]:
        overall = self.answerable
        out = [
            f"{title}: top-1 {overall.good}/{overall.n} = {overall.share:.3f}; "
            f"unanswerable nothing-or-weak {self.none.good}/{self.none.n} = {self.none.share:.3f}; "
            f"right answer marked weak {overall.weak_top}"
        ]
        for kind in KINDS:
            score = self.kinds.get(kind)
            if score is not None and score.n:
                out.append(f"  {kind:<11} {score.good:>3}/{score.n:<3} = {score.share:.3f}")
        return out


def evaluate(queries: Iterable[Query], results: Mapping[str, Ranked]) -> Report:
    """Score ``results`` (query text → ranked ``(id, weak)``) against the expected answers."""
    kinds: dict[str, KindScore] = {}
    for kind, query, expected in queries:
        score = kinds.setdefault(kind, KindScore())
        score.n += 1
        ranked = list(results[query])
        if kind == "none":
            if all(weak for _id, weak in ranked):
                score.good += 1
            else:
                strong = [i for i, weak in ranked if not weak]
                score.misses.append(f"[none] {query!r}: not weak: {strong[:3]}")
            continue
        if ranked and ranked[0][0] in expected:
            score.good += 1
            if ranked[0][1]:
                score.weak_top += 1
        else:
            got = [f"{i}{'~' if weak else ''}" for i, weak in ranked[:3]]
            score.misses.append(f"[{kind}] {query!r}: expected {expected[0]}, got {got}")
    return Report(kinds)
