"""Report queries over the rollups, the registrations of a period for exports, and the
municipality's report settings (goal, cost rates)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, or_, select
from sqlalchemy.orm import Session

from ...db.models import CostRateRow, RegistrationRow, ReportRollupRow, ReportSettingsRow
from .rollups import ensure_settings

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


def main_rows(session: Session, where: Where) -> list[Any]:
    """(channel, area, location, outcome, citizen type, n, seconds, messages)."""
    group = (U.channel, U.area, U.location, U.key, U.key2)
    query = (
        select(*group, func.sum(U.n), func.sum(U.seconds), func.sum(U.messages))
        .where(*where.clauses(), U.kind == "main")
        .group_by(*group)
    )
    return list(session.execute(query))


def other_rows(session: Session, where: Where) -> list[Any]:
    """(kind, key, n, seconds) of the hour, weekday, referral, stuck and guide rollups."""
    query = (
        select(U.kind, U.key, func.sum(U.n), func.sum(U.seconds))
        .where(*where.clauses(), U.kind != "main")
        .group_by(U.kind, U.key)
    )
    return list(session.execute(query))


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
        .where(*conditions)
        .order_by(R.started_at, R.id)
    )
    yield from session.execute(query.execution_options(yield_per=5_000))


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
