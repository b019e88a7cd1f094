"""Phone numbers are validated with ``phonenumberslite`` (the metadata without the geocoder,
carrier and time-zone data, a fraction of the size in the desktop installer). The table was
recorded with the full ``phonenumbers`` package before the switch: the outcome of every number
stays the same — valid numbers keep their E.164 and display forms, invalid ones stay refused."""

from __future__ import annotations

import importlib.util

import pytest

from sync_server.protocol.validation import RuleViolation, normalise_phone

# (raw, region, E.164 or None when refused, display)
RECORDED = [
    ("12345678", "DK", None, None),
    ("+45 12 34 56 78", "DK", None, None),
    ("0045 33 66 33 66", "DK", "+4533663366", "+45 33 66 33 66"),
    ("33663366", "DK", "+4533663366", "+45 33 66 33 66"),
    ("70 11 22 33", "DK", "+4570112233", "+45 70 11 22 33"),
    ("80 20 10 10", "DK", "+4580201010", "+45 80 20 10 10"),
    ("90 12 34 56", "DK", "+4590123456", "+45 90 12 34 56"),
    ("20 30 40 50", "DK", "+4520304050", "+45 20 30 40 50"),
    ("112", "DK", None, None),
    ("1813", "DK", None, None),
    ("114", "DK", None, None),
    ("1234567", "DK", None, None),
    ("123456789", "DK", None, None),
    ("+46 8 123 456 78", "DK", "+46812345678", "+46 8 123 456 78"),
    ("+46 70 123 45 67", "DK", "+46701234567", "+46 70 123 45 67"),
    ("+49 30 1234567", "DK", "+49301234567", "+49 30 1234567"),
    ("+44 20 7946 0958", "DK", "+442079460958", "+44 20 7946 0958"),
    ("+1 202 555 0143", "DK", "+12025550143", "+1 202-555-0143"),
    ("+1 650 253 0000", "DK", "+16502530000", "+1 650-253-0000"),
    ("+47 22 12 34 56", "DK", "+4722123456", "+47 22 12 34 56"),
    ("+298 30 12 34", "DK", "+298301234", "+298 30 12 34"),
    ("+299 32 12 34", "DK", "+299321234", "+299 32 12 34"),
    ("+354 551 2345", "DK", "+3545512345", "+354 551 2345"),
    ("+358 9 1234 5678", "DK", "+358912345678", "+358 9 12345678"),
    ("+31 20 123 4567", "DK", "+31201234567", "+31 20 123 4567"),
    ("+33 1 23 45 67 89", "DK", "+33123456789", "+33 1 23 45 67 89"),
    ("+48 22 123 45 67", "DK", "+48221234567", "+48 22 123 45 67"),
    ("+90 212 123 45 67", "DK", "+902121234567", "+90 212 123 45 67"),
    ("+966 11 234 5678", "DK", "+966112345678", "+966 11 234 5678"),
    ("+44 7911 123456", "DK", "+447911123456", "+44 7911 123456"),
    ("abc", "DK", None, None),
    ("+45", "DK", None, None),
    ("+45 1", "DK", None, None),
    ("++4512345678", "DK", None, None),
    ("(+45) 40 50 60 70", "DK", "+4540506070", "+45 40 50 60 70"),
    ("40-50-60-70", "DK", "+4540506070", "+45 40 50 60 70"),
    ("4050 6070", "DK", "+4540506070", "+45 40 50 60 70"),
    ("070 12 34 56", "SE", None, None),
    ("08 123 456 78", "SE", "+46812345678", "+46 8 123 456 78"),
    ("030 1234567", "DE", "+49301234567", "+49 30 1234567"),
    ("+800 1234 5678", "DK", "+80012345678", "+800 1234 5678"),
    ("+882 16 1234 5678", "DK", "+8821612345678", "+882 16 1234 5678"),
]


@pytest.mark.parametrize(("raw", "region", "e164", "display"), RECORDED)
def test_validation_is_the_same_as_with_the_full_package(
    raw: str, region: str, e164: str | None, display: str | None
) -> None:
    if e164 is None:
        with pytest.raises(RuleViolation) as refused:
            normalise_phone(raw, region)
        assert refused.value.code == "phone_invalid"
        return
    number = normalise_phone(raw, region)
    assert (number.e164, number.display) == (e164, display)


def test_the_lite_metadata_is_what_validates() -> None:
    """phonenumberslite has no geocoder, carrier or time-zone data (the validation never
    needed them)."""
    assert importlib.util.find_spec("phonenumbers.data") is not None
    for data in ("geodata", "carrierdata", "tzdata"):
        assert importlib.util.find_spec(f"phonenumbers.{data}") is None
