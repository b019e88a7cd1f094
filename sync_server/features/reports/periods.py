"""Report periods: day, week (and the counting week, tælleuge), month, quarter, year or
from–to, and the period before to compare with."""

from __future__ import annotations

from datetime import date, timedelta

from ...errors import AppError
from ...protocol import PeriodKind

MAX_DAYS = 3 * 366 + 1


def month_start(day: date, months: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    return month_start(day, 1) - timedelta(days=1)


def resolve(kind: PeriodKind, anchor: date) -> tuple[date, date]:
    """The period of ``kind`` that holds ``anchor``."""
    if kind is PeriodKind.DAY:
        return anchor, anchor
    if kind is PeriodKind.WEEK:
        monday = anchor - timedelta(days=anchor.weekday())
        return monday, monday + timedelta(days=6)
    if kind is PeriodKind.MONTH:
        return month_start(anchor), month_end(anchor)
    if kind is PeriodKind.QUARTER:
        first = date(anchor.year, (anchor.month - 1) // 3 * 3 + 1, 1)
        return first, month_end(month_start(first, 2))
    return date(anchor.year, 1, 1), date(anchor.year, 12, 31)


def counting_week(year: int, week: int) -> tuple[date, date]:
    """ISO week ``week`` of ``year`` (tælleuge)."""
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise AppError(f"{year} har ingen uge {week}.", code="bad_period") from None
    return monday, monday + timedelta(days=6)


def check(first: date, last: date) -> None:
    if last < first:
        raise AppError("Perioden slutter, før den begynder.", code="bad_period")
    if (last - first).days >= MAX_DAYS:
        raise AppError("Perioden må højst være tre år.", code="bad_period")


def previous(first: date, last: date) -> tuple[date, date]:
    """Whole months compare with as many months before; other periods with as many days."""
    if first.day == 1 and last == month_end(last):
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        start = month_start(first, -months)
        return start, first - timedelta(days=1)
    days = (last - first).days + 1
    return first - timedelta(days=days), first - timedelta(days=1)


def segments(
    first: date, last: date, breaks: set[date]
) -> tuple[list[date], list[tuple[date, date]]]:
    """The whole months of [first, last] to read from monthly rollups (unless a cost rate
    changes inside one) and the remaining day ranges for the daily rollups."""
    months: list[date] = []
    ranges: list[tuple[date, date]] = []
    day = first
    while day <= last:
        end = month_end(day)
        inside = any(day < b <= end for b in breaks)
        if day.day == 1 and end <= last and not inside:
            months.append(day)
        else:
            stop = min(end, last)
            if ranges and ranges[-1][1] + timedelta(days=1) == day:
                ranges[-1] = (ranges[-1][0], stop)
            else:
                ranges.append((day, stop))
            end = stop
        day = end + timedelta(days=1)
    return months, ranges
