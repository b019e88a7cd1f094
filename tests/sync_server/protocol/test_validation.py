"""Shared validation rules of the wire contract: CPR guard, phone numbers, e-mail addresses."""

from __future__ import annotations

import calendar

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from sync_server.protocol import (
    CPR_MESSAGE,
    FeedbackIn,
    GuideContent,
    MessageRequest,
    RuleViolation,
    contains_cpr,
    find_cpr,
    normalise_email,
    normalise_phone,
    reject_cpr,
)
from sync_server.protocol.validation import check_municipality_code

# -- CPR ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "0101801234",
        "010180-1234",
        "010180 1234",
        "010180  1234",
        "010180 - 1234",
        "010180–1234",  # en dash
        "010180\u20111234",  # non-breaking hyphen
        "010180\u22121234",  # minus sign
        "010180\u00a01234",  # no-break space (pasted from a web page)
        "010180\t1234",
        "01 01 80-1234",
        "01.01.80-1234",
        "01-01-80-1234",
        "01 01 80 1234",
        "2902001234",  # 29 February is a plausible date
        "3112991234",
        "Borgeren har cpr 010180-1234, ring tilbage",
        "cpr:0101801234.",
        "x0101801234y",
    ],
)
def test_cpr_numbers_are_found(text: str) -> None:
    found = find_cpr(text)
    assert found is not None
    assert found.replace(" ", "")[:2] in text.replace(" ", "")
    assert contains_cpr(text)
    with pytest.raises(RuleViolation) as info:
        reject_cpr(text)
    assert info.value.code == "cpr_number"
    assert info.value.message == CPR_MESSAGE


@pytest.mark.parametrize(
    "text",
    [
        "3201801234",  # day 32
        "0013801234",  # day 00
        "0113801234",  # month 13
        "0100801234",  # month 00
        "3002801234",  # 30 February
        "3104801234",  # 31 April
        "0000001234",
        "32-01-80-1234",
        "101018012345",  # 12 digits: an account number, not a CPR number
        "20101801234",  # 11 digits
        "010180-12345",
        "1010180-1234",
        "+45 20 30 40 50",
        "Ring 70 20 20 20 mellem 9 og 15",
        "Reg.nr. 1234 konto 0101801234567",
        "Sagsnummer 2026-0412",
        "01018 01234",
        "",
        "Ingen tal her",
    ],
)
def test_implausible_or_other_numbers_are_not_flagged(text: str) -> None:
    assert find_cpr(text) is None
    assert reject_cpr(text) == text


def _plausible(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]


@given(
    day=st.integers(0, 99),
    month=st.integers(0, 99),
    year=st.integers(0, 99),
    serial=st.integers(0, 9999),
    sep=st.sampled_from(["", "-", " ", " - ", "–", "\u00a0"]),
    prefix=st.sampled_from(["", "cpr ", "Nr.: ", "(", "abc"]),
    suffix=st.sampled_from(["", " i dag", ")", ".", "xyz"]),
)
def test_cpr_detection_follows_the_date_rule(
    day: int, month: int, year: int, serial: int, sep: str, prefix: str, suffix: str
) -> None:
    text = f"{prefix}{day:02d}{month:02d}{year:02d}{sep}{serial:04d}{suffix}"
    assert contains_cpr(text) == _plausible(day, month)


@given(digits=st.text(alphabet="0123456789", min_size=11, max_size=20))
def test_longer_digit_runs_are_never_cpr(digits: str) -> None:
    assert not contains_cpr(digits)


def test_the_guard_is_in_the_wire_models() -> None:
    with pytest.raises(ValidationError) as info:
        GuideContent(title="Test", area="A", guidance=["Ring på 010180-1234"])
    error = info.value.errors()[0]
    assert error["type"] == "cpr_number"
    assert error["msg"] == CPR_MESSAGE
    assert error["loc"] == ("guidance", 0)
    with pytest.raises(ValidationError):
        FeedbackIn.model_validate(
            {
                "id": "0b6f5c1e-7d1a-4b61-8f0e-5d1d2f6a1c11",
                "guide_id": "g",
                "kind": "error",
                "text": "0101801234",
                "created_at": "2026-01-01T00:00:00+00:00",
            }
        )


# -- phone numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "20304050",
        "20 30 40 50",
        "2030 4050",
        "+45 20304050",
        "+4520304050",
        "004520304050",
        "(+45) 20-30-40-50",
        "  20 30 40 50  ",
    ],
)
def test_danish_numbers_normalise_to_plus45(raw: str) -> None:
    phone = normalise_phone(raw)
    assert phone.e164 == "+4520304050"
    assert phone.display == "+45 20 30 40 50"


def test_foreign_numbers_keep_their_country() -> None:
    phone = normalise_phone("+46 8 123 456 78")
    assert phone.e164 == "+46812345678"
    assert phone.display.startswith("+46 ")
    assert normalise_phone("0046812345678").e164 == "+46812345678"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "phone_empty"),
        ("   ", "phone_empty"),
        ("123", "phone_invalid"),
        ("112", "phone_invalid"),
        ("abc", "phone_invalid"),
        ("+45 203040", "phone_invalid"),
        ("+45 2030405060", "phone_invalid"),
    ],
)
def test_invalid_phone_numbers(raw: str, code: str) -> None:
    with pytest.raises(RuleViolation) as info:
        normalise_phone(raw)
    assert info.value.code == code
    assert info.value.message  # a Danish sentence for the user


def test_message_request_normalises_the_recipient() -> None:
    base = {"id": "0b6f5c1e-7d1a-4b61-8f0e-5d1d2f6a1c11", "body": "Hej"}
    sms = MessageRequest.model_validate({**base, "channel": "sms", "recipient": "20 30 40 50"})
    assert sms.recipient == "+4520304050"
    mail = MessageRequest.model_validate(
        {**base, "channel": "email", "recipient": " Borger@Example.DK "}
    )
    assert mail.recipient == "Borger@example.dk"
    with pytest.raises(ValidationError):
        MessageRequest.model_validate({**base, "channel": "sms", "recipient": "123"})
    with pytest.raises(ValidationError):
        MessageRequest.model_validate({**base, "channel": "email", "recipient": "ikke-en-adresse"})


# -- e-mail -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("borger@kommune.dk", "borger@kommune.dk"),
        ("  Borger@Kommune.DK ", "Borger@kommune.dk"),
        ("anders.and+post@andeby.dk", "anders.and+post@andeby.dk"),
        ("søren@kommune.dk", "søren@kommune.dk"),
    ],
)
def test_email_addresses_are_normalised(raw: str, normal: str) -> None:
    assert normalise_email(raw) == normal


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "email_empty"),
        (" ", "email_empty"),
        ("borger@", "email_invalid"),
        ("@kommune.dk", "email_invalid"),
        ("borger kommune.dk", "email_invalid"),
        ("a b@kommune.dk", "email_invalid"),
        ("borger@localhost", "email_invalid"),
        ("borger@@kommune.dk", "email_invalid"),
    ],
)
def test_invalid_email_addresses(raw: str, code: str) -> None:
    with pytest.raises(RuleViolation) as info:
        normalise_email(raw)
    assert info.value.code == code


# -- municipality codes -------------------------------------------------------------------


@pytest.mark.parametrize("code", ["101", "751", "999", "9901", "0101"])  # a hotline: 4 digits
def test_municipality_codes(code: str) -> None:
    assert check_municipality_code(code) == code


@pytest.mark.parametrize(
    "code", ["", "12", "12345", "abc", " 101", "10a", "101\n", "9901\n", "١٠١", "١٠١٠"]
)
def test_bad_municipality_codes(code: str) -> None:
    with pytest.raises(RuleViolation) as info:
        check_municipality_code(code)
    assert info.value.code == "municipality_code"
    assert info.value.message == "Kommunekoden skal være tre eller fire cifre, fx 101 eller 751."
