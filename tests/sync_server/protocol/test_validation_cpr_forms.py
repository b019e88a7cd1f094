"""The CPR guard against the forms a CPR number is really written, pasted or hidden in —
and the dates, case numbers, prices and times that must still pass."""

from __future__ import annotations

import calendar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync_server.protocol import CPR_MESSAGE, RuleViolation, contains_cpr, reject_cpr


@pytest.mark.parametrize(
    "text",
    [
        "010290/1234",
        "010290_1234",
        "010290:1234",
        "010290.1234",
        "01/02/90/1234",
        "01.02.90.1234",
        "01:02:90-1234",
        "0102\u200b90-1234",  # zero-width space
        "010290\u00ad-1234",  # soft hyphen
        "01\u200d0290\ufeff1234",  # zero-width joiner, byte order mark
        "010290\n1234",  # a line break between the parts
        "010290\r\n1234",
        "01-02-1990-1234",  # four-digit year
        "01.02.1990 1234",
        "01021990-1234",
        "0 1 0 2 9 0 1 2 3 4",  # spaced digits
        "0 1 0 2 9 0 - 1 2 3 4",
        "⁰¹⁰²⁹⁰-¹²³⁴",  # superscript digits
        "０１０２９０－１２３４",  # full-width
        "٠١٠٢٩٠-١٢٣٤",  # Arabic-Indic digits
        "Borgeren (cpr 010290/1234) ringer igen",
    ],
)
def test_hidden_and_unusual_forms_are_refused(text: str) -> None:
    assert contains_cpr(text), text
    with pytest.raises(RuleViolation) as info:
        reject_cpr(text)
    assert info.value.message == CPR_MESSAGE


@pytest.mark.parametrize(
    "text",
    [
        "01-02-1990",
        "Mødet er 01.02.2026 kl. 10.30",
        "01-02-1990 10:30",
        "01.02.90 kl. 1030",
        "2026-03-02T09:00:00+01:00",
        "Sagsnummer 2026-0412",
        "Sag 24/12345",
        "J.nr. 2026-123456",
        "Prisen er 1.234,50 kr.",
        "Gebyret er 12.500 kr. (2026)",
        "Ring 70 20 20 20 mellem 9 og 15",
        "+45 20 30 40 50",
        "Åbent 08.00-15.30, fredag 08.00-14.00",
        "Reg.nr. 1234 konto 0101801234567",
        "01018 01234",
        "101018012345",
        "Version 1.2.3.4567",
        "https://www.borger.dk/familie-og-boern/1234",
        "3201901234",  # day 32
        "01-13-1990-1234",  # month 13
        "01-02-1700-1234",  # a year no CPR number has
    ],
)
def test_dates_case_numbers_prices_and_times_pass(text: str) -> None:
    assert not contains_cpr(text), text
    assert reject_cpr(text) == text


def _plausible(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]


SEPARATORS = ["", "-", " ", "/", "_", ":", ".", "\n", " - ", "\u2013", "\u00ad", "\u200b"]


@given(
    day=st.integers(0, 39),
    month=st.integers(0, 19),
    year=st.integers(0, 99),
    serial=st.integers(0, 9999),
    sep=st.sampled_from(SEPARATORS),
    inner=st.sampled_from(["", "-", ".", "/", " "]),
    prefix=st.sampled_from(["", "cpr ", "Nr.: ", "(", "abc"]),
    suffix=st.sampled_from(["", " i dag", ")", ".", "xyz"]),
)
def test_two_digit_years_follow_the_date_rule(
    day: int,
    month: int,
    year: int,
    serial: int,
    sep: str,
    inner: str,
    prefix: str,
    suffix: str,
) -> None:
    text = f"{prefix}{day:02d}{inner}{month:02d}{inner}{year:02d}{sep}{serial:04d}{suffix}"
    assert contains_cpr(text) == _plausible(day, month), text


@given(
    day=st.integers(1, 31),
    month=st.integers(1, 12),
    year=st.integers(1858, 2099),
    serial=st.integers(0, 9999),
    sep=st.sampled_from(["-", " ", "/", ".", "\n"]),
)
def test_four_digit_years_are_refused(
    day: int, month: int, year: int, serial: int, sep: str
) -> None:
    text = f"{day:02d}-{month:02d}-{year:04d}{sep}{serial:04d}"
    assert contains_cpr(text) == _plausible(day, month), text


@given(
    day=st.integers(1, 31),
    month=st.integers(1, 12),
    year=st.integers(1900, 2099),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    style=st.sampled_from(["{d}-{m}-{y}", "{d}.{m}.{y}", "{d}/{m}/{y}", "{y}-{m}-{d}"]),
    clock=st.sampled_from(["", " kl. {h}.{mi}", " {h}:{mi}", "T{h}:{mi}:00"]),
)
def test_valid_dates_and_times_pass(
    day: int, month: int, year: int, hour: int, minute: int, style: str, clock: str
) -> None:
    text = style.format(d=f"{day:02d}", m=f"{month:02d}", y=f"{year:04d}") + clock.format(
        h=f"{hour:02d}", mi=f"{minute:02d}"
    )
    assert not contains_cpr(text), text


@given(
    whole=st.integers(0, 10**9),
    cents=st.integers(0, 99),
    unit=st.sampled_from([" kr.", " kr", ",- kr", " DKK"]),
)
def test_prices_pass(whole: int, cents: int, unit: str) -> None:
    grouped = f"{whole:,}".replace(",", ".")
    assert not contains_cpr(f"{grouped},{cents:02d}{unit}")


CPR = "010290/1234"
UUID1 = "0b6f5c1e-7d1a-4b61-8f0e-5d1d2f6a1c11"


def _registration(**changes: object) -> dict[str, object]:
    body: dict[str, object] = {
        "id": UUID1,
        "channel": "phone",
        "location": "Borgerservice",
        "started_at": "2026-03-02T09:00:00+00:00",
        "ended_at": "2026-03-02T09:05:00+00:00",
        "active_seconds": 200,
        "outcome": "resolved",
    }
    return {**body, **changes}


def _guide(**changes: object) -> dict[str, object]:
    return {"title": "Pas", "area": "Pas", **changes}


CASES = [
    ("MessageRequest", {"id": UUID1, "channel": "sms", "recipient": "20123456", "body": CPR}),
    (
        "MessageRequest",
        {"id": UUID1, "channel": "email", "recipient": "a@b.dk", "subject": CPR, "body": "x"},
    ),
    (
        "MessageRequest",
        {"id": UUID1, "channel": "email", "recipient": "a@b.dk", "body": f"Hej\n{CPR}"},
    ),
    (
        "MessageRequest",
        {
            "id": UUID1,
            "channel": "sms",
            "recipient": "20123456",
            "body": "x",
            "guide_id": CPR[:6] + "-1234",
        },
    ),
    ("Registration", _registration(guide_ids=["pas", "010290-1234"])),
    ("Registration", _registration(note="Ring " + CPR)),
    (
        "FeedbackIn",
        {
            "id": UUID1,
            "guide_id": "pas",
            "kind": "error",
            "text": CPR,
            "created_at": "2026-03-02T09:00:00+00:00",
        },
    ),
    (
        "FeedbackIn",
        {
            "id": UUID1,
            "guide_id": "010290.1234",
            "kind": "error",
            "text": "x",
            "created_at": "2026-03-02T09:00:00+00:00",
        },
    ),
    ("GuideWrite", _guide(id="010290-1234")),
    ("GuideWrite", _guide(steps=[{"title": "t", "text": "x", "image": "010290-1234.png"}])),
    ("GuideWrite", _guide(self_service_url="https://example.dk/?cpr=0102901234")),
    ("GuideWrite", _guide(referral=[{"name": "R", "url": "https://x.dk/010290-1234"}])),
    ("Contact", {"id": "010290:1234", "name": "Kontakt"}),
    ("FaqEntry", {"id": "010290_1234", "question": "Q", "answer": ["A"]}),
    (
        "FaqEntry",
        {"id": "f", "question": "Q", "answer": ["A"], "self_service_url": f"https://x.dk/{CPR}"},
    ),
    ("ExchangeGuide", {"id": "g", **_guide(), "borger": CPR}),
    ("ExchangeGuide", {"id": "g", **_guide(), "ekstra": {"liste": ["ok", {"cpr": 1102901234}]}}),
    ("ExchangeGuide", {"id": "g", **_guide(), "noter": [f"ring {CPR}"]}),
]


@pytest.mark.parametrize(("model", "data"), CASES)
def test_every_free_text_id_and_url_field_refuses_a_cpr_number(
    model: str, data: dict[str, object]
) -> None:
    from pydantic import ValidationError

    import sync_server.protocol as protocol

    with pytest.raises(ValidationError) as info:
        getattr(protocol, model).model_validate(data)
    assert any(error["type"] == "cpr_number" for error in info.value.errors()), info.value
