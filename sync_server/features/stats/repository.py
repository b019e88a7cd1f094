"""Statistics queries. PostgreSQL aggregates in SQL; other databases (SQLite) take a portable
path that reads the few columns needed and aggregates in Python. Both compute the percentiles
as ``percentile_cont`` does (linear interpolation between the closest ranks)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Float,
    case,
    cast,
    false,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session

from ...db.models import RegistrationRow
from ...protocol import GroupBy, Outcome, StatsGroup

R = RegistrationRow
_COLUMNS: dict[GroupBy, Any] = {
    GroupBy.AREA: R.area,
    GroupBy.CHANNEL: R.channel,
    GroupBy.OUTCOME: R.outcome,
    GroupBy.LOCATION: R.location,
    GroupBy.CITIZEN_TYPE: R.citizen_type,
    GroupBy.STAFF: R.staff,
}
_TIME_FORMATS = {GroupBy.DAY: "%Y-%m-%d", GroupBy.HOUR: "%H"}
_EPOCH = date(1970, 1, 1)


@dataclass
class Summarised:
    groups: list[StatsGroup]
    referrals: list[StatsGroup]
    resolved: int


def percentile(ordered: list[int], fraction: float) -> float:
    """Linear interpolation between the closest ranks (what ``percentile_cont`` does)."""
    position = fraction * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _filters(
    municipality_id: int, start: datetime, end: datetime, *, served: bool = True
) -> list[ColumnElement[bool]]:
    """``served``: with the contacts a shared hotline handled for the municipality's citizens
    (as the reports count them); without them for figures per member of staff, which never
    name another tenant's staff."""
    own = R.municipality_id == municipality_id
    return [
        or_(own, R.served_municipality_id == municipality_id) if served else own,
        R.deleted == false(),
        R.started_at >= start,
        R.started_at < end,
    ]


def _order(groups: list[StatsGroup], chronological: bool) -> list[StatsGroup]:
    if chronological:
        return sorted(groups, key=lambda g: (g.key is None, g.key or ""))
    return sorted(groups, key=lambda g: (-g.count, g.key is None, g.key or ""))


def summarise(
    session: Session,
    municipality_id: int,
    start: datetime,
    end: datetime,
    group_by: GroupBy,
    zone: ZoneInfo,
) -> Summarised:
    filters = _filters(municipality_id, start, end, served=group_by is not GroupBy.STAFF)
    if session.get_bind().dialect.name == "postgresql":
        result = _summarise_pg(session, filters, group_by, (start, end), zone)
    else:
        result = _summarise_portable(session, filters, group_by, zone)
    chronological = group_by in _TIME_FORMATS
    return Summarised(
        _order(result.groups, chronological), _order(result.referrals, False), result.resolved
    )


# -- PostgreSQL ---------------------------------------------------------------------------
# One scan per query. A hash aggregate collects each group's durations in an array, and each
# (small) array is sorted once for both percentiles. ``percentile_cont ... GROUP BY key`` would
# first sort every row by the key (half the time of a year-wide summary). Local days and hours
# come from the instant plus the zone's offset, chosen by a CASE over the few instants where
# the offset changes in the period, not a time-zone conversion per row. Referrals are read
# from a small partial covering index (migration 0003).
def _offset_changes(
    start: datetime, end: datetime, zone: ZoneInfo
) -> tuple[list[datetime], list[int]]:
    """The instants in (start, end] where the zone's UTC offset changes, and the offsets in
    seconds: before the first change, then after each. ``start`` and ``end`` are whole
    seconds (local midnights)."""

    def offset(seconds: int) -> int:
        value = datetime.fromtimestamp(seconds, zone).utcoffset()
        return int(value.total_seconds()) if value is not None else 0

    first, last = int(start.timestamp()), int(end.timestamp())
    changes: list[datetime] = []
    offsets = [offset(first)]
    low = first
    while low < last:
        high = min(low + 6 * 3600, last)  # offsets change at most once in six hours
        if offset(high) != offsets[-1]:
            lo, hi = low, high  # offset(lo) is the old one, offset(hi) the new
            while hi - lo > 1:
                mid = (lo + hi) // 2
                lo, hi = (mid, hi) if offset(mid) == offsets[-1] else (lo, mid)
            changes.append(datetime.fromtimestamp(hi, UTC))
            offsets.append(offset(hi))
        low = high
    return changes, offsets


def _pg_local_seconds(start: datetime, end: datetime, zone: ZoneInfo) -> Any:
    """Seconds since 1970-01-01 00:00 local time (a float) of ``started_at``."""
    changes, offsets = _offset_changes(start, end, zone)
    epoch = func.date_part("epoch", R.started_at, type_=Float)
    if not changes:
        return epoch + offsets[0]
    pairs = zip(changes, offsets[:-1], strict=True)
    whens = [(R.started_at < change, offset) for change, offset in pairs]
    return epoch + case(*whens, else_=offsets[-1])


def _pg_key(group_by: GroupBy, start: datetime, end: datetime, zone: ZoneInfo) -> Any:
    if group_by in _TIME_FORMATS:
        unit = 86400 if group_by is GroupBy.DAY else 3600
        units = cast(func.floor(_pg_local_seconds(start, end, zone) / float(unit)), BigInteger)
        return units if group_by is GroupBy.DAY else func.mod(units, 24)
    return _COLUMNS[group_by]


def _pg_label(group_by: GroupBy) -> Callable[[Any], str | None]:
    if group_by is GroupBy.DAY:
        return lambda days: (_EPOCH + timedelta(days=int(days))).isoformat()
    if group_by is GroupBy.HOUR:
        return lambda hour: f"{int(hour):02d}"
    return lambda value: value


def _pg_groups(
    session: Session,
    key: Any,
    filters: list[ColumnElement[bool]],
    label: Callable[[Any], str | None] = lambda k: k,
) -> list[tuple[StatsGroup, int]]:
    """Groups (with their count of "resolved") of the rows matching ``filters``."""
    grouped = (
        select(
            key.label("key"),
            func.count().label("n"),
            func.avg(R.active_seconds).label("mean"),
            func.array_agg(R.active_seconds).label("seconds"),
            func.count().filter(R.outcome == Outcome.RESOLVED.value).label("resolved"),
        )
        .where(*filters)
        .group_by(literal_column("1"))  # by position: the key may hold bound parameters
        .subquery("grouped")
    )
    value = func.unnest(grouped.c.seconds).column_valued("value")
    quantiles = select(
        func.percentile_cont(literal_column("ARRAY[0.5, 0.9]::float8[]")).within_group(value)
    ).scalar_subquery()
    query = select(grouped.c.key, grouped.c.n, grouped.c.mean, quantiles, grouped.c.resolved)
    out = []
    for k, count, mean, (median, p90), resolved in session.execute(query):
        group = StatsGroup(
            key=label(k),
            count=int(count),
            active_mean=float(mean),
            active_median=float(median),
            active_p90=float(p90),
        )
        out.append((group, int(resolved)))
    return out


def _set_local(session: Session, settings: dict[str, str]) -> dict[str, str]:
    """Set planner settings for the rest of this transaction; return the previous values."""
    names = list(settings)
    previous = session.execute(select(*(func.current_setting(n) for n in names))).one()
    session.execute(select(*(func.set_config(n, v, True) for n, v in settings.items())))
    return dict(zip(names, previous, strict=True))


def _summarise_pg(
    session: Session,
    filters: list[ColumnElement[bool]],
    group_by: GroupBy,
    period: tuple[datetime, datetime],
    zone: ZoneInfo,
) -> Summarised:
    settings = {
        # The duration arrays take about 15 bytes a registration; with the default 4 MB,
        # a year-wide summary grouped by day spills them to disk (as days arrive in order).
        "work_mem": "128MB",
        # Compiling is slower than running these short queries.
        "jit": "off",
    }
    if group_by in _TIME_FORMATS:
        # Without statistics on the expression, the planner expects a group per row and would
        # sort them all; there are at most a few thousand days, or 24 hours. (The referral
        # query below hashes in any case.)
        settings["enable_sort"] = "off"
    previous = _set_local(session, settings)
    rows = _pg_groups(session, _pg_key(group_by, *period, zone), filters, _pg_label(group_by))
    referred = [*filters, R.outcome == Outcome.REFERRED.value]
    referrals = _pg_groups(session, R.referral_target, referred)
    _set_local(session, previous)
    return Summarised(
        groups=[group for group, _ in rows],
        referrals=[group for group, _ in referrals],
        resolved=sum(resolved for _, resolved in rows),
    )


# -- portable (SQLite) --------------------------------------------------------------------
def _group(key: str | None, values: list[int]) -> StatsGroup:
    values.sort()
    return StatsGroup(
        key=key,
        count=len(values),
        active_mean=sum(values) / len(values),
        active_median=percentile(values, 0.5),
        active_p90=percentile(values, 0.9),
    )


def _groups(buckets: dict[str | None, list[int]]) -> list[StatsGroup]:
    return [_group(key, values) for key, values in buckets.items()]


def _summarise_portable(
    session: Session, filters: list[ColumnElement[bool]], group_by: GroupBy, zone: ZoneInfo
) -> Summarised:
    timed = group_by in _TIME_FORMATS
    source = R.started_at if timed else _COLUMNS[group_by]
    query = select(source, R.active_seconds, R.outcome, R.referral_target).where(*filters)
    rows: Iterable[Any] = session.execute(query.execution_options(yield_per=10_000))
    buckets: dict[str | None, list[int]] = defaultdict(list)
    referrals: dict[str | None, list[int]] = defaultdict(list)
    resolved = 0
    pattern = _TIME_FORMATS[group_by] if timed else ""
    for value, seconds, outcome, target in rows:
        key = value.astimezone(zone).strftime(pattern) if timed else value
        buckets[key].append(seconds)
        if outcome == Outcome.RESOLVED.value:
            resolved += 1
        elif outcome == Outcome.REFERRED.value:
            referrals[target].append(seconds)
    return Summarised(_groups(buckets), _groups(referrals), resolved)
