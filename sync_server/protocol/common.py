"""Building blocks shared by the wire models."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
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


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise PydanticCustomError("naive_datetime", "Tidspunkter skal have en tidszone.")
    return value.astimezone(UTC)


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
HttpsUrl = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, max_length=2000, pattern=r"^https?://[^\s/$.?#][^\s]*$"
    ),
    AfterValidator(_cpr_guard),
]
AwareDatetime = Annotated[datetime, AfterValidator(_aware)]
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
