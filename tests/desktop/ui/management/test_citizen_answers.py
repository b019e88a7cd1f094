"""The Ledelse page's "Borgernes svar" table: one line per area with the answers, the share
of yes and the previous period's share, and a total line; empty when nobody answered; an
older server's report (without the field) still shows."""

from __future__ import annotations

from typing import Any

from desktop.ui.management.page import ManagementPage
from sync_server.protocol import Report

EMPTY_FIGURES: dict[str, Any] = {
    "total": 0,
    "active_seconds": 0,
    "active_mean": None,
    "resolved": 0,
    "resolved_share": None,
    "goal_channels_share": None,
    "messages_sent": 0,
    "cost": 0.0,
    "cost_per_contact": None,
    **{
        name: []
        for name in (
            "by_area",
            "by_channel",
            "by_location",
            "by_hour",
            "by_weekday",
            "by_outcome",
            "by_citizen_type",
            "referrals",
            "stuck",
            "guides",
            "costs",
        )
    },
}


def _group(key: str, answers: int, helped: int) -> dict[str, Any]:
    share = helped / answers if answers else None
    return {
        "key": key,
        "answers": answers,
        "helped": helped,
        "not_helped": answers - helped,
        "helped_share": share,
    }


def _report(now: dict[str, Any] | None, before: dict[str, Any] | None) -> Report:
    def figures(first: str, answers: dict[str, Any] | None) -> dict[str, Any]:
        body = {**EMPTY_FIGURES, "period_from": first, "period_to": first}
        if answers is not None:
            body["citizen_answers"] = answers
        return body

    return Report.model_validate(
        {
            "location": None,
            "channel": None,
            "area": None,
            "resolved_goal": 0.8,
            "goal_channels": ["phone"],
            "current": figures("2026-12-06", now),
            "previous": figures("2026-12-05", before),
        }
    )


def _cells(page: ManagementPage) -> list[list[str]]:
    table = page.answers
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_answers_per_area_beside_the_previous_period(qtbot, danish) -> None:  # type: ignore[no-untyped-def]
    page = ManagementPage()
    qtbot.addWidget(page)
    headers = [page.answers.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Område", "Svar", "Andel ja", "Forrige periode"]
    now = {
        "answers": 4,
        "helped": 3,
        "helped_share": 0.75,
        "by_area": [_group("Arbejde", 3, 3), _group("Flytning", 1, 0)],
    }
    before = {"answers": 2, "helped": 1, "helped_share": 0.5, "by_area": [_group("Arbejde", 2, 1)]}
    page.show_report(_report(now, before))
    assert _cells(page) == [
        ["Arbejde", "3", "100,0 %", "50,0 %"],
        ["Flytning", "1", "0,0 %", "–"],
        ["Alle områder", "4", "75,0 %", "50,0 %"],
    ]
    page.show_report(_report(None, None))  # an older server: no answers field at all
    assert page.answers.rowCount() == 0
