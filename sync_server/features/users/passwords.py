"""Password rules after NIST SP 800-63B: at least 8 characters (64 always allowed), any
characters, no composition rules, and refused when it is a common or easily guessed
password (zxcvbn's dictionaries of common passwords, names and words, and the user's own
name and the service's)."""

from __future__ import annotations

from zxcvbn import zxcvbn

from ...errors import Invalid

#: zxcvbn scores 0-1: guessable within about a million guesses (common passwords,
#: keyboard walks, a name with a year).
MIN_SCORE = 2


def check_password(password: str, *context: str) -> None:
    if len(password) < 8:
        raise Invalid("Adgangskoden skal være mindst 8 tegn.", code="password_too_short")
    if len(password) > 64:
        raise Invalid("Adgangskoden må højst være 64 tegn.", code="password_too_long")
    inputs = [c for c in (*context, "vejviser", "kommune", "borgerservice") if c]
    if zxcvbn(password[:64], user_inputs=inputs)["score"] < MIN_SCORE:
        raise Invalid(
            "Adgangskoden er for let at gætte (en almindelig adgangskode eller for tæt på "
            "brugernavnet). Vælg en længere, f.eks. nogle ord i en sætning.",
            code="password_too_common",
        )
