"""Unsaved directory and template forms in the cache (migration 0010): kept across a reopen,
replaced by the newer text, gone when discarded; a cache at 0009 gets the table and keeps its
guide edits; never among the guide edits of ``admin_drafts``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store import admin_drafts, admin_forms, open_cache
from desktop.store.db import ensure_wal, migrations


def test_a_form_survives_a_reopen_and_is_gone_when_discarded(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = open_cache(path)
    admin_forms.save(cache, "directory:101:faq:f1", {"question": "Hvorfor?"}, 2)
    admin_forms.save(cache, "directory:101:faq:f1", {"question": "Hvorfor ikke?"}, 3)
    admin_forms.save(cache, "templates:101", {"sms_text": "Hej {navn}", "revision": 0}, 0)
    admin_forms.save(cache, "directory:101:areas:new", {"name": "Affald æøå"}, None)
    cache.close()

    again = open_cache(path)
    try:
        kept = admin_forms.get(again, "directory:101:faq:f1")
        assert kept is not None
        assert kept.data == {"question": "Hvorfor ikke?"} and kept.base_revision == 3
        new = admin_forms.get(again, "directory:101:areas:new")
        assert new is not None and new.data["name"] == "Affald æøå" and new.base_revision is None
        assert admin_drafts.all_drafts(again) == []  # not a guide edit
        admin_forms.discard(again, "directory:101:faq:f1")
        assert admin_forms.get(again, "directory:101:faq:f1") is None
        assert admin_forms.get(again, "templates:101") is not None
    finally:
        again.close()


def test_a_0009_cache_gets_the_table_and_keeps_its_guide_edits(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    ensure_wal(path)
    conn = sqlite3.connect(path)
    for number, script in migrations():
        if number > 9:
            break
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute(
        "INSERT INTO admin_drafts (key, guide_id, title, base_revision, body, send, saved_at) "
        "VALUES ('pas', 'pas', 'Pas', 3, '{}', NULL, '2026-12-01T10:00:00+00:00')"
    )
    conn.commit()
    conn.close()

    cache = open_cache(path)
    try:
        assert [d.key for d in admin_drafts.all_drafts(cache)] == ["pas"]
        admin_forms.save(cache, "templates:101", {"revision": 1}, 1)
        assert admin_forms.get(cache, "templates:101") is not None
    finally:
        cache.close()
