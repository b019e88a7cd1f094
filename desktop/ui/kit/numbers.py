"""Danish numbers in inputs and on screen: decimal comma, thousands with a point
(``1.234,50``)."""

from __future__ import annotations

import math
import re

#: ``1234``, ``1234,5``, ``1.234,50``, ``-3``: a point only between groups of three digits.
_DANISH = re.compile(r"^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$")


def danish_number(value: float | None, decimals: int = 2) -> str:
    """``value`` as Danish people write it: ``1.234,50`` (empty for nothing)."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def plain_danish(value: float, max_decimals: int = 4) -> str:
    """``value`` for an input field: decimal comma, no thousands point, no trailing zeros."""
    text = f"{value:.{max_decimals}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def parse_danish(text: str) -> float:
    """The number in ``text`` written the Danish way; ValueError for anything else (also
    ``12.5``, which a Dane reads as twelve thousand and something: ambiguous, refused)."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not _DANISH.match(cleaned):
        raise ValueError(text)
    value = float(cleaned.replace(".", "").replace(",", "."))
    if not math.isfinite(value):
        raise ValueError(text)
    return value
