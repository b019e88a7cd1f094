"""The citizen web: a municipality's public settings and what citizens answered.

Citizens' answers carry no personal data: yes/no, an optional short reason (CPR-guarded and
free of phone numbers and e-mail addresses) and the five KL Selvbetjeningstjek themes (1-5).
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

from .common import HttpsUrl, Sha256, WireModel, _contact_guard, _cpr_guard

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#rrggbb``."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


#: White text on the brand colour (buttons, the header) must reach WCAG AA for normal text.
MIN_CONTRAST = 4.5


def _brand_colour(value: str) -> str:
    if not _HEX.match(value):
        raise ValueError("Skriv farven som #rrggbb, f.eks. #1f4e79.")
    value = value.lower()
    ratio = contrast_ratio(value, "#ffffff")
    if ratio < MIN_CONTRAST:
        raise ValueError(
            f"Farven giver for lidt kontrast til hvid tekst ({ratio:.1f}:1; mindst 4,5:1 "
            "kræves). Vælg en mørkere farve.".replace(".", ",", 1)
        )
    return value


BrandColour = Annotated[
    str, StringConstraints(strip_whitespace=True), AfterValidator(_brand_colour)
]
DEFAULT_BRAND_COLOUR = "#1f4e79"


class CitizenSettings(WireModel):
    """What the citizen web of a municipality shows. ``public_base_url`` is the address
    citizens reach the server at (e.g. ``https://vejviser.kommune.dk``): every share link
    and QR code uses it, never the internal address the desktops talk to."""

    public_base_url: HttpsUrl | None = None
    brand_colour: BrandColour = DEFAULT_BRAND_COLOUR
    logo_sha256: Sha256 | None = Field(
        default=None, description="An uploaded image (POST /blobs) shown as the logo."
    )
    accessibility_statement_url: HttpsUrl | None = Field(
        default=None, description="The statement made in digst.dk's WAS-tool."
    )


class CitizenSettingsPatch(WireModel):
    """A partial change: only the fields sent are changed (send null to clear one)."""

    public_base_url: HttpsUrl | None = None
    brand_colour: BrandColour | None = None
    logo_sha256: Sha256 | None = None
    accessibility_statement_url: HttpsUrl | None = None


Score = Annotated[int, Field(ge=1, le=5)]
#: The optional reason of a "Fik du hjælp?" answer: short, no CPR, no phone or e-mail.
Reason = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=300),
    AfterValidator(_cpr_guard),
    AfterValidator(_contact_guard),
]


class CitizenAnswer(WireModel):
    """One "Fik du hjælp?" answer (the form posts the same fields)."""

    helped: bool
    reason: Reason | None = None
    satisfaction: Score | None = None
    ease: Score | None = None
    task_completed: Score | None = None
    help_available: Score | None = None
    language_understood: Score | None = None


#: The five KL Selvbetjeningstjek themes, in the order of the survey.
SURVEY_THEMES = (
    "satisfaction",
    "ease",
    "task_completed",
    "help_available",
    "language_understood",
)


class CitizenFeedbackGroup(WireModel):
    """Answers for one guide (``key`` its id) or one area (``key`` its name)."""

    key: str
    title: str = ""
    area: str = ""
    answers: int
    helped: int
    not_helped: int
    survey_answers: int
    means: dict[str, float | None]
    reasons: list[str] = Field(default_factory=list, description="The latest reasons given.")


class CitizenFeedbackSummary(WireModel):
    by_guide: list[CitizenFeedbackGroup]
    by_area: list[CitizenFeedbackGroup]
    by_self_service_check_area: list[CitizenFeedbackGroup]
