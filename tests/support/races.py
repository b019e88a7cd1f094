"""Several processes opening the same brand-new SQLite file at the same moment.

Used by the tests (a few rounds) and by ``tests/bench/bench_cache_race.py`` (60 rounds).
Each process imports Vejviser once and then, round after round, waits for the round's
start time and opens that round's new file: the desktop cache (``open_cache``) or the
server database (``make_engine`` + a first query).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

_OPENERS = {
    "desktop": (
        "from desktop.store import open_cache\ndef open_file(path):\n    open_cache(path).close()\n"
    ),
    "server": (
        "from sqlalchemy import text\n"
        "from sync_server.db.engine import make_engine, make_session_factory, transaction\n"
        "def open_file(path):\n"
        "    engine = make_engine(f'sqlite:///{path.as_posix()}')\n"
        "    with transaction(make_session_factory(engine)) as session:\n"
        "        session.execute(text('CREATE TABLE IF NOT EXISTS t (x INTEGER)'))\n"
        "        session.execute(text('INSERT INTO t VALUES (1)'))\n"
        "    engine.dispose()\n"
    ),
}

_ROUNDS = """
import sys, time
from pathlib import Path
folder, start = Path(sys.argv[1]), float(sys.argv[2])
slot, rounds = float(sys.argv[3]), int(sys.argv[4])
failed = 0
for round_ in range(rounds):
    moment = start + round_ * slot
    while time.time() < moment:
        time.sleep(0.0005)
    path = folder / f"race-{round_}" / "db.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        open_file(path)
    except Exception as exc:
        failed += 1
        print(f"round {round_}: {type(exc).__name__}: {exc}", file=sys.stderr)
sys.exit(1 if failed else 0)
"""


def open_race(
    folder: Path, rounds: int, *, target: str = "desktop", processes: int = 4, slot: float = 0.4
) -> list[str]:
    """``rounds`` times, ``processes`` processes open the same brand-new file at the same
    moment (a new file each round). Returns the errors (empty: every open succeeded)."""
    script = _OPENERS[target] + _ROUNDS
    start = time.time() + 3.0  # every process has imported Vejviser by then
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(folder), str(start), str(slot), str(rounds)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    errors = [p.communicate(timeout=60 + rounds * slot)[1] for p in procs]
    failures = [err for p, err in zip(procs, errors, strict=True) if p.returncode != 0]
    for round_ in range(rounds):
        path = folder / f"race-{round_}" / "db.sqlite3"
        with sqlite3.connect(path) as conn:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            failures.append(f"round {round_}: journal mode {mode}, not wal")
    return failures
