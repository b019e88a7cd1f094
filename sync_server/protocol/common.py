"""Building blocks shared by the wire models."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from .validation import (
    RuleViolation,
    check_municipality_code,
    reject_contact_details,
    reject_cpr,
)


def _as_pydantic(rule: Callable[[str], str]) -> Callable[[str], str]:
    """A shared rule as a pydantic validator: its refusal keeps the rule's code and message."""

    def check(value: str) -> str:
        try:
            return rule(value)
        except RuleViolation as exc:
            raise PydanticCustomError(exc.code, exc.message) from None

    return check


_check_cpr = _as_pydantic(reject_cpr)
_contact_guard = _as_pydantic(reject_contact_details)
_municipality_guard = _as_pydantic(check_municipality_code)


def _cpr_guard(value: str) -> str:
    if "\x00" in value:  # never typed; PostgreSQL cannot store it
        raise PydanticCustomError("invalid_character", "Teksten indeholder et ugyldigt tegn.")
    return _check_cpr(value)


#: Times and dates outside these years are refused: no contact, guide or report lies there,
#: and arithmetic on them (a time zone, the day after) would overflow.
MIN_YEAR, MAX_YEAR = 1900, 2200
_RANGE_MESSAGE = f"Tidspunktet ligger uden for det mulige (år {MIN_YEAR}–{MAX_YEAR})."


def _in_range(value: datetime) -> datetime:
    try:
        utc = value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise PydanticCustomError("datetime_out_of_range", _RANGE_MESSAGE) from None
    if not MIN_YEAR <= utc.year <= MAX_YEAR:
        raise PydanticCustomError("datetime_out_of_range", _RANGE_MESSAGE)
    return utc


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise PydanticCustomError("naive_datetime", "Tidspunkter skal have en tidszone.")
    return _in_range(value)


def _utc(value: datetime) -> datetime:
    return _in_range(value if value.tzinfo is not None else value.replace(tzinfo=UTC))


def _date_in_range(value: date) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise PydanticCustomError(
            "date_out_of_range", f"Datoen ligger uden for det mulige (år {MIN_YEAR}–{MAX_YEAR})."
        )
    return value


#: Free text typed by people. Every such field refuses CPR-like numbers.
FreeText = Annotated[str, StringConstraints(max_length=4000), AfterValidator(_cpr_guard)]
#: A note kept with a registration: free text that also refuses phone numbers and e-mail
#: addresses (nothing in a registration may lead back to the citizen).
NoteText = Annotated[FreeText, AfterValidator(_contact_guard)]
ShortText = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=300), AfterValidator(_cpr_guard)
]
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_cpr_guard),
]
MunicipalityCode = Annotated[str, AfterValidator(_municipality_guard)]
#: The municipality an item of content belongs to (its code), on the wire since protocol 5:
#: a hotline holds several members' guides, which share ids. Empty: not stated (the caller's).
ItemMunicipality = Annotated[
    str,
    StringConstraints(max_length=4, pattern=r"^([0-9]{3,4})?$"),
    Field(description="The code of the municipality the item belongs to (protocol 5)."),
]
HttpsUrl = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, max_length=2000, pattern=r"^https?://[^\s/$.?#][^\s]*$"
    ),
    AfterValidator(_cpr_guard),
]
AwareDatetime = Annotated[datetime, AfterValidator(_aware)]
#: A time in a query: one without a zone is taken as UTC.
QueryDatetime = Annotated[datetime, AfterValidator(_utc)]
#: A day of a report period.
PeriodDate = Annotated[date, AfterValidator(_date_in_range)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
GuideId = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        min_length=1,
        max_length=100,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$",
    ),
    AfterValidator(_cpr_guard),  # ids are chosen by people too (and end up in URLs and logs)
]
#: A screenshot reference (sha256 of a stored blob, or a file name in a zip).
ImageRef = Annotated[str, StringConstraints(max_length=300), AfterValidator(_cpr_guard)]
#: Free text of any length up to ``max_length`` set where used (a message to a citizen).
GuardedText = Annotated[str, AfterValidator(_cpr_guard)]
#: Revisions and other counters stored in 32-bit integer columns.
MAX_INT32 = 2**31 - 1
Revision = Annotated[int, Field(ge=1, le=MAX_INT32)]


class WireModel(BaseModel):
    """Base of every wire model: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


def utcnow() -> datetime:
    return datetime.now(UTC)
