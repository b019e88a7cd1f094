"""CSV for Danish Excel: ``;`` between fields, decimal comma, UTF-8 with a byte order mark,
a header and then exactly one row per registration (no totals, no ``sep=`` line)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from . import labels

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M:%S")
    if isinstance(value, float):
        return labels.number(value, 2).replace(".", "")
    if isinstance(value, int):
        return str(value)
    text = str(value)
    # a text that Excel would read as a formula is kept as text
    return "'" + text if text.startswith(_FORMULA_START) else text


def write(
    path: Path, registrations: Iterable[Any], progress: Callable[[int], None] | None = None
) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(labels.REGISTRATION_COLUMNS)
        for row in registrations:
            writer.writerow([_cell(v) for v in labels.registration_values(row)])
            count += 1
            if progress is not None and count % 10_000 == 0:
                progress(count)
    return count
