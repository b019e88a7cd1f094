"""Cache migration 0008 (shared hotline): a cache at 0007 with data keeps every row, now
marked with the account's municipality, and its cursor moves to ``pull_cursors``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from support.desktop_models import all_guides
from support.guides_da import AREAS, FAQ, SYNONYMS

from desktop.store import content as cached
from desktop.store import open_cache
from desktop.store.db import ensure_wal, migrations
from desktop.store.scope import home


def _cache_at_0007(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """A cache built by migrations 1–7 and filled the way version 0007 stored a pull."""
    ensure_wal(path)
    conn = sqlite3.connect(path)
    for number, script in migrations():
        if number > 7:
            break
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {number}")
    guides = all_guides()
    rows: dict[str, list[tuple[object, ...]]] = {
        "guides": [
            (
                g.id,
                g.revision,
                g.title,
                g.area,
                g.status.value,
                g.model_dump_json(),
                g.updated_at.isoformat(),
            )
            for g in guides
        ],
        "faq": [(f["id"], f["question"], f.get("category"), json.dumps(f)) for f in FAQ],
        "areas": [(a["name"], n, json.dumps(a)) for n, a in enumerate(AREAS)],
        "contacts": [("borgerservice", "Borgerservice", '{"id": "borgerservice"}')],
        "synonyms": [(t, json.dumps({"term": t, "words": w})) for t, w in SYNONYMS],
    }
    conn.executemany("INSERT INTO guides VALUES (?, ?, ?, ?, ?, ?, ?)", rows["guides"])
    conn.executemany("INSERT INTO faq VALUES (?, ?, ?, ?)", rows["faq"])
    conn.executemany("INSERT INTO areas VALUES (?, ?, ?)", rows["areas"])
    conn.executemany("INSERT INTO contacts VALUES (?, ?, ?)", rows["contacts"])
    conn.executemany("INSERT INTO synonyms VALUES (?, ?)", rows["synonyms"])
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [
            ("sync_cursor", "57"),
            ("sync_history", "h-1"),
            ("public_base_url", "https://vejviser.example.dk"),
            ("last_sync", "2026-12-01T10:00:00+00:00"),
        ],
    )
    conn.execute("INSERT INTO usage VALUES ('pas', 3, '2026-12-01')")
    conn.execute("INSERT INTO favourites VALUES ('pas', '2026-12-02')")
    conn.execute("INSERT INTO learned_terms VALUES ('pas', '[\"rejsepas\"]')")
    conn.commit()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    conn.close()
    return rows


def test_a_0007_cache_keeps_every_row_and_its_cursor(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    before = _cache_at_0007(path)
    cache = open_cache(path)
    try:
        assert cache.meta("last_sync") == "2026-12-01T10:00:00+00:00"
        assert home(cache) == "101"  # the municipality every cached guide names
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations()[-1][0]
            for table, rows in before.items():
                after = conn.execute(f"SELECT * FROM {table}").fetchall()
                assert sorted(after) == sorted(("101", *row) for row in rows), table
            cursors = conn.execute("SELECT * FROM pull_cursors").fetchall()
            old_keys = conn.execute(
                "SELECT key FROM meta WHERE key IN ('sync_cursor', 'sync_history')"
            ).fetchall()
            usage = conn.execute("SELECT * FROM usage").fetchall()
            favourites = conn.execute("SELECT * FROM favourites").fetchall()
        # 0009: use and favourites are the own municipality's
        assert usage == [("101", "pas", 3, "2026-12-01")]
        assert favourites == [("101", "pas", "2026-12-02")]
        assert cursors == [("101", 57, "h-1", 0, "https://vejviser.example.dk")]
        assert old_keys == []
        assert cached.cursor(cache) == 57 and cached.history(cache) == "h-1"
        assert cached.public_base_url(cache) == "https://vejviser.example.dk"
        assert cached.guide_count(cache) == len(before["guides"])
        assert [a.name for a in cached.areas(cache)] == [a["name"] for a in AREAS]
        pas = cached.get_guide(cache, "pas")
        assert pas is not None and pas.municipality == "101"
    finally:
        cache.close()


def test_a_0007_cache_without_guides_is_claimed_by_the_account(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    _cache_at_0007(path)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM guides")
    cache = open_cache(path)
    try:
        assert home(cache) == ""
        assert len(cached.areas(cache)) == len(AREAS)  # unclaimed rows are the own ones
        from desktop.store.scope import claim_home

        claim_home(cache, "101")
        with sqlite3.connect(path) as conn:
            codes = {row[0] for row in conn.execute("SELECT municipality FROM areas")}
            cursor_codes = [row[0] for row in conn.execute("SELECT municipality FROM pull_cursors")]
            local = conn.execute(
                "SELECT municipality FROM usage UNION ALL SELECT municipality FROM favourites"
            ).fetchall()
        assert codes == {"101"} and cursor_codes == ["101"]
        assert local == [("101",), ("101",)]  # use and favourites are claimed too
        assert cached.cursor(cache) == 57
    finally:
        cache.close()


def test_members_share_guide_ids_without_overwriting_each_other(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3")
    try:
        from support.desktop_models import batch, wire_guide

        from sync_server.protocol import EntityKind, Tombstone

        own = [wire_guide(municipality="990", title="Pas (hotline)")]
        cached.apply_batch(cache, batch(5, guides=own))
        assert home(cache) == "990"  # learnt from the first own pull
        member = [wire_guide(municipality="101", title="Pas i 101")]
        other = [wire_guide(municipality="102", title="Pas i 102")]
        cached.apply_batch(cache, batch(40, guides=member), "101")
        changes = cached.apply_batch(cache, batch(70, guides=other), "102")
        guide_id = own[0].id
        assert [g.title for g in changes.guides] == ["Pas i 102"]
        assert cached.cursor(cache) == 5
        assert cached.cursor(cache, "101") == 40 and cached.cursor(cache, "102") == 70
        assert cached.content_cursor(cache) == 115
        got = cached.get_guide(cache, guide_id)
        assert got is not None and got.title == "Pas (hotline)"  # default: the own one
        got = cached.get_guide(cache, guide_id, ["102", "990"])
        assert got is not None and got.title == "Pas i 102"
        titles = [g.title for g in cached.guides(cache, scope=["101", "990"])]
        assert titles == ["Pas i 101", "Pas (hotline)"]  # the caller's first
        assert cached.get_guide(cache, guide_id, "103") is None
        gone = cached.apply_batch(
            cache, batch(71, tombstones=[Tombstone(kind=EntityKind.GUIDE, id=guide_id)]), "102"
        )
        assert gone.deleted == [(EntityKind.GUIDE, f"{guide_id}@102")]
        assert cached.get_guide(cache, guide_id, "101") is not None  # 101's is untouched
        dropped = cached.drop_municipality(cache, "101")
        assert dropped.deleted == [(EntityKind.GUIDE, f"{guide_id}@101")]
        assert cached.get_guide(cache, guide_id, "101") is None
        assert cached.cursor(cache, "101") == 0
        assert cached.cached_municipalities(cache) == {"990", "102"}
        assert cached.drop_municipality(cache, "990").empty  # never the own content
        assert cached.get_guide(cache, guide_id) is not None
    finally:
        cache.close()
