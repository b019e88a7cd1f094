"""Danish date formats."""

from __future__ import annotations

from desktop.ui.kit.formats import danish_datetime


def test_danish_date_format() -> None:
    assert danish_datetime("2026-03-02T13:05:00") == "02-03-2026 13:05"
    assert danish_datetime(None) == ""
    assert danish_datetime("not a date") == ""
