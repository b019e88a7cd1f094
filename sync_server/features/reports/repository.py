"""Report queries: the daily and monthly rollups of registrations (rebuilt for the days
marked dirty), the figures over them, the registrations of a period for exports, and the
municipality's report settings (goal, cost rates).

Ingest marks the local days it touches (the new day of each registration and, for a
correction, its old day). A report first rebuilds the rollups of the marked days (reading
only those days' registrations) and adds the change of each day to its month's rows (a
delta: the month is never summed again from its days). The rebuild is serialised per
municipality by a row lock on its settings row, and the marks are claimed with
``DELETE … RETURNING``, so two server processes never build a day twice."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Table,
    and_,
    bindparam,
    case,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ...db.models import (
    ContentRow,
    CostRateRow,
    MunicipalityRow,
    RegistrationRow,
    ReportDirtyDayRow,
    ReportRollupRow,
    ReportSettingsRow,
    ReportSubscriptionRow,
)
from ...protocol import OWN_SOURCE

DANISH_TIME = ZoneInfo("Europe/Copenhagen")
R = RegistrationRow
U = ReportRollupRow
_CHUNK_DAYS = 31


def _of(municipality_id: int) -> ColumnElement[bool]:
    """The municipality's registrations: its staff's and those a hotline served it with."""
    return or_(R.municipality_id == municipality_id, R.served_municipality_id == municipality_id)


def _source(municipality_id: int) -> Any:
    """Who handled a registration of the municipality: "egne" or the hotline's name."""
    hotline = select(MunicipalityRow.name).where(MunicipalityRow.id == R.municipality_id)
    return case(
        (R.municipality_id == municipality_id, literal(OWN_SOURCE)),
        else_=hotline.scalar_subquery(),
    )


def local_day(instant: datetime) -> date:
    return instant.astimezone(DANISH_TIME).date()


def day_start(day: date) -> datetime:
    """Local midnight at the start of ``day`` as a UTC instant."""
    return datetime.combine(day, time(0), tzinfo=DANISH_TIME).astimezone(UTC)


def _insert(session: Session) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def mark_dirty(session: Session, municipality_id: int, days: Iterable[date]) -> None:
    rows = [{"municipality_id": municipality_id, "day": day} for day in sorted(set(days))]
    if rows:
        stmt = _insert(session)(ReportDirtyDayRow).on_conflict_do_nothing()
        session.execute(stmt, rows)


def mark_all_dirty(session: Session, municipality_id: int) -> int:
    """Mark every day that holds a registration of the municipality (e.g. after loading
    registrations outside the API); returns the number of days."""
    first, last = session.execute(
        select(func.min(R.started_at), func.max(R.started_at)).where(_of(municipality_id))
    ).one()
    if first is None:
        return 0
    start, end = local_day(first), local_day(last)
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    mark_dirty(session, municipality_id, days)
    return len(days)


def ensure_settings(session: Session, municipality_id: int) -> None:
    stmt = _insert(session)(ReportSettingsRow).on_conflict_do_nothing()
    session.execute(stmt, [{"municipality_id": municipality_id}])


def has_dirty_days(session: Session, municipality_id: int) -> bool:
    marked = exists().where(ReportDirtyDayRow.municipality_id == municipality_id)
    return bool(session.scalar(select(marked)))


def refresh(session: Session, municipality_id: int) -> int:
    """Rebuild the rollups of the municipality's dirty days; returns how many were rebuilt."""
    if not has_dirty_days(session, municipality_id):
        return 0
    ensure_settings(session, municipality_id)
    session.execute(  # the lock: one rebuild per municipality at a time
        select(ReportSettingsRow.municipality_id)
        .where(ReportSettingsRow.municipality_id == municipality_id)
        .with_for_update()
    )
    claimed = session.scalars(
        delete(ReportDirtyDayRow)
        .where(ReportDirtyDayRow.municipality_id == municipality_id)
        .returning(ReportDirtyDayRow.day)
    ).all()
    days = sorted(set(claimed))
    for run in _runs(days):
        _rebuild_days(session, municipality_id, run)
    return len(days)


def _runs(days: list[date]) -> Iterator[list[date]]:
    """Consecutive days in chunks of at most a month."""
    run: list[date] = []
    for day in days:
        if run and (day - run[-1] != timedelta(days=1) or len(run) >= _CHUNK_DAYS):
            yield run
            run = []
        run.append(day)
    if run:
        yield run


Key = tuple[date, str, str, str, str, str]
SLICE_KINDS = ("hour", "wday", "cit", "ref", "stuck", "guide", "src")


def figures_of(row: Any) -> Iterator[tuple[str, str]]:
    """(kind, key) of one registration's further figures (``row``: started_at local, outcome,
    citizen type, referral target, stuck solution, guide ids, source)."""
    local, outcome, citizen, target, stuck, guides, source = row
    yield "src", source
    yield "hour", f"{local.hour:02d}"
    yield "wday", str(local.isoweekday())
    yield "cit", citizen or ""
    if target is not None or outcome == "referred":
        yield "ref", target or ""
    if stuck:
        yield "stuck", stuck
    for guide in dict.fromkeys(guides or []):
        yield "guide", guide


def _rebuild_days(session: Session, municipality_id: int, days: list[date]) -> None:
    wanted = set(days)
    query = select(
        R.started_at,
        R.channel,
        R.area,
        R.location,
        R.outcome,
        R.citizen_type,
        R.referral_target,
        R.stuck_solution,
        R.guide_ids,
        R.active_seconds,
        R.messages_sent,
        _source(municipality_id),
    ).where(
        _of(municipality_id),
        R.deleted.is_(False),
        R.started_at >= day_start(days[0]),
        R.started_at < day_start(days[-1] + timedelta(days=1)),
    )
    sums: dict[Key, list[int]] = defaultdict(lambda: [0, 0, 0])
    rows = session.execute(query.execution_options(yield_per=20_000))
    for row in rows:
        started, channel, area, place, outcome, citizen, target, stuck, guides = row[:9]
        secs, msgs, source = row[9:]
        local = started.astimezone(DANISH_TIME)
        day = local.date()
        if day not in wanted:
            continue
        area = area or ""
        total = sums[(day, channel, area, place, "main", outcome)]
        total[0] += 1
        total[1] += secs
        total[2] += msgs
        for kind, key in figures_of((local, outcome, citizen, target, stuck, guides, source)):
            for where in (
                (day, "", "", "", kind, key),
                (day, channel, "", "", kind + "/c", key),
                (day, "", area, "", kind + "/a", key),
                (day, "", "", place, kind + "/l", key),
            ):
                total = sums[where]
                total[0] += 1
                total[1] += secs
    before = _daily(session, municipality_id, days)
    session.execute(
        delete(U).where(U.municipality_id == municipality_id, U.grain == "d", U.day.in_(days))
    )
    values = [
        {
            "municipality_id": municipality_id,
            "grain": "d",
            "day": day,
            "channel": channel,
            "area": area,
            "location": place,
            "kind": kind,
            "key": key,
            "n": n,
            "seconds": seconds,
            "messages": messages,
        }
        for (day, channel, area, place, kind, key), (n, seconds, messages) in sums.items()
    ]
    for start in range(0, len(values), 50_000):
        session.execute(insert(U), values[start : start + 50_000])
    change: dict[Key, list[int]] = defaultdict(lambda: [0, 0, 0])
    for sign, figures in ((1, sums), (-1, before)):
        for (day, channel, area, place, kind, key), numbers in figures.items():
            total = change[(day.replace(day=1), channel, area, place, kind, key)]
            for i, value in enumerate(numbers):
                total[i] += sign * value
    _apply_to_months(session, municipality_id, {k: v for k, v in change.items() if any(v)})


def _add_to_rows(session: Session, updates: list[dict[str, int]]) -> None:
    """Add (dn, ds, dm) to the rollup rows ``row_id``: on PostgreSQL one statement over
    arrays (thousands of rows per rebuilt day), elsewhere one UPDATE per row."""
    if not updates:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text(
                "UPDATE report_rollups AS r SET n = r.n + d.dn, seconds = r.seconds + d.ds,"
                " messages = r.messages + d.dm FROM unnest(CAST(:ids AS bigint[]),"
                " CAST(:dn AS bigint[]), CAST(:ds AS bigint[]), CAST(:dm AS bigint[]))"
                " AS d(id, dn, ds, dm) WHERE r.id = d.id"
            ),
            {
                name: [u[key] for u in updates]
                for name, key in (("ids", "row_id"), ("dn", "dn"), ("ds", "ds"), ("dm", "dm"))
            },
        )
        return
    table = cast(Table, U.__table__)  # Core: an UPDATE per row id, not the ORM's bulk form
    session.execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(
            n=table.c.n + bindparam("dn"),
            seconds=table.c.seconds + bindparam("ds"),
            messages=table.c.messages + bindparam("dm"),
        ),
        updates,
    )


def _daily(session: Session, municipality_id: int, days: list[date]) -> dict[Key, list[int]]:
    """The daily rollup rows of ``days`` as they are (before a rebuild)."""
    query = select(U.day, U.channel, U.area, U.location, U.kind, U.key, U.n, U.seconds, U.messages)
    rows = session.execute(
        query.where(U.municipality_id == municipality_id, U.grain == "d", U.day.in_(days))
    )
    return {(d, c, a, lo, kd, ky): [n, s, m] for d, c, a, lo, kd, ky, n, s, m in rows}


def _apply_to_months(session: Session, municipality_id: int, change: dict[Key, list[int]]) -> None:
    """Add the change of the rebuilt days to their months' rows (instead of summing the
    whole months again): update the rows that exist, insert the new ones, delete the ones
    that fall to no contacts — the same rows a full rebuild from the daily rows gives."""
    if not change:
        return
    months = sorted({key[0] for key in change})
    rows = session.execute(
        select(U.id, U.day, U.channel, U.area, U.location, U.kind, U.key, U.n).where(
            U.municipality_id == municipality_id, U.grain == "m", U.day.in_(months)
        )
    )
    existing = {(d, c, a, lo, kd, ky): (row_id, n) for row_id, d, c, a, lo, kd, ky, n in rows}
    updates, inserts, gone = [], [], []
    for key, (n, seconds, messages) in change.items():
        hit = existing.get(key)
        if hit is None:
            month, channel, area, place, kind, name = key
            inserts.append(
                {
                    "municipality_id": municipality_id,
                    "grain": "m",
                    "day": month,
                    "channel": channel,
                    "area": area,
                    "location": place,
                    "kind": kind,
                    "key": name,
                    "n": n,
                    "seconds": seconds,
                    "messages": messages,
                }
            )
        elif hit[1] + n == 0:
            gone.append(hit[0])
        else:
            updates.append({"row_id": hit[0], "dn": n, "ds": seconds, "dm": messages})
    _add_to_rows(session, updates)
    for start in range(0, len(gone), 10_000):
        session.execute(delete(U).where(U.id.in_(gone[start : start + 10_000])))
    for start in range(0, len(inserts), 50_000):
        session.execute(insert(U), inserts[start : start + 50_000])


# -- figures ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Filters:
    location: str | None = None
    channel: str | None = None
    area: str | None = None


@dataclass
class Where:
    municipality_id: int
    months: list[date]
    ranges: list[tuple[date, date]]
    filters: Filters

    def clauses(self) -> list[ColumnElement[bool]]:
        parts: list[ColumnElement[bool]] = []
        if self.months:
            parts.append(and_(U.grain == "m", U.day.in_(self.months)))
        parts += [and_(U.grain == "d", U.day.between(a, b)) for a, b in self.ranges]
        out = [U.municipality_id == self.municipality_id, or_(*parts)]
        if self.filters.location is not None:
            out.append(U.location == self.filters.location)
        if self.filters.channel is not None:
            out.append(U.channel == self.filters.channel)
        if self.filters.area is not None:
            out.append(U.area == self.filters.area)
        return out

    @property
    def suffix(self) -> str | None:
        """The slice of the further figures that answers the filters (None: more than one
        filter; those figures come from the registrations themselves)."""
        f = self.filters
        given = [
            s for s, v in (("/c", f.channel), ("/a", f.area), ("/l", f.location)) if v is not None
        ]
        return "" if not given else given[0] if len(given) == 1 else None


def main_by(session: Session, where: Where, column: str) -> list[Any]:
    """(value of ``column``, outcome, n, seconds, messages) of the main rollups."""
    value = getattr(U, column)
    query = (
        select(value, U.key, func.sum(U.n), func.sum(U.seconds), func.sum(U.messages))
        .where(*where.clauses(), U.kind == "main")
        .group_by(value, U.key)
    )
    return list(session.execute(query))


def slice_rows(session: Session, where: Where, suffix: str) -> list[Any]:
    """(kind, key, n, seconds) of the further figures: over all contacts (``suffix`` "") or
    of the one channel, area or place filtered on ("/c", "/a", "/l")."""
    kinds = [kind + suffix for kind in SLICE_KINDS]
    query = (
        select(U.kind, U.key, func.sum(U.n), func.sum(U.seconds))
        .where(*where.clauses(), U.kind.in_(kinds))
        .group_by(U.kind, U.key)
    )
    return [(kind.split("/")[0], key, n, secs) for kind, key, n, secs in session.execute(query)]


def slice_raw(
    session: Session, municipality_id: int, start: datetime, end: datetime, filters: Filters
) -> list[Any]:
    """As ``slice_rows``, from the registrations themselves (reports with two or more
    filters, which the rollups do not hold)."""
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    query = (
        select(
            R.started_at,
            R.outcome,
            R.citizen_type,
            R.referral_target,
            R.stuck_solution,
            R.guide_ids,
            R.active_seconds,
            _source(municipality_id),
        )
        .where(*_raw_conditions(municipality_id, start, end, filters))
        .execution_options(yield_per=20_000)
    )
    for started, outcome, citizen, target, stuck, guides, seconds, src in session.execute(query):
        local = started.astimezone(DANISH_TIME)
        for kind_key in figures_of((local, outcome, citizen, target, stuck, guides, src)):
            total = sums[kind_key]
            total[0] += 1
            total[1] += seconds
    return [(kind, key, n, seconds) for (kind, key), (n, seconds) in sums.items()]


def cost_rows(session: Session, where: Where) -> list[Any]:
    """(day, channel, area, n, seconds): ``day`` is the first of the month for whole months."""
    group = (U.day, U.channel, U.area)
    query = (
        select(*group, func.sum(U.n), func.sum(U.seconds))
        .where(*where.clauses(), U.kind == "main")
        .group_by(*group)
    )
    return list(session.execute(query))


def registrations(
    session: Session, municipality_id: int, start: datetime, end: datetime, filters: Filters
) -> Iterator[Any]:
    """The registrations of [start, end) in time order, streamed."""
    query = (
        select(
            R.uuid,
            R.started_at,
            R.ended_at,
            R.active_seconds,
            R.channel,
            R.location,
            R.area,
            R.outcome,
            R.referral_target,
            R.citizen_type,
            R.stuck_solution,
            R.guide_ids,
            R.messages_sent,
            R.manual,
            _source(municipality_id),
        )
        .where(*_raw_conditions(municipality_id, start, end, filters))
        .order_by(R.started_at, R.id)
    )
    # Plain rows through the session's connection (no ORM result layer per row), fetched
    # in chunks from a server-side cursor on PostgreSQL.
    connection = session.connection()
    yield from connection.execute(query.execution_options(stream_results=True, yield_per=10_000))


def _raw_conditions(
    municipality_id: int, start: datetime, end: datetime, filters: Filters
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        _of(municipality_id),
        R.deleted.is_(False),
        R.started_at >= start,
        R.started_at < end,
    ]
    if filters.location is not None:
        conditions.append(R.location == filters.location)
    if filters.channel is not None:
        conditions.append(R.channel == filters.channel)
    if filters.area is not None:
        conditions.append(R.area == filters.area if filters.area else R.area.is_(None))
    return conditions


# -- settings -------------------------------------------------------------------------------
def settings(session: Session, municipality_id: int) -> ReportSettingsRow:
    row = session.get(ReportSettingsRow, municipality_id)
    if row is None:
        ensure_settings(session, municipality_id)
        row = session.get(ReportSettingsRow, municipality_id)
    assert row is not None
    return row


def rates(session: Session, municipality_id: int) -> list[CostRateRow]:
    query = (
        select(CostRateRow)
        .where(CostRateRow.municipality_id == municipality_id)
        .order_by(CostRateRow.channel, CostRateRow.valid_from)
    )
    return list(session.scalars(query))


def replace_rates(session: Session, municipality_id: int, values: list[dict[str, Any]]) -> None:
    session.execute(delete(CostRateRow).where(CostRateRow.municipality_id == municipality_id))
    for value in values:
        session.add(CostRateRow(municipality_id=municipality_id, **value))
    session.flush()


# -- subscriptions --------------------------------------------------------------------------
def subscription_of(session: Session, account_id: int) -> ReportSubscriptionRow | None:
    return session.scalars(
        select(ReportSubscriptionRow).where(ReportSubscriptionRow.account_id == account_id)
    ).one_or_none()


def subscribe(
    session: Session, municipality_id: int, account_id: int, email: str, frequency: str
) -> None:
    row = subscription_of(session, account_id)
    if row is None:
        row = ReportSubscriptionRow(
            municipality_id=municipality_id,
            account_id=account_id,
            created_at=datetime.now(UTC),
            email=email,
            frequency=frequency,
        )
        session.add(row)
    row.email, row.frequency = email, frequency
    session.flush()


def unsubscribe(session: Session, account_id: int) -> None:
    row = subscription_of(session, account_id)
    if row is not None:
        row.frequency = "none"  # the sends already made keep their subscription
        session.flush()


def kle_numbers(
    session: Session, municipality_id: int
) -> tuple[dict[str, tuple[str | None, str | None]], dict[str, str | None]]:
    """KOMHEN: each guide's (KLE number, area) and each area's KLE number (deleted ones too:
    older registrations still name them)."""
    rows = session.execute(
        select(ContentRow.kind, ContentRow.key, ContentRow.area, ContentRow.data).where(
            ContentRow.municipality_id == municipality_id, ContentRow.kind.in_(("guide", "area"))
        )
    )
    guides: dict[str, tuple[str | None, str | None]] = {}
    areas: dict[str, str | None] = {}
    for kind, key, area, data in rows:
        kle = (data or {}).get("kle") or None
        if kind == "guide":
            guides[key] = (kle, area)
        else:
            areas[key] = kle
    return guides, areas
