"""Citizens' answers summed up per guide, per area and per Selvbetjeningstjek area."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from sync_server.protocol import SURVEY_THEMES, CitizenFeedbackGroup, CitizenFeedbackSummary

from ..guides.convert import fold

#: How many of the latest reasons a group shows.
REASONS = 10


class Answer(Protocol):
    guide_key: str
    guide_title: str
    area: str
    helped: bool
    reason: str | None


def check_area_of(area: str, title: str, check_areas: Sequence[str]) -> str | None:
    """The KL Selvbetjeningstjek area a guide belongs to, by its area or title."""
    text = f"{fold(area)} {fold(title)}"
    for name in check_areas:
        if fold(name) in text:
            return name
    return None


def _group(
    key: str, answers: list[Answer], title: str = "", area: str = ""
) -> CitizenFeedbackGroup:
    means: dict[str, float | None] = {}
    survey = 0
    for theme in SURVEY_THEMES:
        scores = [v for a in answers if (v := getattr(a, theme)) is not None]
        means[theme] = round(sum(scores) / len(scores), 2) if scores else None
    survey = sum(1 for a in answers if any(getattr(a, t) is not None for t in SURVEY_THEMES))
    helped = sum(1 for a in answers if a.helped)
    reasons = [a.reason for a in reversed(answers) if a.reason][:REASONS]
    return CitizenFeedbackGroup(
        key=key,
        title=title,
        area=area,
        answers=len(answers),
        helped=helped,
        not_helped=len(answers) - helped,
        survey_answers=survey,
        means=means,
        reasons=reasons,
    )


def summarise(rows: Iterable[Answer], check_areas: Sequence[str]) -> CitizenFeedbackSummary:
    by_guide: dict[str, list[Answer]] = {}
    by_area: dict[str, list[Answer]] = {}
    by_check: dict[str, list[Answer]] = {}
    for row in rows:
        by_guide.setdefault(row.guide_key, []).append(row)
        by_area.setdefault(row.area, []).append(row)
        check = check_area_of(row.area, row.guide_title, check_areas)
        if check is not None:
            by_check.setdefault(check, []).append(row)
    return CitizenFeedbackSummary(
        by_guide=[
            _group(key, items, title=items[-1].guide_title, area=items[-1].area)
            for key, items in sorted(by_guide.items(), key=lambda kv: fold(kv[1][-1].guide_title))
        ],
        by_area=[
            _group(k, v, area=k) for k, v in sorted(by_area.items(), key=lambda kv: fold(kv[0]))
        ],
        by_self_service_check_area=[_group(k, by_check[k]) for k in check_areas if k in by_check],
    )
