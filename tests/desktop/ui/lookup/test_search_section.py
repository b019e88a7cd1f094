"""Search-as-you-type and keyboard navigation on real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _type(qtbot, lookup_ui, text: str) -> None:  # type: ignore[no-untyped-def]
    lookup_ui.focus_search()
    qtbot.keyClicks(lookup_ui.search.box, text)
    qtbot.waitUntil(lambda: not lookup_ui.search._timer.isActive())


def test_typing_shows_results_as_you_type(qtbot, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, lookup_ui, "flyt")
    keys = [row.key for row in lookup_ui.search.results.rows()]
    assert keys and keys[0] == "melde-flytning"
    assert lookup_ui.search.hint.text().endswith(
        "resultater"
    ) or lookup_ui.search.hint.text().endswith("resultat")
    qtbot.keyClicks(lookup_ui.search.box, "ning")
    qtbot.waitUntil(lambda: not lookup_ui.search._timer.isActive())
    assert lookup_ui.search.results.rows()[0].key == "melde-flytning"


def test_down_moves_into_results_and_enter_opens(qtbot, window, context, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, lookup_ui, "læge")
    rows = lookup_ui.search.results.rows()
    assert len(rows) >= 2
    qtbot.keyClick(lookup_ui.search.box, Qt.Key.Key_Down)
    assert lookup_ui.search.results.hasFocus()
    qtbot.keyClick(lookup_ui.search.results, Qt.Key.Key_Down)
    expected = rows[1]
    qtbot.keyClick(lookup_ui.search.results, Qt.Key.Key_Return)
    assert window.frame.detail.currentWidget() is lookup_ui.guide
    assert lookup_ui.guide.guide is not None and lookup_ui.guide.guide.id == expected.key
    # Opening a guide records its use: it is the most recent one now.
    assert context.workspace.lookup.recent(1)[0].id == expected.key


def test_enter_in_the_box_opens_the_first_result(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, lookup_ui, "sundhedskort")
    first = lookup_ui.search.results.rows()[0]
    qtbot.keyClick(lookup_ui.search.box, Qt.Key.Key_Return)
    assert lookup_ui.guide.guide.id == first.key


def test_escape_clears_and_up_returns_to_the_box(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, lookup_ui, "pas")
    qtbot.keyClick(lookup_ui.search.box, Qt.Key.Key_Down)
    qtbot.keyClick(lookup_ui.search.results, Qt.Key.Key_Up)
    assert lookup_ui.search.box.hasFocus()
    qtbot.keyClick(lookup_ui.search.box, Qt.Key.Key_Escape)
    assert lookup_ui.search.box.text() == ""


def test_faq_results_are_marked(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, lookup_ui, "cookies")
    rows = lookup_ui.search.results.rows()
    faq = [row for row in rows if row.kind == "faq"]
    assert faq and faq[0].key == "browser-cookies"
    assert faq[0].badge == "FAQ"
    assert faq[0].subtitle.startswith("Teknisk FAQ")
    assert all(row.badge == "" for row in rows if row.kind == "guide")
    qtbot.keyClick(lookup_ui.search.box, Qt.Key.Key_Return)
    assert window.frame.detail.currentWidget() is lookup_ui.faq_answer


def test_no_results_says_so_in_danish(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, lookup_ui, "xyzzyqwv")
    assert lookup_ui.search.results.rows() == []
    hint = lookup_ui.search.hint.text()
    assert hint.startswith("Ingen resultater for »xyzzyqwv«. Prøv et andet ord")  # what to try
    assert "engelsk" in hint and "Områder" in hint
    assert not lookup_ui.search.notice.isVisible()


def test_weak_matches_stand_below_no_sure_results(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, lookup_ui, "gebyret")  # a word only in the body text of guides
    search = lookup_ui.search
    rows = search.results.rows()
    assert rows
    assert search.notice.isVisible()
    assert search.notice.text() == "Ingen sikre resultater"
    assert search.notice.y() < search.results.y()  # the line is above the list
    assert search.hint.text().startswith("Svage match for »gebyret«")
    assert all(not row.subtitle.startswith("Svagt match") for row in rows)
    qtbot.keyClick(search.box, Qt.Key.Key_Return)  # still opens the first one
    assert lookup_ui.guide.guide is not None and lookup_ui.guide.guide.id == rows[0].key


def test_sure_results_hide_the_line_and_mark_weak_ones(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, lookup_ui, "læge")
    rows = lookup_ui.search.results.rows()
    assert rows[0].key == "skifte-laege" and not rows[0].subtitle.startswith("Svagt match")
    assert not lookup_ui.search.notice.isVisible()
    assert any(row.subtitle.startswith("Svagt match · ") for row in rows[1:])


def test_empty_box_shows_recent_guides(qtbot, window, lookup_ui) -> None:  # type: ignore[no-untyped-def]
    lookup_ui.open_guide("pas")
    qtbot.wait(10)
    lookup_ui.search.set_query("")
    assert lookup_ui.search.results.rows()[0].key == "pas"
    assert lookup_ui.search.hint.text() == "Senest brugte vejledninger"
