"""Management reports (ledelsesrapporter): figures of a period, cost rates and the goal.
Never personal data: the figures are counts and durations of registered contacts."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .common import PeriodDate, ShortText, WireModel
from .registrations import Channel, Outcome
from .validation import RuleViolation, normalise_email


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"  # ISO week; with ``week`` and ``year``: the counting week (tælleuge)
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    PDF = "pdf"
    CSV = "csv"
    KOMHEN = "komhen"  # counts per channel × KLE task × henvendelsestype × unit (CSV)


class Figure(WireModel):
    """Contacts and active time of one group (``key`` None: not stated)."""

    key: str | None
    count: int
    active_seconds: int
    active_mean: float | None
    resolved: int | None = None  # resolved at once (where the grouping allows it)


class ChannelCost(WireModel):
    channel: str
    count: int
    active_seconds: int
    cost: float  # kroner
    cost_per_contact: float | None


class ShiftEstimate(WireModel):
    """What moving ``percent`` % of a channel's contacts (about an area) to self-service
    would save in the period, at the rates that applied."""

    channel: str
    area: str | None
    percent: float
    contacts: int
    shifted: float
    saving: float


class CitizenAnswerFigure(WireModel):
    """Citizens' "Fik du hjælp?" answers of one area or Selvbetjeningstjek area."""

    key: str
    answers: int
    helped: int
    not_helped: int
    helped_share: float | None
    #: Mean 1–5 of each survey question (``SURVEY_THEMES``), None where nobody answered it.
    means: dict[str, float | None] = Field(default_factory=dict)


class CitizenAnswerFigures(WireModel):
    """The citizen web's answers of the period (no free text, no personal data)."""

    answers: int = 0
    helped: int = 0
    helped_share: float | None = None
    by_area: list[CitizenAnswerFigure] = Field(default_factory=list)
    by_self_service_check_area: list[CitizenAnswerFigure] = Field(default_factory=list)


#: The source of a municipality's own staff's contacts in ``by_source`` and the exports (a
#: hotline's contacts: the hotline's name).
OWN_SOURCE = "egne"


class ReportFigures(WireModel):
    period_from: date
    period_to: date
    total: int
    active_seconds: int
    active_mean: float | None
    resolved: int
    resolved_share: float | None
    #: Share resolved at once over the goal's channels (e.g. phone and counter).
    goal_channels_share: float | None
    messages_sent: int
    cost: float
    cost_per_contact: float | None
    by_area: list[Figure]
    by_channel: list[Figure]
    by_location: list[Figure]
    by_hour: list[Figure]
    by_weekday: list[Figure]  # key "1" Monday … "7" Sunday (ISO)
    by_outcome: list[Figure]
    by_citizen_type: list[Figure]
    referrals: list[Figure]
    stuck: list[Figure]  # the seven Selvbetjeningstjek areas, then "Andet"
    guides: list[Figure]  # the most used guides (a registration counts once per guide)
    costs: list[ChannelCost]
    by_source: list[Figure] = Field(
        default_factory=list,
        description='Contacts by who handled them: key "egne" (own staff) or a hotline\'s '
        "name (protocol 5).",
    )
    citizen_answers: CitizenAnswerFigures = Field(
        default_factory=CitizenAnswerFigures,
        description="Citizens' answers on the citizen web in the period (the area filter "
        "applies; location and channel do not).",
    )


class Report(WireModel):
    location: str | None
    channel: str | None
    area: str | None
    resolved_goal: float
    goal_channels: list[str]
    current: ReportFigures
    previous: ReportFigures
    shift: ShiftEstimate | None = None
    search_misses: int = Field(
        default=0,
        ge=0,
        description="Searches in the period that found nothing (the anonymous search log; "
        "the location, channel and area filters do not apply).",
    )


class CostRate(WireModel):
    """Cost of a channel from ``valid_from`` on (until the next rate of the channel)."""

    channel: Channel
    valid_from: PeriodDate
    per_minute: float = Field(ge=0, le=100_000)  # kroner per minute of staff time
    per_contact: float = Field(ge=0, le=1_000_000)  # overhead in kroner per contact


class KomhenType(StrEnum):
    """KOMHEN's henvendelsestype."""

    INFORMATION = "information"
    TRANSACTION = "transaktion"


def _default_komhen_types() -> dict[Outcome, KomhenType]:
    info, trans = KomhenType.INFORMATION, KomhenType.TRANSACTION
    return {
        Outcome.RESOLVED: info,
        Outcome.SELF_SERVICE: info,
        Outcome.ASSISTED: trans,
        Outcome.REFERRED: info,
        Outcome.CASE_CREATED: trans,
        Outcome.NOT_RESOLVED: info,
    }


class KomhenColumns(WireModel):
    """The KOMHEN file's column headers (KL's code book may rename them)."""

    year: ShortText = "År"
    week: ShortText = "Tælleuge"
    channel: ShortText = "Kanal"
    kle: ShortText = "KLE-nummer"
    type: ShortText = "Henvendelsestype"
    unit: ShortText = "Enhed"
    count: ShortText = "Antal"


class ReportSettings(WireModel):
    resolved_goal: float = Field(default=0.3, ge=0, le=1)
    goal_channels: list[Channel] = Field(
        default_factory=lambda: [Channel.PHONE, Channel.COUNTER], max_length=len(Channel)
    )
    self_service_cost: float = Field(default=0, ge=0, le=1_000_000)
    rates: list[CostRate] = Field(default_factory=list, max_length=500)
    #: KOMHEN: the henvendelsestype of each outcome (an outcome left out: information).
    komhen_types: dict[Outcome, KomhenType] = Field(default_factory=_default_komhen_types)
    komhen_columns: KomhenColumns = Field(default_factory=KomhenColumns)

    @model_validator(mode="after")
    def _unique(self) -> ReportSettings:
        keys = [(rate.channel, rate.valid_from) for rate in self.rates]
        if len(keys) != len(set(keys)):
            raise ValueError("En kanal har to satser fra samme dato.")
        return self


class ShiftQuery(WireModel):
    channel: Channel
    area: ShortText | None = None
    percent: float = Field(ge=0, le=100)


class ReportFrequency(StrEnum):
    NONE = "none"  # not subscribed
    MONTH = "month"  # the previous month, on the first working day of a month
    WEEK = "week"  # the previous week, on Monday


class ReportSubscription(WireModel):
    """The caller's report by e-mail (PDF with the XLSX attached)."""

    frequency: ReportFrequency
    email: str | None = Field(default=None, max_length=320)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        try:
            return normalise_email(value)
        except RuleViolation as exc:
            raise PydanticCustomError(exc.code, exc.message) from None

    @model_validator(mode="after")
    def _address_needed(self) -> ReportSubscription:
        if self.frequency is not ReportFrequency.NONE and self.email is None:
            raise ValueError("Skriv den e-mailadresse, rapporten skal sendes til.")
        return self
