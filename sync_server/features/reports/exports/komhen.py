"""KOMHEN-style counts: per counting week, channel, KLE task, henvendelsestype and unit,
as CSV for Danish Excel (``;``, UTF-8 with a byte order mark). The KLE task of a
registration is its first guide's KLE number with one, else its area's (the registration's
area, else its first guide's area), else empty; the henvendelsestype comes from the outcome
by the municipality's mapping. The unit is the place of the municipality's own staff, or the
name of the shared hotline that handled the contact."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ....protocol import OWN_SOURCE, KomhenType, Outcome, ReportSettings
from . import labels

Key = tuple[int, int, str, str, str, str]


def kle_of(
    guide_ids: list[str] | None,
    area: str | None,
    guides: dict[str, tuple[str | None, str | None]],
    areas: dict[str, str | None],
) -> str:
    ids = guide_ids or []
    for guide_id in ids:
        kle = guides.get(guide_id, (None, None))[0]
        if kle:
            return kle
    first_area = guides.get(ids[0], (None, None))[1] if ids else None
    for name in (area, first_area):
        if name and areas.get(name):
            return areas[name] or ""
    return ""


def counts(
    registrations: Iterable[Any],
    settings: ReportSettings,
    guides: dict[str, tuple[str | None, str | None]],
    areas: dict[str, str | None],
    local_day: Callable[[datetime], date],
) -> Counter[Key]:
    """(year, week, channel, KLE, henvendelsestype, unit) → number of registrations; the
    counting week is the ISO week of the registration's local day."""
    out: Counter[Key] = Counter()
    for row in registrations:
        year, week, _ = local_day(row.started_at).isocalendar()
        kind = settings.komhen_types.get(Outcome(row.outcome), KomhenType.INFORMATION)
        kle = kle_of(row.guide_ids, row.area, guides, areas)
        source = row[14] if len(row) > 14 else OWN_SOURCE
        unit = row.location if source == OWN_SOURCE else source  # a hotline: its name
        out[(year, week, row.channel, kle, kind.value, unit)] += 1
    return out


def write(path: Path, figures: Counter[Key], settings: ReportSettings) -> int:
    """Write the counts; returns the number of registrations counted."""
    names = settings.komhen_columns
    header = [names.year, names.week, names.channel, names.kle, names.type, names.unit]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([*header, names.count])
        for key in sorted(figures):
            year, week, channel, kle, kind, unit = key
            label = labels.CHANNELS.get(channel, channel)
            unit = "'" + unit if unit.startswith(("=", "+", "-", "@")) else unit
            writer.writerow([year, week, label, kle, kind.capitalize(), unit, figures[key]])
    return sum(figures.values())
