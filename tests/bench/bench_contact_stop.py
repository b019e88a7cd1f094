"""Benchmark: stop → registration durably stored ("stop + one tap").

Run: ``.venv/bin/python tests/bench/bench_contact_stop.py [--contacts N] [--dir DIR]``

Times, per contact, ``stop()`` followed by ``finish_with_defaults()`` — the registration is in
the outbox and the local log (committed with ``synchronous=FULL``) when it returns — on a real
cache file. Prints p50/p95/max in ms against the target p95 ≤ 50 ms. Not a pytest test.
``--dir`` puts the cache on a particular disk (the default is the system temp folder).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.contacts import contact_setup  # noqa: E402

from desktop.core.timer import system_clock  # noqa: E402
from desktop.services.contact import ContactService  # noqa: E402
from desktop.store import outbox  # noqa: E402
from sync_server.protocol import Outcome  # noqa: E402

TARGET_MS = 50.0


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p50 = statistics.median(ordered)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return f"p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   max {ordered[-1]:6.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        setup = contact_setup(Path(folder) / "ws")
        service = ContactService(setup.cache, setup.lookup, clock=system_clock)
        setup.lookup.add_use_listener(service.guide_opened)
        service.start()  # the first finish remembers the defaults
        service.finish(Outcome.RESOLVED)
        total, stops, starts = [], [], []
        for _ in range(args.contacts):
            t0 = time.perf_counter()
            service.start()
            starts.append((time.perf_counter() - t0) * 1000)
            setup.lookup.record_use("melde-flytning")
            t0 = time.perf_counter()
            service.stop()
            t1 = time.perf_counter()
            service.finish_with_defaults()
            t2 = time.perf_counter()
            stops.append((t1 - t0) * 1000)
            total.append((t2 - t0) * 1000)
        queued = outbox.pending_count(setup.cache)
        setup.cache.close()
    print(f"contacts: {args.contacts} (queued in the outbox: {queued})")
    print(f"start()                         {_ms(starts)}")
    print(f"stop()                          {_ms(stops)}")
    print(f"stop() + finish_with_defaults() {_ms(total)}   target p95 ≤ {TARGET_MS:.0f} ms")
    p95 = sorted(total)[max(0, round(0.95 * len(total)) - 1)]
    print("OK" if p95 <= TARGET_MS else "SLOWER THAN TARGET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
