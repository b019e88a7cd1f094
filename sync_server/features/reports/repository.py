"""Report queries over the rollups, the registrations of a period for exports, and the
municipality's report settings (goal, cost rates)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, or_, select
from sqlalchemy.orm import Session

from ...db.models import CostRateRow, RegistrationRow, ReportRollupRow, ReportSettingsRow
from .rollups import DANISH_TIME, SLICE_KINDS, ensure_settings, figures_of

U = ReportRollupRow
R = RegistrationRow


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
        )
        .where(*_raw_conditions(municipality_id, start, end, filters))
        .execution_options(yield_per=20_000)
    )
    for started, outcome, citizen, target, stuck, guides, seconds in session.execute(query):
        local = started.astimezone(DANISH_TIME)
        for kind_key in figures_of((local, outcome, citizen, target, stuck, guides)):
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
        )
        .where(*_raw_conditions(municipality_id, start, end, filters))
        .order_by(R.started_at, R.id)
    )
    yield from session.execute(query.execution_options(yield_per=5_000))


def _raw_conditions(
    municipality_id: int, start: datetime, end: datetime, filters: Filters
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        R.municipality_id == municipality_id,
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
