"""The note of a registration refuses phone numbers and e-mail addresses (PRODUCT: nothing in
a registration may lead back to the citizen); case numbers, times and prices pass. Feedback
on guides may still quote an authority's phone number."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from sync_server.protocol import FeedbackIn, Registration
from sync_server.protocol.validation import (
    CONTACT_MESSAGE,
    RuleViolation,
    find_contact_details,
    reject_contact_details,
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ring tilbage på 22 34 56 78", "22 34 56 78"),
        ("tlf 22345678", "22345678"),
        ("22-34-56-78 efter kl. 12", "22-34-56-78"),
        ("mobil 2234 5678", "2234 5678"),
        ("+45 22 34 56 78", "+45 22 34 56 78"),
        ("+4522345678", "+4522345678"),
        ("0045 2234 5678", "0045 2234 5678"),
        ("nr.\u00a022\u00a034\u00a056\u00a078", "22\u00a034\u00a056\u00a078"),
        ("skriv til anna.jensen@example.dk", "anna.jensen@example.dk"),
        ("mail: a+b@sub.kommune.dk.", "a+b@sub.kommune.dk"),
    ],
)
def test_phone_numbers_and_email_addresses_are_found(text: str, found: str) -> None:
    assert find_contact_details(text) == found
    with pytest.raises(RuleViolation) as info:
        reject_contact_details(text)
    assert info.value.code == "contact_details"
    assert info.value.message == CONTACT_MESSAGE


@pytest.mark.parametrize(
    "text",
    [
        "Sag oprettet: 2026-1234",
        "sagsnr. 2026/004512",
        "journalnr. 27.12.04-G01-2-26",
        "kl. 10.30 – 11.15",
        "Pas koster 1.000 kr.",
        "ID 1234-5678",
        "12 34 56 78",  # Danish numbers do not begin with 1
        "22 34-56 78",  # mixed separators: not how a number is written
        "123456789012",
        "Borgeren kom 3 gange",
        "Henvist til Skattestyrelsen",
        "@borger",
    ],
)
def test_other_numbers_and_words_pass(text: str) -> None:
    assert find_contact_details(text) is None
    assert reject_contact_details(text) == text


def _registration(note: str) -> dict[str, Any]:
    return {
        "id": "0b6f5c1e-7d1a-4b61-8f0e-5d1d2f6a1c11",
        "version": 1,
        "channel": "phone",
        "location": "Borgerservice",
        "started_at": "2026-01-01T09:00:00+00:00",
        "ended_at": "2026-01-01T09:05:00+00:00",
        "active_seconds": 300,
        "outcome": "resolved",
        "note": note,
    }


def test_the_registration_note_refuses_them() -> None:
    with pytest.raises(ValidationError) as info:
        Registration.model_validate(_registration("Ring på 22 34 56 78"))
    error = info.value.errors()[0]
    assert (error["type"], error["msg"], error["loc"]) == (
        "contact_details",
        CONTACT_MESSAGE,
        ("note",),
    )
    assert Registration.model_validate(_registration("Sag 2026-1234")).note == "Sag 2026-1234"


def test_feedback_may_quote_an_authoritys_number() -> None:
    feedback = FeedbackIn.model_validate(
        {
            "id": "0b6f5c1e-7d1a-4b61-8f0e-5d1d2f6a1c11",
            "guide_id": "g",
            "kind": "error",
            "text": "Skattestyrelsens nummer er nu 72 22 18 18",
            "created_at": "2026-01-01T00:00:00+00:00",
        }
    )
    assert "72 22 18 18" in feedback.text
