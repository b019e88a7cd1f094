"""The benchmark across municipalities: the own figures of a period beside the median of
the municipalities that take part. No other municipality is named, and a median of fewer
than ``BENCHMARK_MINIMUM`` municipalities is never shown."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from .common import WireModel
from .registrations import Channel

#: A median is shown only when at least this many participating municipalities (the own
#: included) have data for the figure.
BENCHMARK_MINIMUM = 5


class BenchmarkMeasure(StrEnum):
    RESOLVED_SHARE = "resolved_share"  # share of all contacts resolved at once (0–1)
    ACTIVE_MEAN = "active_mean"  # mean handling (active) time, seconds
    CHANNEL_SHARE = "channel_share"  # the channel's share of all contacts (0–1)
    COST_PER_CONTACT = "cost_per_contact"  # kroner per contact at the own rates


class BenchmarkWithheld(StrEnum):
    #: The caller's municipality does not take part: it sees no other municipality's figures.
    NOT_PARTICIPATING = "not_participating"
    #: Fewer than BENCHMARK_MINIMUM participating municipalities have data for the figure.
    TOO_FEW = "too_few"


class BenchmarkFigure(WireModel):
    measure: BenchmarkMeasure
    channel: Channel | None = None  # channel_share: which channel
    own: float | None  # None: the own municipality has no data for it
    median: float | None = None  # None: withheld (see ``withheld``)
    participants: int | None = None  # municipalities behind the median (only when shown)
    withheld: BenchmarkWithheld | None = None


class Benchmark(WireModel):
    period_from: date
    period_to: date
    participating: bool  # the own municipality takes part
    minimum: int = BENCHMARK_MINIMUM
    figures: list[BenchmarkFigure]


class BenchmarkParticipation(WireModel):
    """The municipality takes part in the benchmark (its figures count in the medians, and
    it sees them)."""

    participating: bool
