"""Benchmark of the desktop search at a shared hotline: one index holds every member's
guides (members share guide ids, as they all start from the starter library) and a search
is scoped to the caller's municipality and the hotline's own guides, as
``desktop.services.lookup.LookupService.search`` does (only documents in scope are scored).

Run: ``.venv/bin/python tests/bench/bench_search_hotline.py [--members N] [--guides N]``

Prints p50/p95 per query kind for the scoped search, beside the same queries on an index
holding only the caller's guides, and checks the scoped figures against the search targets
(best p95 ≤ 10 ms per kind, ≤ 50 ms for 1- and 2-letter prefixes). Not a pytest test.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bench_search import (
    SYNONYM_GROUPS,
    calibration_ms,
    make_docs,
    make_queries,
    percentile,
    rss_mb,
)

from desktop.search import SearchDoc, SearchIndex
from desktop.store.scope import split_key

Accept = Callable[[str], bool] | None


def build(docs: list[SearchDoc]) -> SearchIndex:
    index = SearchIndex()
    for doc in docs:
        index.add(doc)
    index.set_synonyms(SYNONYM_GROUPS)
    index.search("flytning")  # finalise
    return index


def latency(
    index: SearchIndex, queries: list[str], accept: Accept, repeat: int, key: str | None = None
) -> list[float]:
    """The best of ``repeat`` runs of each query, in ms."""
    for q in queries[:20]:
        index.search(q, 20, accept, key)
    best = [float("inf")] * len(queries)
    for _ in range(repeat):
        for i, q in enumerate(queries):
            start = time.perf_counter()
            index.search(q, 20, accept, key)
            best[i] = min(best[i], (time.perf_counter() - start) * 1000)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=30)
    parser.add_argument("--guides", type=int, default=300, help="guides per member")
    parser.add_argument("--own", type=int, default=100, help="the hotline's own guides")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    base = make_docs(args.guides)
    own = make_docs(args.own, seed=13)
    codes = [str(101 + 3 * m) for m in range(args.members)]
    caller = codes[len(codes) // 2]
    everything = [dataclasses.replace(d, id=f"{d.id}@{code}") for code in codes for d in base]
    everything += [dataclasses.replace(d, id=f"h{d.id}") for d in own]
    rss0 = rss_mb()
    start = time.perf_counter()
    hotline = build(everything)
    build_s = time.perf_counter() - start
    rss_index = rss_mb() - rss0
    alone = build(base + [dataclasses.replace(d, id=f"h{d.id}") for d in own])
    wanted = {caller, None}

    def scoped(key: str) -> bool:
        return split_key(key)[1] in wanted

    # the scope holds the caller's guides and the hotline's own, nothing else
    assert {split_key(h.id)[1] for h in hotline.search("flytning", 50, scoped, caller)} <= wanted
    queries = make_queries(base, args.queries)

    load = Path("/proc/loadavg").read_text().split()[0]
    print(
        f"\nVejviser hotline search benchmark: {args.members} members × {args.guides:,} guides "
        f"+ {args.own} own = {len(everything):,} documents in one index\n"
        f"build {build_s:.1f} s, index RSS {rss_index:.0f} MB. Load average {load}, "
        f"{os.cpu_count()} CPUs, calibration {calibration_ms():.0f} ms.\n"
        f"Best of {args.repeat} runs per query (ms); 'caller only' is the same queries on an "
        f"index of the caller's and the hotline's guides alone.\n"
    )
    print(
        f"{'query kind':16} {'p50':>7} {'p95':>7} {'max':>7} │ {'caller only p95':>15}"
        f"  target (scoped p95)"
    )
    ok = True
    for kind, qs in queries.items():
        times = latency(hotline, qs, scoped, args.repeat, caller)
        reference = latency(alone, qs, None, args.repeat)
        target = 50.0 if "letter" in kind else 10.0
        p95 = percentile(times, 95)
        met = p95 <= target
        ok &= met
        print(
            f"{kind:16} {statistics.median(times):>7.2f} {p95:>7.2f} {max(times):>7.2f} │ "
            f"{percentile(reference, 95):>15.2f}  ≤ {target:.0f} ms {'ok' if met else 'MISSED'}"
        )
    print("\nall targets met" if ok else "\nSOME TARGETS MISSED")


if __name__ == "__main__":
    main()
