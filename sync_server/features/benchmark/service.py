"""The benchmark across municipalities (opt-in): the own figures of a period beside the
median of the participating municipalities — share resolved at once, mean handling time,
channel mix and cost per contact.

Rules: only municipalities whose admin opted in count; a median is shown only when at least
``BENCHMARK_MINIMUM`` participating municipalities (the own included) have data for that
figure, otherwise it is withheld with the reason; the answer never names, counts per
municipality or otherwise lists another municipality. A municipality that has not opted in
sees its own figures only (reciprocity: who does not share, does not see)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from statistics import median

from sqlalchemy.orm import Session

from ...protocol import (
    BENCHMARK_MINIMUM,
    Benchmark,
    BenchmarkFigure,
    BenchmarkMeasure,
    BenchmarkParticipation,
    BenchmarkWithheld,
    Channel,
)
from ..reports import service as reports
from . import repository


@dataclass
class Own:
    """One municipality's benchmark figures of a period (None: no data for it)."""

    resolved_share: float | None
    active_mean: float | None
    channel_shares: dict[str, float] | None
    cost_per_contact: float | None

    def value(self, measure: BenchmarkMeasure, channel: str | None = None) -> float | None:
        if measure is BenchmarkMeasure.CHANNEL_SHARE:
            if self.channel_shares is None:
                return None
            return self.channel_shares.get(channel or "", 0.0)
        value: float | None = getattr(self, measure.value)
        return value


def participation(session: Session, municipality_id: int) -> BenchmarkParticipation:
    return BenchmarkParticipation(participating=repository.participating(session, municipality_id))


def set_participation(
    session: Session, municipality_id: int, body: BenchmarkParticipation
) -> BenchmarkParticipation:
    if body.participating:
        repository.join(session, municipality_id)
    else:
        repository.leave(session, municipality_id)
    return participation(session, municipality_id)


def figures_of(session: Session, municipality_id: int, first: date, last: date) -> Own:
    """The municipality's benchmark figures of the local days ``first`` to ``last`` (all
    channels, places and areas)."""
    sums = reports.totals(session, municipality_id, first, last)
    if not sums.total:
        return Own(None, None, None, None)
    return Own(
        resolved_share=sums.resolved / sums.total,
        active_mean=sums.active_seconds / sums.total,
        channel_shares={channel: n / sums.total for channel, n in sums.by_channel.items()},
        cost_per_contact=sums.cost / sums.total if sums.has_rates else None,
    )


def benchmark(session: Session, municipality_id: int, first: date, last: date) -> Benchmark:
    reports.period_of(first, last)  # checked: not reversed, not too long
    own = figures_of(session, municipality_id, first, last)
    joined = repository.participating(session, municipality_id)
    others: list[Own] = []
    if joined:
        others = [
            figures_of(session, other, first, last)
            for other in repository.participants(session)
            if other != municipality_id
        ]
    wanted: list[tuple[BenchmarkMeasure, str | None]] = [
        (BenchmarkMeasure.RESOLVED_SHARE, None),
        (BenchmarkMeasure.ACTIVE_MEAN, None),
        *((BenchmarkMeasure.CHANNEL_SHARE, channel.value) for channel in Channel),
        (BenchmarkMeasure.COST_PER_CONTACT, None),
    ]
    figures = []
    for measure, channel in wanted:
        mine = own.value(measure, channel)
        figure = BenchmarkFigure(
            measure=measure, channel=Channel(channel) if channel else None, own=mine
        )
        if not joined:
            figure.withheld = BenchmarkWithheld.NOT_PARTICIPATING
        else:
            values = [v for o in (own, *others) if (v := o.value(measure, channel)) is not None]
            if len(values) < BENCHMARK_MINIMUM:
                figure.withheld = BenchmarkWithheld.TOO_FEW
            else:
                figure.median = median(values)
                figure.participants = len(values)
        figures.append(figure)
    return Benchmark(period_from=first, period_to=last, participating=joined, figures=figures)
