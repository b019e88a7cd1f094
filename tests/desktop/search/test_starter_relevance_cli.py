"""The starter query set through the real path: the server seeded with the starter library
(what ``vejviser-server seed-demo`` loads), ``vejviser login``, ``vejviser sync`` and
``vejviser search --batch``. Its JSON lines rank exactly as the in-process index does, and mark
the results below the confidence cut ``"weak": true``."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from starter_queries import QUERIES
from starter_relevance import evaluate, ranked_in_process, starter_index
from support.live_server import LiveServer

from desktop.cli import main
from sync_server.db.engine import make_session_factory, transaction
from sync_server.seed import DEMO_CODE, seed_demo


def test_batch_search_over_the_seeded_starter_library(
    live_server: LiveServer, tmp_path: Path
) -> None:
    with transaction(make_session_factory(live_server.engine)) as session:
        seeded = seed_demo(session)
    password = next(p for user, _role, p in seeded.accounts if user == "agent")
    runner = CliRunner()
    env = {"VEJVISER_PASSWORD": password}
    login = ["login", "--server", live_server.url, "--municipality", DEMO_CODE]
    result = runner.invoke(main, [*login, "--username", "agent"], env=env)
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["sync"], env=env).exit_code == 0
    batch = tmp_path / "queries.txt"
    batch.write_text("".join(q + "\n" for _k, q, _e in QUERIES), encoding="utf-8")
    result = runner.invoke(main, ["search", "--batch", str(batch)], env=env)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["query"] for line in lines] == [q for _k, q, _e in QUERIES]
    ranked = {
        line["query"]: [(r["id"], r.get("weak", False)) for r in line["results"]] for line in lines
    }
    index = starter_index()
    for _kind, query, _expected in QUERIES:
        assert ranked[query] == ranked_in_process(index, query), query
    report = evaluate(QUERIES, ranked)
    assert report.answerable.share >= 0.95
    assert report.none.share >= 0.90
