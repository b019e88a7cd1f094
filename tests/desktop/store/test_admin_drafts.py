"""The guide editor's autosave in the cache: kept across a reopen (a crash or a restart); a
save asked for offline keeps its status while the admin types on."""

from __future__ import annotations

from pathlib import Path

from desktop.store import admin_drafts, open_cache


def test_an_edit_survives_a_reopen_and_keeps_the_status_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = open_cache(path)
    admin_drafts.save(
        cache, "new:1", guide_id=None, title="Flytning", base_revision=None, body='{"a": 1}'
    )
    admin_drafts.save(
        cache,
        "pas",
        guide_id="pas",
        title="Pas",
        base_revision=3,
        body='{"b": 1}',
        send="published",
    )
    # Typing on after an offline "Publish": the newer text, the same wish to publish.
    admin_drafts.save(cache, "pas", guide_id="pas", title="Pas", base_revision=3, body='{"b": 2}')
    cache.close()

    again = open_cache(path)
    try:
        kept = admin_drafts.get(again, "pas")
        assert kept is not None and (kept.body, kept.send, kept.base_revision) == (
            '{"b": 2}',
            "published",
            3,
        )
        assert [d.key for d in admin_drafts.to_send(again)] == ["pas"]
        assert {d.key for d in admin_drafts.all_drafts(again)} == {"pas", "new:1"}
        admin_drafts.discard(again, "pas")
        assert admin_drafts.get(again, "pas") is None
        assert admin_drafts.to_send(again) == []
    finally:
        again.close()
