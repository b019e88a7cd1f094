"""The search box feeds the anonymous search log: a search that found nothing is recorded
when the box is cleared; a guide opened from a search and registered with the contact
records the pair; a query with a CPR number leaves nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store import outbox
from sync_server.protocol import Outcome, SearchEvent


def _type(qtbot, lookup_ui, text: str) -> None:  # type: ignore[no-untyped-def]
    lookup_ui.focus_search()
    qtbot.keyClicks(lookup_ui.search.box, text)
    qtbot.waitUntil(lambda: not lookup_ui.search._timer.isActive())


def _events(context) -> list[SearchEvent]:  # type: ignore[no-untyped-def]
    items = outbox.due(context.workspace.cache, "search", 100)
    return [SearchEvent.model_validate_json(item.payload) for item in items]


def test_a_miss_is_recorded_when_the_box_is_cleared(qtbot, context, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, lookup_ui, "qqxyzzy 42")
    assert lookup_ui.search.results.rows() == []
    assert _events(context) == []  # still typing: nothing yet
    qtbot.keyClick(lookup_ui.search.box, Qt.Key.Key_Escape)
    [event] = _events(context)
    assert (event.words, event.found, event.guide_id) == (["qqxyzzy"], False, None)
    _type(qtbot, lookup_ui, "010190-1234 flytning")
    qtbot.keyClick(lookup_ui.search.box, Qt.Key.Key_Escape)
    assert len(_events(context)) == 1  # the CPR-laden query left nothing


def test_a_guide_opened_from_a_search_and_registered_records_the_pair(  # type: ignore[no-untyped-def]
    qtbot, context, lookup_ui
) -> None:
    contact = context.workspace.contact
    contact.start()
    _type(qtbot, lookup_ui, "flytning")
    qtbot.keyClick(lookup_ui.search.box, Qt.Key.Key_Return)  # opens the first result
    assert lookup_ui.guide.guide is not None and lookup_ui.guide.guide.id == "melde-flytning"
    assert _events(context) == []  # opened, not yet registered
    contact.finish(Outcome.RESOLVED)
    [event] = _events(context)
    assert (event.words, event.found, event.guide_id) == (["flytning"], True, "melde-flytning")
