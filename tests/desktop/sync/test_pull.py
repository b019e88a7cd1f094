"""Pulling from the real server: batches, increments, deletions, resuming, screenshots."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

from sqlalchemy import text
from support.desk import Desk
from support.guides_da import AREAS, FAQ, GUIDES, SYNONYMS, guide
from support.live_server import PNG_1X1

from desktop.core.errors import ServerUnreachable
from desktop.store import content as cached
from sync_server.db.engine import make_session_factory, transaction
from sync_server.features.municipalities.service import reset_sync

ROWS = len(AREAS) + len(GUIDES) + len(FAQ) + len(SYNONYMS)


def _guide_ids(desk: Desk) -> list[str]:
    with desk.cache.read() as conn:
        return [r[0] for r in conn.execute(text("SELECT id FROM guides ORDER BY id"))]


def test_first_sync_pulls_everything_in_batches(desk: Desk) -> None:
    report = desk.sync(pull_limit=5)
    assert report.error is None
    assert report.pulled_items == ROWS
    assert report.pulled_batches == math.ceil(ROWS / 5)
    assert cached.cursor(desk.cache) == desk.server.change_seq("101")
    assert _guide_ids(desk) == sorted(g["id"] for g in GUIDES)
    assert len(cached.areas(desk.cache)) == len(AREAS)
    assert len(cached.faq_entries(desk.cache)) == len(FAQ)
    assert len(cached.synonyms(desk.cache)) == len(SYNONYMS)
    assert desk.cache.meta("last_sync") is not None
    stored = cached.get_guide(desk.cache, "melde-flytning")
    assert stored is not None and stored.municipality == "101" and stored.revision == 1
    # ... and it is searchable at once, with the municipality's synonyms.
    assert desk.ids("flytning")[0] == "melde-flytning"
    assert desk.ids("lægeskift")[0] == "skifte-laege"
    assert desk.ids("nøglekort")[0] == "mitid"  # only the synonym list knows this word
    assert desk.ids("cookies") == ["browser-cookies"]


def test_incremental_sync_gets_only_the_changes(desk: Desk) -> None:
    desk.sync()
    admin = desk.server.admin_api("101")
    admin.update_guide("pas", guidance=["Pas til børn under 18 år koster 153 kr."])
    admin.create_guide(
        guide(
            "navneaendring",
            "Ændre navn",
            "Familie",
            ["navneskift", "nyt efternavn"],
            ["Navneændring søges digitalt hos Familieretshuset."],
            [("Ansøg", "Log ind med MitID og udfyld ansøgningen.")],
        )
    )
    report = desk.sync(pull_limit=5)
    assert report.error is None
    # The two guides, and the new area "Familie" the server added for the second one.
    assert (report.pulled_batches, report.pulled_items) == (1, 3)
    assert "Familie" in {a.name for a in cached.areas(desk.cache)}
    assert [g.id for g in report.changes.guides] == ["pas", "navneaendring"]
    pas = cached.get_guide(desk.cache, "pas")
    assert pas is not None and pas.revision == 2
    assert pas.guidance == ["Pas til børn under 18 år koster 153 kr."]
    assert desk.ids("navneskift")[0] == "navneaendring"
    assert desk.ids("153 kr")[0] == "pas"
    again = desk.sync()  # nothing new
    assert (again.pulled_batches, again.pulled_items, again.error) == (1, 0, None)


def test_deletions_remove_rows_and_search_results(desk: Desk) -> None:
    desk.sync()
    assert "skifte-laege" in desk.ids("skifte læge")
    assert desk.ids("cookies") == ["browser-cookies"]
    assert desk.ids("nøglekort")[:1] == ["mitid"]
    admin = desk.server.admin_api("101")
    admin.delete_guide("skifte-laege")
    admin.delete_item("faq", "browser-cookies")
    admin.delete_item("areas", "Vielse")
    admin.delete_item("synonyms", "MitID")
    report = desk.sync()
    assert report.error is None
    assert report.pulled_items == 4
    assert "skifte-laege" not in _guide_ids(desk)
    assert cached.get_faq(desk.cache, "browser-cookies") is None
    assert "Vielse" not in {a.name for a in cached.areas(desk.cache)}
    assert [s.term for s in cached.synonyms(desk.cache)] == ["sundhedskort"]
    assert "skifte-laege" not in desk.ids("skifte læge")
    assert desk.ids("cookies") == []
    assert "mitid" not in desk.ids("nøglekort")
    assert desk.ids("det gule kort")[:1] == ["sundhedskort"]  # the other group still works


def test_a_sync_cut_off_half_way_resumes_without_loss(desk: Desk) -> None:
    server = desk.server
    batches: list[str] = []

    def progress(message: str) -> None:
        batches.append(message)
        if len(batches) == 2:
            server.stop()  # the network goes away between batch 2 and 3

    report = desk.sync(pull_limit=5, progress=progress)
    assert isinstance(report.error, ServerUnreachable)
    assert "kan ikke nås" in report.error.message
    assert report.pulled_batches == 2
    assert desk.cache.meta("last_sync") is None  # not a complete sync
    cursor = cached.cursor(desk.cache)
    assert 0 < cursor < ROWS  # the first two batches are kept
    kept = _guide_ids(desk)

    server.start()
    admin = server.admin_api("101")
    admin.update_guide(kept[0], title="Opdateret efter afbrydelsen")
    report = desk.sync(pull_limit=5)
    assert report.error is None
    assert cached.cursor(desk.cache) == server.change_seq("101")
    assert _guide_ids(desk) == sorted(g["id"] for g in GUIDES)
    assert report.pulled_items == ROWS - 10 + 1  # the rest, and the one change since
    updated = cached.get_guide(desk.cache, kept[0])
    assert updated is not None and updated.title == "Opdateret efter afbrydelsen"
    # Each guide once in search results, too.
    hits = desk.ids("borger", limit=100)
    assert len(hits) == len(set(hits))
    # The index was saved for the cursor it covers: a restart loads it as it is.
    assert desk.lookup.saved_cursor() == cached.cursor(desk.cache)


def test_screenshots_are_fetched_once(desk: Desk) -> None:
    admin = desk.server.admin_api("101")
    sha = admin.upload_blob(PNG_1X1)
    assert sha == hashlib.sha256(PNG_1X1).hexdigest()
    steps = admin.get_guide("mitid")["steps"]
    steps[0]["image"] = sha
    admin.update_guide("mitid", steps=steps)
    first = desk.sync()
    assert first.error is None and first.blobs_fetched == 1
    assert desk.blobs.path(sha).read_bytes() == PNG_1X1
    # Another guide uses the same screenshot; the guide with it changes again.
    steps = admin.get_guide("pas")["steps"]
    steps[1]["image"] = sha
    admin.update_guide("pas", steps=steps)
    admin.update_guide("mitid", title="Få MitID (opdateret)")
    before = len(desk.server.requests)
    second = desk.sync()
    assert second.error is None and second.pulled_items == 2
    assert second.blobs_fetched == 0
    assert not [r for r in desk.server.requests[before:] if r[1].startswith("/api/v1/blobs")]


def test_a_screenshot_lost_on_the_way_is_fetched_on_the_next_sync(desk: Desk) -> None:
    admin = desk.server.admin_api("101")
    sha = admin.upload_blob(PNG_1X1)
    steps = admin.get_guide("mitid")["steps"]
    steps[0]["image"] = sha
    admin.update_guide("mitid", steps=steps)
    desk.server.drop_responses("/api/v1/blobs/", count=1)
    first = desk.sync()
    assert isinstance(first.error, ServerUnreachable)
    assert not desk.blobs.has(sha)
    second = desk.sync()
    assert second.error is None
    assert second.blobs_fetched == 1
    assert desk.blobs.path(sha).read_bytes() == PNG_1X1
    assert cached.cursor(desk.cache) == desk.server.change_seq("101")


def test_a_guide_deleted_and_restored_during_a_sync_stays_searchable(desk: Desk) -> None:
    desk.sync()
    admin = desk.server.admin_api("101")
    admin.delete_guide("vielse")
    admin.update_guide("pas", title="Ansøge om pas (ny pris)")
    calls: list[str] = []

    def progress(message: str) -> None:
        calls.append(message)
        if len(calls) == 1:  # after the batch with the deletion: an admin restores it
            admin.create_guide(GUIDES[[g["id"] for g in GUIDES].index("vielse")])

    report = desk.sync(pull_limit=1, progress=progress)
    assert report.error is None
    assert cached.get_guide(desk.cache, "vielse") is not None
    assert desk.ids("borgerlig vielse")[:1] == ["vielse"]


def test_a_screenshot_missing_on_the_server_does_not_stop_the_sync(desk: Desk) -> None:
    """A guide imported without its images refers to a screenshot the server lacks."""
    admin = desk.server.admin_api("101")
    missing = hashlib.sha256(b"never uploaded").hexdigest()
    steps = admin.get_guide("pas")["steps"]
    steps[0]["image"] = missing
    admin.update_guide("pas", steps=steps)
    report = desk.sync()
    assert report.error is None
    assert report.blobs_fetched == 0
    assert not desk.blobs.has(missing)
    pas = cached.get_guide(desk.cache, "pas")
    assert pas is not None and pas.steps[0].image == missing
    assert cached.cursor(desk.cache) == desk.server.change_seq("101")


# -- a server restored from a backup --------------------------------------------------------
def _server_guide_ids(desk: Desk) -> list[str]:
    admin = desk.server.admin_api("101")
    return sorted(g["id"] for g in admin.request("GET", "/guides", expect=200))


def _after_backup(desk: Desk, tmp_path: Path) -> Path:
    """Sync, take a backup, then change things the backup will not have, and sync those."""
    desk.sync()
    backup = desk.server.backup(tmp_path / "backup.sqlite3")
    admin = desk.server.admin_api("101")
    admin.create_guide(
        guide(
            "hundeskat",
            "Hundeafgift efter backup",
            "Familie",
            ["hundeafgift"],
            ["Findes kun efter backuppen."],
            [("Trin", "Et trin.")],
        )
    )
    admin.delete_guide("pas")
    admin.update_guide("mitid", title="MitID efter backup")
    report = desk.sync()
    assert report.error is None and not report.reset
    assert "hundeskat" in _guide_ids(desk) and "pas" not in _guide_ids(desk)
    return backup


def _matches_the_server(desk: Desk) -> None:
    assert _guide_ids(desk) == _server_guide_ids(desk) == sorted(g["id"] for g in GUIDES)
    mitid = cached.get_guide(desk.cache, "mitid")
    assert mitid is not None and mitid.title != "MitID efter backup"
    assert "Familie" not in {a.name for a in cached.areas(desk.cache)}
    assert "hundeskat" not in desk.ids("hundeafgift", limit=50)  # gone from search too
    assert "pas" in desk.ids("pas", limit=20)
    assert cached.cursor(desk.cache) == desk.server.change_seq("101")


def test_a_restored_backup_is_pulled_again_and_what_it_lacks_is_dropped(
    desk: Desk, tmp_path: Path
) -> None:
    backup = _after_backup(desk, tmp_path)
    desk.server.restore(backup)
    # The desktop's cursor is ahead of the restored server: it notices by itself.
    report = desk.sync(pull_limit=5)
    assert report.error is None and report.reset
    assert report.pulled_items == ROWS
    assert ("guide", "hundeskat") in {(k.value, key) for k, key in report.changes.deleted}
    _matches_the_server(desk)
    again = desk.sync()
    assert not again.reset and again.pulled_items == 0


def test_reset_sync_after_a_restore_with_new_changes(desk: Desk, tmp_path: Path) -> None:
    """Changes made on the restored server before the desktop syncs can carry its counter
    past the desktop's cursor; ``vejviser-server reset-sync`` tells the desktops."""
    backup = _after_backup(desk, tmp_path)
    desk.server.restore(backup)
    admin = desk.server.admin_api("101")
    for _ in range(6):
        admin.update_guide("vielse", title="Vielse efter gendannelsen")
    assert desk.server.change_seq("101") > cached.cursor(desk.cache)
    unaware = desk.sync()  # nothing tells the desktop: it only gets the newest changes
    assert not unaware.reset and "hundeskat" in _guide_ids(desk)
    with transaction(make_session_factory(desk.server.engine)) as session:
        reset_sync(session, "101")
    report = desk.sync(pull_limit=7)
    assert report.error is None and report.reset
    _matches_the_server(desk)
    vielse = cached.get_guide(desk.cache, "vielse")
    assert vielse is not None and vielse.title == "Vielse efter gendannelsen"


def test_a_full_pull_cut_off_half_way_still_drops_what_the_server_lost(
    desk: Desk, tmp_path: Path
) -> None:
    backup = _after_backup(desk, tmp_path)
    server = desk.server
    server.restore(backup)
    batches: list[str] = []

    def progress(message: str) -> None:
        batches.append(message)
        if len(batches) == 2:
            server.stop()

    cut = desk.sync(pull_limit=5, progress=progress)
    assert isinstance(cut.error, ServerUnreachable) and cut.reset
    assert "hundeskat" in _guide_ids(desk)  # not dropped before the full pull is complete
    server.start()
    report = desk.sync(pull_limit=5)
    assert report.error is None and not report.reset  # the same full pull, continued
    _matches_the_server(desk)
