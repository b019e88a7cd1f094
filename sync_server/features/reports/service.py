"""Rules for reports: who may ask (manager and admin of the municipality, see the router),
which period, the figures from the rollups, cost at the rates that applied, the goal."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from ...db.engine import transaction
from ...db.models import MunicipalityRow
from ...errors import AppError
from ...principal import Caller
from ...protocol import (
    SELF_SERVICE_CHECK_AREAS,
    Channel,
    ChannelCost,
    CitizenAnswerFigure,
    CitizenAnswerFigures,
    CitizenFeedbackGroup,
    CostRate,
    ExportFormat,
    Figure,
    KomhenColumns,
    KomhenType,
    Outcome,
    PeriodKind,
    Report,
    ReportFigures,
    ReportFrequency,
    ReportSettings,
    ReportSubscription,
    ShiftEstimate,
)
from ..citizen import service as citizen
from ..municipalities import service as municipalities
from ..searchlog import service as searchlog
from . import periods, repository
from .exports import csv_file, komhen, pdf, xlsx
from .repository import Filters, Where

OTHER_STUCK = "Andet"
TOP_GUIDES = 25


class Rates:
    """Cost rates per channel, each valid from its date until the next one."""

    def __init__(self, rates: Iterable[CostRate]) -> None:
        self._by_channel: dict[str, list[CostRate]] = defaultdict(list)
        for rate in sorted(rates, key=lambda r: r.valid_from):
            self._by_channel[rate.channel.value].append(rate)

    @property
    def breaks(self) -> set[date]:
        return {rate.valid_from for rates in self._by_channel.values() for rate in rates}

    def cost(self, channel: str, day: date, count: int, seconds: int) -> float:
        rates = self._by_channel.get(channel, [])
        index = bisect_right([rate.valid_from for rate in rates], day) - 1
        if index < 0:
            return 0.0
        rate = rates[index]
        return count * rate.per_contact + seconds / 60 * rate.per_minute


def mark_registrations(
    session: Session, municipality_id: int, instants: Iterable[datetime]
) -> None:
    """Ingest's hook: the local days of these start times need their rollups rebuilt."""
    repository.mark_dirty(session, municipality_id, {repository.local_day(i) for i in instants})


def get_settings(session: Session, municipality_id: int) -> ReportSettings:
    row = repository.settings(session, municipality_id)
    rates = [
        CostRate(
            channel=Channel(rate.channel),
            valid_from=rate.valid_from,
            per_minute=rate.per_minute,
            per_contact=rate.per_contact,
        )
        for rate in repository.rates(session, municipality_id)
    ]
    channels = [Channel(c) for c in row.goal_channels.split(",") if c]
    settings = ReportSettings(
        resolved_goal=row.resolved_goal,
        goal_channels=channels,
        self_service_cost=row.self_service_cost,
        rates=rates,
    )
    if row.komhen:
        settings.komhen_types = {
            **settings.komhen_types,
            **{Outcome(k): KomhenType(v) for k, v in row.komhen.get("types", {}).items()},
        }
        settings.komhen_columns = KomhenColumns(**row.komhen.get("columns", {}))
    return settings


def put_settings(
    session: Session,
    municipality_id: int,
    body: ReportSettings,
    keep: frozenset[str] = frozenset(),
) -> ReportSettings:
    """Replace the settings; ``keep``: fields the caller does not know (an older desktop),
    kept as they are stored."""
    if keep:
        stored = get_settings(session, municipality_id)
        body = body.model_copy(update={name: getattr(stored, name) for name in keep})
    row = repository.settings(session, municipality_id)
    row.resolved_goal = body.resolved_goal
    row.goal_channels = ",".join(dict.fromkeys(c.value for c in body.goal_channels))
    row.self_service_cost = body.self_service_cost
    row.komhen = {
        "types": {k.value: v.value for k, v in body.komhen_types.items()},
        "columns": body.komhen_columns.model_dump(),
    }
    repository.replace_rates(session, municipality_id, [rate.model_dump() for rate in body.rates])
    return get_settings(session, municipality_id)


def _figure(key: str | None, n: int, seconds: int, resolved: int | None = None) -> Figure:
    return Figure(
        key=key,
        count=n,
        active_seconds=seconds,
        active_mean=seconds / n if n else None,
        resolved=resolved,
    )


class _Sums:
    def __init__(self, with_resolved: bool) -> None:
        self.values: dict[str | None, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.with_resolved = with_resolved

    def add(self, key: str | None, n: int, seconds: int, resolved: int = 0) -> None:
        total = self.values[key]
        total[0] += n
        total[1] += seconds
        total[2] += resolved

    def figures(self, order: str = "count") -> list[Figure]:
        items = [
            _figure(k, v[0], v[1], v[2] if self.with_resolved else None)
            for k, v in self.values.items()
        ]
        if order == "key":
            return sorted(items, key=lambda f: f.key or "")
        return sorted(items, key=lambda f: (-f.count, f.key is None, f.key or ""))


def _answer_figure(group: CitizenFeedbackGroup) -> CitizenAnswerFigure:
    return CitizenAnswerFigure(
        key=group.key,
        answers=group.answers,
        helped=group.helped,
        not_helped=group.not_helped,
        helped_share=group.helped / group.answers if group.answers else None,
        means=group.means,
    )


def citizen_answers(
    session: Session, municipality_id: int, first: date, last: date, area: str | None
) -> CitizenAnswerFigures:
    """The citizens' "Fik du hjælp?" answers of the local days ``first`` to ``last``, per
    area and per Selvbetjeningstjek area (the reasons stay with the admins)."""
    start, end = repository.day_start(first), repository.day_start(last + timedelta(days=1))
    summary = citizen.answers_between(session, municipality_id, start, end, area)
    answers = sum(g.answers for g in summary.by_area)
    helped = sum(g.helped for g in summary.by_area)
    return CitizenAnswerFigures(
        answers=answers,
        helped=helped,
        helped_share=helped / answers if answers else None,
        by_area=[_answer_figure(g) for g in summary.by_area],
        by_self_service_check_area=[_answer_figure(g) for g in summary.by_self_service_check_area],
    )


def figures(
    session: Session,
    municipality_id: int,
    first: date,
    last: date,
    filters: Filters,
    settings: ReportSettings,
) -> ReportFigures:
    rates = Rates(settings.rates)
    months, ranges = periods.segments(first, last, rates.breaks)
    where = Where(municipality_id, months, ranges, filters)
    area, channel, place = _Sums(True), _Sums(True), _Sums(True)
    outcome = _Sums(False)
    total = seconds_total = resolved_total = messages = goal_n = goal_resolved = 0
    goal_channels = {c.value for c in settings.goal_channels}
    for ch, out, n, secs, msgs in repository.main_by(session, where, "channel"):
        n, secs = int(n), int(secs)
        res = n if out == Outcome.RESOLVED.value else 0
        channel.add(ch, n, secs, res)
        outcome.add(out, n, secs)
        total += n
        seconds_total += secs
        resolved_total += res
        messages += int(msgs)
        if ch in goal_channels:
            goal_n += n
            goal_resolved += res
    for sums, column in ((area, "area"), (place, "location")):
        for value, out, n, secs, _msgs in repository.main_by(session, where, column):
            res = int(n) if out == Outcome.RESOLVED.value else 0
            sums.add(value or None, int(n), int(secs), res)
    if where.suffix is None:
        start, end = repository.day_start(first), repository.day_start(last + timedelta(days=1))
        further = repository.slice_raw(session, municipality_id, start, end, filters)
    else:
        further = repository.slice_rows(session, where, where.suffix)
    other: dict[str, _Sums] = defaultdict(lambda: _Sums(False))
    for kind, key, n, secs in further:
        if kind == "stuck":
            key = key if key in SELF_SERVICE_CHECK_AREAS else OTHER_STUCK
        other[kind].add(key or None, int(n), int(secs))
    costs: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for day, ch, _area, n, secs in repository.cost_rows(session, where):
        entry = costs[ch]
        entry[0] += int(n)
        entry[1] += int(secs)
        entry[2] += rates.cost(ch, day, int(n), int(secs))
    channel_costs = [
        ChannelCost(
            channel=ch,
            count=int(n),
            active_seconds=int(secs),
            cost=round(cost, 2),
            cost_per_contact=round(cost / n, 2) if n else None,
        )
        for ch, (n, secs, cost) in sorted(costs.items(), key=lambda kv: -kv[1][0])
    ]
    cost_total = sum(c.cost for c in channel_costs)
    stuck = other["stuck"].figures()
    order = {name: i for i, name in enumerate((*SELF_SERVICE_CHECK_AREAS, OTHER_STUCK))}
    stuck.sort(key=lambda f: order.get(f.key or OTHER_STUCK, len(order)))
    return ReportFigures(
        period_from=first,
        period_to=last,
        total=total,
        active_seconds=seconds_total,
        active_mean=seconds_total / total if total else None,
        resolved=resolved_total,
        resolved_share=resolved_total / total if total else None,
        goal_channels_share=goal_resolved / goal_n if goal_n else None,
        messages_sent=messages,
        cost=round(cost_total, 2),
        cost_per_contact=round(cost_total / total, 2) if total else None,
        by_area=area.figures(),
        by_channel=channel.figures(),
        by_location=place.figures(),
        by_hour=other["hour"].figures("key"),
        by_weekday=other["wday"].figures("key"),
        by_outcome=outcome.figures(),
        by_citizen_type=other["cit"].figures(),
        referrals=other["ref"].figures(),
        stuck=stuck,
        guides=other["guide"].figures()[:TOP_GUIDES],
        by_source=other["src"].figures(),
        costs=channel_costs,
        citizen_answers=citizen_answers(session, municipality_id, first, last, filters.area),
    )


@dataclass(frozen=True)
class Totals:
    """The figures the benchmark compares, of one municipality and period (all filters off)."""

    total: int
    active_seconds: int
    resolved: int
    by_channel: dict[str, int]
    cost: float
    has_rates: bool


def totals(session: Session, municipality_id: int, first: date, last: date) -> Totals:
    """Contacts, active time, resolved at once, contacts per channel and cost of the local
    days ``first`` to ``last``, from the (refreshed) rollups."""
    repository.refresh(session, municipality_id)
    settings = get_settings(session, municipality_id)
    rates = Rates(settings.rates)
    months, ranges = periods.segments(first, last, rates.breaks)
    where = Where(municipality_id, months, ranges, Filters())
    total = seconds = resolved = 0
    by_channel: dict[str, int] = defaultdict(int)
    for channel, outcome, n, secs, _messages in repository.main_by(session, where, "channel"):
        total += int(n)
        seconds += int(secs)
        resolved += int(n) if outcome == Outcome.RESOLVED.value else 0
        by_channel[channel] += int(n)
    cost = sum(
        rates.cost(channel, day, int(n), int(secs))
        for day, channel, _area, n, secs in repository.cost_rows(session, where)
    )
    return Totals(total, seconds, resolved, dict(by_channel), cost, bool(settings.rates))


def shift_estimate(
    session: Session,
    municipality_id: int,
    first: date,
    last: date,
    filters: Filters,
    settings: ReportSettings,
    shift: tuple[str, str | None, float],
) -> ShiftEstimate:
    channel, area, percent = shift
    rates = Rates(settings.rates)
    months, ranges = periods.segments(first, last, rates.breaks)
    where = Where(municipality_id, months, ranges, filters)
    contacts, cost = 0, 0.0
    for day, ch, ar, n, secs in repository.cost_rows(session, where):
        if ch == channel and (area is None or ar == area):
            contacts += int(n)
            cost += rates.cost(ch, day, int(n), int(secs))
    shifted = contacts * percent / 100
    per_contact = cost / contacts if contacts else 0.0
    saving = shifted * max(per_contact - settings.self_service_cost, 0.0)
    return ShiftEstimate(
        channel=channel,
        area=area,
        percent=percent,
        contacts=contacts,
        shifted=round(shifted, 1),
        saving=round(saving, 2),
    )


def refresh_rollups(factory: sessionmaker[Session], municipality_id: int) -> int:
    """Rebuild the municipality's stale rollup days in a short write transaction of its own
    (on SQLite it takes the write lock first, BEGIN IMMEDIATE, so it waits for a concurrent
    push instead of failing as the upgrade of a read transaction would). A quick read first:
    no write lock when nothing is stale. Returns the number of days rebuilt."""
    with transaction(factory, write=False) as session:
        if not repository.has_dirty_days(session, municipality_id):
            return 0
    with transaction(factory, write=True) as session:
        return repository.refresh(session, municipality_id)


def report(
    session: Session,
    municipality_id: int,
    first: date,
    last: date,
    filters: Filters,
    shift: tuple[str, str | None, float] | None = None,
    rebuild: bool = True,
) -> Report:
    """``rebuild=False``: the stale days were rebuilt just before (``refresh_rollups``), so
    this session only reads."""
    periods.check(first, last)
    if rebuild:
        repository.refresh(session, municipality_id)
    settings = get_settings(session, municipality_id)
    before = periods.previous(first, last)
    current = figures(session, municipality_id, first, last, filters, settings)
    previous = figures(session, municipality_id, *before, filters, settings)
    estimate = (
        shift_estimate(session, municipality_id, first, last, filters, settings, shift)
        if shift
        else None
    )
    return Report(
        location=filters.location,
        channel=filters.channel,
        area=filters.area,
        resolved_goal=settings.resolved_goal,
        goal_channels=[c.value for c in settings.goal_channels],
        current=current,
        previous=previous,
        shift=estimate,
        search_misses=searchlog.misses(session, municipality_id, first, last),
    )


# -- periods, files -------------------------------------------------------------------------
__all__ = ["Filters"]
MEDIA_TYPES = {
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ExportFormat.PDF: "application/pdf",
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.KOMHEN: "text/csv; charset=utf-8",
}


def period_of(
    first: date | None,
    last: date | None,
    kind: PeriodKind | None = None,
    anchor: date | None = None,
    year: int | None = None,
    week: int | None = None,
) -> tuple[date, date]:
    """``first`` and ``last``; or the period of ``kind`` holding ``anchor``; or the counting
    week ``week`` of ``year``."""
    if first is not None and last is not None:
        span = first, last
    elif kind is not None and anchor is not None:
        span = periods.resolve(kind, anchor)
    elif year is not None and week is not None:
        span = periods.counting_week(year, week)
    else:
        raise AppError(
            "Angiv perioden: fra og til, en periodetype med en dato eller år og tælleuge.",
            code="bad_period",
        )
    periods.check(*span)
    return span


def file_name(code: str, first: date, last: date, fmt: ExportFormat) -> str:
    if fmt is ExportFormat.KOMHEN:
        return f"vejviser-komhen-{code}-{first.isoformat()}-{last.isoformat()}.csv"
    return f"vejviser-rapport-{code}-{first.isoformat()}-{last.isoformat()}.{fmt.value}"


def rebuild_all(session: Session, municipality_id: int) -> int:
    """Mark every day with registrations for rebuilding (after loading them outside the
    API); the next report rebuilds them. Returns the number of days."""
    return repository.mark_all_dirty(session, municipality_id)


def export(
    session: Session,
    municipality: MunicipalityRow,
    first: date,
    last: date,
    filters: Filters,
    fmt: ExportFormat,
    path: Path,
    shift: tuple[str, str | None, float] | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the report file; returns the number of registrations in it (PDF: in the
    period)."""
    if fmt is ExportFormat.KOMHEN:
        return export_komhen(session, municipality.id, first, last, filters, path)
    made = report(session, municipality.id, first, last, filters, shift)
    title = f"Ledelsesrapport – {municipality.name}"
    start, end = repository.day_start(first), repository.day_start(last + timedelta(days=1))
    rows = repository.registrations(session, municipality.id, start, end, filters)
    if fmt is ExportFormat.XLSX:
        return xlsx.write(path, made, rows, title, progress)
    if fmt is ExportFormat.CSV:
        return csv_file.write(path, rows, progress)
    pdf.write(path, made, title)
    return made.current.total


def export_komhen(
    session: Session,
    municipality_id: int,
    first: date,
    last: date,
    filters: Filters,
    path: Path,
) -> int:
    """The KOMHEN counts of the period (per counting week) at ``path``; returns the number
    of registrations counted."""
    periods.check(first, last)
    settings = get_settings(session, municipality_id)
    guides, areas = repository.kle_numbers(session, municipality_id)
    start, end = repository.day_start(first), repository.day_start(last + timedelta(days=1))
    rows = repository.registrations(session, municipality_id, start, end, filters)
    counted = komhen.counts(rows, settings, guides, areas, repository.local_day)
    return komhen.write(path, counted, settings)


def export_for(
    session: Session,
    caller: Caller,
    span: tuple[date, date],
    filters: Filters,
    fmt: ExportFormat,
    path: Path,
    shift: tuple[str, str | None, float] | None = None,
) -> str:
    """The caller's municipality's report file at ``path``; returns its download name."""
    municipality = municipalities.municipality_of(session, caller)
    export(session, municipality, *span, filters, fmt, path, shift)
    return file_name(municipality.code, *span, fmt)


# -- subscriptions --------------------------------------------------------------------------
def subscription(session: Session, caller: Caller) -> ReportSubscription:
    row = repository.subscription_of(session, caller.account_id)
    if row is None:
        return ReportSubscription(frequency=ReportFrequency.NONE)
    return ReportSubscription(frequency=ReportFrequency(row.frequency), email=row.email)


def subscribe(session: Session, caller: Caller, body: ReportSubscription) -> ReportSubscription:
    """Subscribe the caller (or change the subscription); frequency "none" ends it."""
    if body.frequency is ReportFrequency.NONE:
        repository.unsubscribe(session, caller.account_id)
    else:
        assert body.email is not None
        repository.subscribe(
            session, caller.municipality_id, caller.account_id, body.email, body.frequency.value
        )
    return subscription(session, caller)
