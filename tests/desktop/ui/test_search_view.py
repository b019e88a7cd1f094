"""Search-as-you-type and keyboard navigation on real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _type(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.focus_search()
    qtbot.keyClicks(window.search.box, text)
    qtbot.waitUntil(lambda: not window.search._timer.isActive())


def test_typing_shows_results_as_you_type(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, window, "flyt")
    keys = [row.key for row in window.search.results.rows()]
    assert keys and keys[0] == "melde-flytning"
    assert window.search.hint.text().endswith("resultater") or window.search.hint.text().endswith(
        "resultat"
    )
    qtbot.keyClicks(window.search.box, "ning")
    qtbot.waitUntil(lambda: not window.search._timer.isActive())
    assert window.search.results.rows()[0].key == "melde-flytning"


def test_down_moves_into_results_and_enter_opens(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, window, "læge")
    rows = window.search.results.rows()
    assert len(rows) >= 2
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    assert window.search.results.hasFocus()
    qtbot.keyClick(window.search.results, Qt.Key.Key_Down)
    expected = rows[1]
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.detail.currentWidget() is window.guide
    assert window.guide.guide is not None and window.guide.guide.id == expected.key
    # Opening a guide records its use: it is the most recent one now.
    assert context.workspace.lookup.recent(1)[0].id == expected.key


def test_enter_in_the_box_opens_the_first_result(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, window, "sundhedskort")
    first = window.search.results.rows()[0]
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.guide.guide.id == first.key


def test_escape_clears_and_up_returns_to_the_box(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, window, "pas")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    qtbot.keyClick(window.search.results, Qt.Key.Key_Up)
    assert window.search.box.hasFocus()
    qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert window.search.box.text() == ""


def test_faq_results_are_marked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, window, "cookies")
    rows = window.search.results.rows()
    faq = [row for row in rows if row.kind == "faq"]
    assert faq and faq[0].key == "browser-cookies"
    assert faq[0].badge == "FAQ"
    assert faq[0].subtitle.startswith("Teknisk FAQ")
    assert all(row.badge == "" for row in rows if row.kind == "guide")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.detail.currentWidget() is window.faq_answer


def test_no_results_says_so_in_danish(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, window, "xyzzyqwv")
    assert window.search.results.rows() == []
    hint = window.search.hint.text()
    assert hint.startswith("Ingen resultater for »xyzzyqwv«. Prøv et andet ord")  # what to try
    assert "engelsk" in hint and "Områder" in hint
    assert not window.search.notice.isVisible()


def test_weak_matches_stand_below_no_sure_results(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, window, "gebyret")  # a word only in the body text of guides
    rows = window.search.results.rows()
    assert rows
    assert window.search.notice.isVisible()
    assert window.search.notice.text() == "Ingen sikre resultater"
    assert window.search.notice.y() < window.search.results.y()  # the line is above the list
    assert window.search.hint.text().startswith("Svage match for »gebyret«")
    assert all(not row.subtitle.startswith("Svagt match") for row in rows)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # still opens the first one
    assert window.guide.guide is not None and window.guide.guide.id == rows[0].key


def test_sure_results_hide_the_line_and_mark_weak_ones(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, window, "læge")
    rows = window.search.results.rows()
    assert rows[0].key == "skifte-laege" and not rows[0].subtitle.startswith("Svagt match")
    assert not window.search.notice.isVisible()
    assert any(row.subtitle.startswith("Svagt match · ") for row in rows[1:])


def test_empty_box_shows_recent_guides(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_guide("pas")
    qtbot.wait(10)
    window.search.set_query("")
    assert window.search.results.rows()[0].key == "pas"
    assert window.search.hint.text() == "Senest brugte vejledninger"
