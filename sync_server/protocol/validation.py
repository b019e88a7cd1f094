"""Shared validation rules: CPR guard, Danish phone numbers, e-mail addresses.

These rules run on both the desktop and the server. Messages are Danish because they are
shown to staff as they are; every error also carries a stable ``code`` for translation.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

# Spaces and dashes as typed or pasted (no-break and narrow spaces, Unicode hyphens/dashes).
_SP = "[ \t\u00a0\u2007\u202f]"
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]"
# Six digits (DDMMYY), an optional dash or space (or several spaces), four digits.
# Digit boundaries keep longer numbers (account numbers, phone chains) out.
_CPR_RE = re.compile(
    rf"(?<![\d])(\d{{2}})(\d{{2}})(\d{{2}})(?:{_SP}*{_DASH}{_SP}*|{_SP}+)?(\d{{4}})(?![\d])"
)
# Also DD MM YY-SSSS / DD-MM-YY-SSSS style spacing is unusual but seen in notes.
_SEP = f"(?:{_SP}|[.]|{_DASH})"
_CPR_SPACED_RE = re.compile(
    rf"(?<![\d])(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{2}}){_SP}*{_DASH}?{_SP}*(\d{{4}})(?![\d])"
)


class RuleViolation(ValueError):
    """A shared validation rule was broken. ``code`` is stable; ``message`` is Danish."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


CPR_MESSAGE = (
    "Teksten ser ud til at indeholde et CPR-nummer. Personnumre må ikke gemmes — "
    "fjern nummeret og prøv igen."
)


def _plausible_date(day: str, month: str, year: str) -> bool:
    d, m, y = int(day), int(month), int(year)
    if not 1 <= m <= 12 or d < 1:
        return False
    del y  # any two-digit year is plausible
    # 2000 was a leap year, so 29 February counts as plausible.
    return d <= calendar.monthrange(2000, m)[1]


def find_cpr(text: str) -> str | None:
    """Return the first CPR-like number in ``text`` (with a plausible date), else None."""
    for regex in (_CPR_RE, _CPR_SPACED_RE):
        for match in regex.finditer(text):
            day, month, year, _ = match.groups()
            if _plausible_date(day, month, year):
                return match.group(0)
    return None


def contains_cpr(text: str) -> bool:
    return find_cpr(text) is not None


def reject_cpr(text: str) -> str:
    """Pydantic-friendly guard: return the text or raise :class:`RuleViolation`."""
    if find_cpr(text) is not None:
        raise RuleViolation("cpr_number", CPR_MESSAGE)
    return text


CONTACT_MESSAGE = (
    "Noten ser ud til at indeholde et telefonnummer eller en e-mailadresse. Skriv den uden, "
    "så borgeren ikke kan genkendes i registreringen."
)
# An e-mail address, or a Danish phone number as people write one: 8 digits starting with
# 2-9, run together (12345678), in pairs with spaces or dashes (12 34 56 78, 12-34-56-78) or
# 4 + 4 with a space (1234 5678), with or without +45 / 0045 in front. Case numbers such as
# 2026-1234 are not phone numbers; digit boundaries keep CPR numbers and longer runs out.
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PAIR = f"(?:{_SP}|{_DASH})"
_PHONE_RE = re.compile(
    rf"(?<![\d+])(?:(?:\+|00){_SP}*45{_SP}*)?"
    rf"(?:[2-9]\d{{7}}|[2-9]\d({_PAIR})\d\d\1\d\d\1\d\d|[2-9]\d{{3}}{_SP}\d{{4}})(?![\d])"
)


def find_contact_details(text: str) -> str | None:
    """The first e-mail address or Danish phone number in ``text``, else None."""
    for regex in (_EMAIL_RE, _PHONE_RE):
        match = regex.search(text)
        if match is not None:
            return match.group(0)
    return None


def reject_contact_details(text: str) -> str:
    """The guard of a registration's note: a registration holds no way to reach the
    citizen (PRODUCT: never a phone number or e-mail in a registration)."""
    if find_contact_details(text) is not None:
        raise RuleViolation("contact_details", CONTACT_MESSAGE)
    return text


@dataclass(frozen=True)
class PhoneNumber:
    e164: str  # +4512345678
    display: str  # +45 12 34 56 78


def normalise_phone(raw: str, region: str = "DK") -> PhoneNumber:
    """Parse a phone number (Denmark by default) or raise :class:`RuleViolation`."""
    text = raw.strip()
    if not text:
        raise RuleViolation("phone_empty", "Skriv et telefonnummer.")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise RuleViolation("phone_invalid", f"»{raw}« er ikke et gyldigt telefonnummer.") from exc
    if not phonenumbers.is_valid_number(parsed):
        raise RuleViolation("phone_invalid", f"»{raw}« er ikke et gyldigt telefonnummer.")
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if parsed.country_code == 45:
        national = str(parsed.national_number)
        display = "+45 " + " ".join(national[i : i + 2] for i in range(0, len(national), 2))
    else:
        display = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return PhoneNumber(e164=e164, display=display)


def normalise_email(raw: str) -> str:
    """Validate an e-mail address by syntax (no DNS lookup) and return its normal form."""
    text = raw.strip()
    if not text:
        raise RuleViolation("email_empty", "Skriv en e-mailadresse.")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise RuleViolation("email_invalid", f"»{raw}« er ikke en gyldig e-mailadresse.") from exc
    return str(result.normalized)


_MUNICIPALITY_RE = re.compile(r"[0-9]{3}")  # ASCII digits only; no trailing newline


def check_municipality_code(code: str) -> str:
    if not _MUNICIPALITY_RE.fullmatch(code):
        raise RuleViolation(
            "municipality_code", "Kommunekoden skal være tre cifre, fx 101 eller 751."
        )
    return code
