"""Benchmark of the desktop cache with 30,000 guides: filling it, building the search index,
and the cold start of a workstation (no Qt, and with Qt) in fresh processes.

Run: ``.venv/bin/python tests/bench/bench_desktop_cache.py [--guides N] [--runs N]``

Targets (see the brief): cold start to a usable search box without Qt ≤ 1.0 s, resident memory
≤ 250 MB. Figures are printed; nothing is asserted. Not a pytest test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from support.guides_da import many_guides  # noqa: E402

from desktop.core.paths import cache_name  # noqa: E402
from desktop.services.lookup import LookupService  # noqa: E402
from desktop.services.profile import Profile, save_profile  # noqa: E402
from desktop.store import content as cached  # noqa: E402
from desktop.store import open_cache  # noqa: E402
from sync_server.protocol import Guide, PullBatch, SynonymGroup  # noqa: E402

SERVER = "http://127.0.0.1:9"  # never contacted: the cold start is offline
BATCH = 500
QUERIES = ["flytning", "sundhedskort", "kørekort fornyelse", "nemid", "boligstøtte klage"]

# A fresh process: the time to a usable search box is imports + AppContext() (open the cache,
# load the persisted index), then the first search. ``t0`` is taken before any of our imports.
COLD = r"""
import time
t0 = time.perf_counter()
import json, os, sys
qt = sys.argv[1] == "qt"
if qt:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    t_qt = time.perf_counter()
from desktop.app import AppContext
t_import = time.perf_counter()
context = AppContext()
t_context = time.perf_counter()
hits = context.workspace.lookup.search(sys.argv[2], 10)
t_search = time.perf_counter()
rss = next(
    int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:")
)
print(json.dumps({
    "qt": (t_qt - t0) if qt else 0.0,
    "imports": t_import - (t_qt if qt else t0),
    "context": t_context - t_import,
    "first_search": t_search - t_context,
    "to_first_result": t_search - t0,
    "cpu_to_first_result": time.process_time(),  # CPU since the process started
    "hits": len(hits),
    "guides": context.workspace.lookup.guide_count(),
    "rss_mb": rss / 1024,
}))
"""


def fill(root: Path, count: int) -> dict[str, float]:
    profile = Profile(server_url=SERVER, municipality="101", username="agent", role="agent")
    save_profile(profile, root)
    name = cache_name(profile.server_url, profile.municipality, profile.username)
    figures: dict[str, float] = {}

    started = time.perf_counter()
    guides = [Guide.model_validate(body) for body in many_guides(count)]
    figures["generate_s"] = time.perf_counter() - started

    cache = open_cache(root / f"{name}.sqlite3")
    started = time.perf_counter()
    for number, start in enumerate(range(0, count, BATCH), 1):
        part = guides[start : start + BATCH]
        synonyms = [SynonymGroup(term="MitID", words=["NemID", "nøglekort"])] if number == 1 else []
        more = start + BATCH < count
        cached.apply_batch(
            cache, PullBatch(cursor=number, has_more=more, guides=part, synonyms=synonyms)
        )
    figures["apply_batches_s"] = time.perf_counter() - started

    started = time.perf_counter()
    lookup = LookupService(cache, root / f"{name}.index")
    lookup.load()  # the cursor has no saved index yet: build it and save it
    figures["build_and_save_index_s"] = time.perf_counter() - started
    cache.close()
    figures["cache_mb"] = (root / f"{name}.sqlite3").stat().st_size / 1e6
    figures["index_mb"] = (root / f"{name}.index").stat().st_size / 1e6
    return figures


def cold_start(root: Path, mode: str, runs: int) -> list[dict[str, float]]:
    env = {**os.environ, "VEJVISER_HOME": str(root), "PYTHONPATH": str(ROOT)}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    out = []
    for run in range(runs):
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", COLD, mode, QUERIES[run % len(QUERIES)]],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(result.stdout)
        figures["process_s"] = time.perf_counter() - started
        out.append(figures)
    return out


def interrupted(root: Path, runs: int, changed: int = BATCH) -> list[dict[str, float]]:
    """Cold starts after a sync wrote one more batch (``changed`` guides edited) to the cache
    and the app died before the search index followed it."""
    out = []
    for run in range(runs):
        copy = root.parent / f"{root.name}-interrupted-{run}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(root, copy)
        cache = open_cache(next(copy.glob("*.sqlite3")))
        edited = [
            guide.model_copy(
                update={"revision": guide.revision + 1, "title": guide.title + " (ny)"}
            )
            for guide in cached.guides(cache)[:changed]
        ]
        cached.apply_batch(
            cache, PullBatch(cursor=cached.cursor(cache) + 1, has_more=False, guides=edited)
        )
        cache.close()
        out.extend(cold_start(copy, "plain", 1))
        shutil.rmtree(copy, ignore_errors=True)
    return out


def interpreter_start(runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def report(label: str, runs: list[dict[str, float]]) -> None:
    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    print(f"\n{label} (median of {len(runs)} fresh processes)")
    if med("qt"):
        print(f"  QApplication (offscreen)        {med('qt') * 1000:8.0f} ms")
    print(f"  imports (desktop.app)           {med('imports') * 1000:8.0f} ms")
    print(f"  AppContext() (cache + index)    {med('context') * 1000:8.0f} ms")
    print(f"  first search                    {med('first_search') * 1000:8.0f} ms")
    print(f"  start of Python → first result  {med('to_first_result') * 1000:8.0f} ms")
    print(f"    … of it CPU (whole process)   {med('cpu_to_first_result') * 1000:8.0f} ms")
    print(f"  whole process (incl. exit)      {med('process_s') * 1000:8.0f} ms")
    print(f"  VmRSS after the first search    {med('rss_mb'):8.0f} MB")
    print(f"  guides in the cache             {int(med('guides')):8d}")


def _print_fill(figures: dict[str, float], guides: int) -> None:
    print(f"Desktop cache with {guides:,} guides".replace(",", "."))
    if not figures:
        print("  (reused from an earlier run)")
        return
    print(f"  generate + validate guides      {figures['generate_s']:8.2f} s")
    print(
        f"  apply_batch × {guides // BATCH:<4d} (500 each)    {figures['apply_batches_s']:8.2f} s"
    )
    print(f"  build + save search index       {figures['build_and_save_index_s']:8.2f} s")
    print(f"  cache file                      {figures['cache_mb']:8.1f} MB")
    print(f"  index file                      {figures['index_mb']:8.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--guides", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--keep", type=Path, help="Fill this folder once and reuse it on later runs."
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vejviser-bench-") as tmp:
        root = args.keep or Path(tmp)
        if args.keep and (root / "profile.json").exists():
            figures = {}
        else:
            root.mkdir(parents=True, exist_ok=True)
            figures = fill(root, args.guides)
        _print_fill(figures, args.guides)
        print(f"\nPython interpreter start (-c pass): {interpreter_start(3) * 1000:.0f} ms")
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"Load average: {load} on {os.cpu_count()} CPUs (wall times grow with load)")
        plain = cold_start(root, "plain", args.runs)
        report("Cold start without Qt", plain)
        with_qt = cold_start(root, "qt", args.runs)
        report("Cold start with Qt (PySide6 QApplication offscreen + AppContext)", with_qt)
        report(
            "Cold start after a sync cut off before the index followed (500 guides changed)",
            interrupted(root, max(1, args.runs // 2)),
        )
        to_result = statistics.median(r["to_first_result"] for r in plain)
        cpu = statistics.median(r["cpu_to_first_result"] for r in plain)
        rss = statistics.median(r["rss_mb"] for r in plain)
        qt_rss = statistics.median(r["rss_mb"] for r in with_qt)
        print("\nTargets: cold start ≤ 1.0 s, RSS ≤ 250 MB (without Qt)")
        print(
            f"  cold start {to_result:.2f} s wall, {cpu:.2f} s CPU: "
            f"{'met' if to_result <= 1.0 else 'MISSED'} (wall)"
        )
        print(
            f"  RSS {rss:.0f} MB: {'met' if rss <= 250 else 'MISSED'}  (with Qt: {qt_rss:.0f} MB)"
        )


if __name__ == "__main__":
    main()
