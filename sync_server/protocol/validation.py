"""Shared validation rules: CPR guard, Danish phone numbers, e-mail addresses.

These rules run on both the desktop and the server. Messages are Danish because they are
shown to staff as they are; every error also carries a stable ``code`` for translation.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass

# phonenumbers and email_validator are imported where a number or address is checked: their
# metadata takes a tenth of a second to load, which the desktop's start need not wait for.

# Spaces and dashes as typed or pasted (no-break and narrow spaces, Unicode hyphens/dashes);
# used by the phone rule below.
_SP = "[ \t\u00a0\u2007\u202f]"
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]"

# -- the CPR guard ------------------------------------------------------------------------
# A CPR number is DDMMYY-SSSS (or, written out, DD-MM-YYYY-SSSS). It is looked for in a
# normalised copy of the text: NFKC (superscript and full-width digits become 0-9), every
# other decimal digit as 0-9, invisible format characters (zero-width space and joiners,
# soft hyphen, byte order mark, direction marks) removed, every dash "-" and every kind of
# whitespace (line breaks too) a space. Then each run of digit groups joined by at most
# four separators (space - . / _ :) is searched for groups that together make 10 digits
# (two-digit year) or 12 (four-digit year) and are split only where the parts meet —
# DD|MM|YY|SSSS, DD|MM|YYYY|SSSS — or digit by digit (spaced out). The date must be
# plausible. Numbers split elsewhere (01018 01234), longer runs (account numbers), times,
# prices and case numbers pass.
_FORMAT_CHARS = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
    "\U000e0000-\U000e0fff]"
)
_DASHES = re.compile(
    "[\u058a\u05be\u1400\u1806\u2010-\u2015\u2212\u2e17\u2e1a\u2e3a\u2e3b\u2e40"
    "\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d]"
)
_WHITESPACE = re.compile(r"\s")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_RUN = re.compile(r"[0-9]+(?:[-./_: ]{1,4}[0-9]+)*")
_GROUP = re.compile(r"[0-9]+")
#: Where a CPR number may be split: after the day, the month, the year (10 or 12 digits).
_SPLITS = {10: frozenset({2, 4, 6}), 12: frozenset({2, 4, 8})}
_YEARS = range(1858, 2100)  # a four-digit year of someone with a CPR number


def normalise_for_cpr(text: str) -> str:
    """The text as the CPR guard reads it (see above)."""
    text = unicodedata.normalize("NFKC", text)
    text = _FORMAT_CHARS.sub("", text)
    text = _DASHES.sub("-", text)
    text = _WHITESPACE.sub(" ", text)
    if _OTHER_DIGIT.search(text):
        text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group(), 0)), text)
    return text


def _cpr_in_groups(groups: list[str]) -> str | None:
    for start in range(len(groups)):
        digits = ""
        cuts: set[int] = set()
        for group in groups[start:]:
            if digits:
                cuts.add(len(digits))
            digits += group
            if len(digits) > 12:
                break
            if len(digits) not in _SPLITS:
                continue
            spaced = all(len(g) == 1 for g in groups[start : start + len(cuts) + 1])
            if not spaced and not cuts <= _SPLITS[len(digits)]:
                continue
            day, month = digits[:2], digits[2:4]
            if len(digits) == 12:
                if not spaced and 8 not in cuts:
                    continue  # 12 digits in a row (or a date alone split): not a CPR form
                if int(digits[4:8]) not in _YEARS:
                    continue
            if _plausible_date(day, month, digits[4:6]):
                return digits
    return None


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
    """The first CPR-like number in ``text`` (its digits, with a plausible date), else None.
    Hidden and unusual forms count too: see :func:`normalise_for_cpr`."""
    if not text:
        return None
    for run in _RUN.finditer(normalise_for_cpr(text)):
        found = _cpr_in_groups(_GROUP.findall(run.group(0)))
        if found is not None:
            return found
    return None


def reject_cpr_anywhere(value: object) -> object:
    """The CPR guard over any JSON value (unknown fields kept on import): every string,
    every number, in every list and object, keys included."""
    if isinstance(value, str):
        reject_cpr(value)
    elif isinstance(value, bool) or value is None:
        pass
    elif isinstance(value, int | float):
        reject_cpr(str(value))
    elif isinstance(value, dict):
        for key, item in value.items():
            reject_cpr_anywhere(key)
            reject_cpr_anywhere(item)
    elif isinstance(value, list | tuple):
        for item in value:
            reject_cpr_anywhere(item)
    return value


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
    import phonenumbers

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
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise RuleViolation("email_invalid", f"»{raw}« er ikke en gyldig e-mailadresse.") from exc
    return str(result.normalized)


_MUNICIPALITY_RE = re.compile(r"[0-9]{3,4}")  # ASCII digits only; no trailing newline


def check_municipality_code(code: str) -> str:
    if not _MUNICIPALITY_RE.fullmatch(code):
        raise RuleViolation(
            "municipality_code", "Kommunekoden skal være tre eller fire cifre, fx 101 eller 751."
        )
    return code
