"""Danish numbers: decimal comma, a thousands point only between groups of three."""

from __future__ import annotations

import pytest

from desktop.ui.kit.numbers import danish_number, parse_danish, plain_danish


@pytest.mark.parametrize(
    ("text", "value"),
    [("6", 6.0), ("6,50", 6.5), ("1.234,5", 1234.5), (" 12 345,25 ", 12345.25), ("0,0", 0.0)],
)
def test_danish_numbers_are_read(text: str, value: float) -> None:
    assert parse_danish(text) == value


@pytest.mark.parametrize("text", ["", "abc", "6.5", "1,234.5", "1.23,4", "6,", "nan", "1e3"])
def test_other_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_danish(text)


def test_numbers_are_written_the_danish_way() -> None:
    assert danish_number(1234.5) == "1.234,50"
    assert danish_number(None) == ""
    assert plain_danish(6.5) == "6,5"
    assert plain_danish(1234.0) == "1234"
    assert parse_danish(plain_danish(0.355 * 100, 2)) == 35.5
