"""Benchmark (a race trial): processes creating the same new SQLite file at once.

Run: ``.venv/bin/python tests/bench/bench_cache_race.py [--rounds 60] [--processes 4]``

Each round, four processes open the same brand-new desktop cache (``open_cache``) at the
same moment, and four open the same brand-new server database (``make_engine``). Prints the
rounds that had a failing process (goal: none).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.races import open_race  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--processes", type=int, default=4)
    args = parser.parse_args()
    failed = False
    for target in ("desktop", "server"):
        with tempfile.TemporaryDirectory(prefix=f"race-{target}-") as folder:
            started = time.perf_counter()
            errors = open_race(Path(folder), args.rounds, target=target, processes=args.processes)
            elapsed = time.perf_counter() - started
        print(
            f"{target:8} {args.rounds} rounds x {args.processes} processes: "
            f"{len(errors)} failing process(es) ({elapsed:.1f} s)"
        )
        for error in errors:
            print("   ", error.strip().replace("\n", "\n    "))
        failed = failed or bool(errors)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
