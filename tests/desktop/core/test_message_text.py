"""Composing the text sent to a citizen: placeholders, bullets, link, referral, signature,
GSM-friendly SMS, local markers left out; recipients validated as typed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from desktop.core.message_text import (
    InvalidRecipient,
    check_recipient,
    compose,
    default_templates,
    fill,
    gsm_friendly,
    referral_text,
)
from desktop.core.sms import SmsEncoding, count_sms
from sync_server.protocol import Guide, MessageChannel

SMS, EMAIL = MessageChannel.SMS, MessageChannel.EMAIL


def guide(**overrides: Any) -> Guide:
    body: dict[str, Any] = {
        "id": "melde-flytning",
        "title": "Melde flytning",
        "area": "Flytning",
        "guidance": [
            "Meld flytning på borger.dk senest 5 dage efter, du er flyttet.",
            "Husk at melde flytning for alle i husstanden – også børn.",
        ],
        "self_service_url": "https://www.borger.dk/bolig-og-flytning/flytning",
        "referral": [
            {"name": "Borgerservice", "phone": "70 11 22 33", "hours": "Man-fre 10-15"},
            {"name": "Folkeregistret", "email": "folkeregister@kommune.dk"},
        ],
        "municipality": "101",
        "revision": 1,
        "updated_at": datetime(2026, 1, 5, tzinfo=UTC),
    }
    body.update(overrides)
    return Guide.model_validate(body)


TEMPLATES = default_templates("Ørby Kommune")


def test_sms_from_the_defaults() -> None:
    draft = compose(guide(), SMS, TEMPLATES, "Ørby Kommune")
    assert draft.channel is SMS and draft.guide_id == "melde-flytning"
    assert draft.subject is None
    assert draft.body == (
        "Melde flytning\n"
        "- Meld flytning på borger.dk senest 5 dage efter, du er flyttet.\n"
        "- Husk at melde flytning for alle i husstanden - også børn.\n"
        "Gør det selv: https://www.borger.dk/bolig-og-flytning/flytning\n"
        "Brug for hjælp? Ring til Borgerservice på 70 11 22 33.\n"
        "Venlig hilsen\n"
        "Borgerservice, Ørby Kommune"
    )
    count = count_sms(draft.body)
    assert count.encoding is SmsEncoding.GSM7  # the en dash became "-"
    assert count.parts == 2


def test_mail_from_the_defaults() -> None:
    draft = compose(guide(), EMAIL, TEMPLATES, "Ørby Kommune")
    assert draft.subject == "Vejledning fra Ørby Kommune: Melde flytning"
    assert draft.body.startswith("Hej\n\nHer er vejledningen om »Melde flytning«")
    assert "- Husk at melde flytning for alle i husstanden – også børn." in draft.body
    assert "Du kan gøre det selv her: https://www.borger.dk/bolig-og-flytning/flytning" in (
        draft.body
    )
    assert (
        "Har du brug for hjælp, kan du kontakte:\n"
        "- Borgerservice: tlf. 70 11 22 33, Man-fre 10-15\n"
        "- Folkeregistret: folkeregister@kommune.dk"
    ) in draft.body
    assert draft.body.endswith("Venlig hilsen\nBorgerservice, Ørby Kommune")
    assert "\n\n\n" not in draft.body


def test_lines_of_empty_placeholders_are_left_out() -> None:
    draft = compose(guide(self_service_url=None, referral=[]), SMS, TEMPLATES, "Ørby")
    assert "Gør det selv" not in draft.body
    assert "Brug for hjælp" not in draft.body
    mail = compose(guide(self_service_url=None, referral=[]), EMAIL, TEMPLATES, "Ørby")
    assert "Du kan gøre det selv her" not in mail.body
    assert "\n\n\n" not in mail.body


def test_local_markers_are_left_out_and_reported() -> None:
    g = guide(
        guidance=[
            "Gør det hurtigst muligt [Tjekkes lokalt: gældende frist på borger.dk].",
            "[Udfyldes lokalt: kommunens åbningstider]",
        ],
        referral=[{"name": "Borgerservice", "phone": "[Udfyldes lokalt: telefon]"}],
    )
    draft = compose(g, SMS, TEMPLATES, "Ørby")
    assert "[" not in draft.body
    assert "- Gør det hurtigst muligt." in draft.body
    assert "Ring til" not in draft.body  # no usable phone
    assert draft.local_notes == (
        "[Tjekkes lokalt: gældende frist på borger.dk]",
        "[Udfyldes lokalt: kommunens åbningstider]",
    )


def test_custom_templates_and_unknown_placeholders() -> None:
    templates = TEMPLATES.model_copy(
        update={"sms_text": "{titel}: {link} {ukendt}\n{signatur}", "signature": "/{kommune}"}
    )
    draft = compose(guide(), SMS, templates, "Ørby")
    assert (
        draft.body
        == "Melde flytning: https://www.borger.dk/bolig-og-flytning/flytning {ukendt}\n/Ørby"
    )


def test_edited_keeps_the_rest() -> None:
    draft = compose(guide(), EMAIL, TEMPLATES, "Ørby")
    edited = draft.edited("Ny tekst")
    assert (edited.body, edited.subject, edited.guide_id) == (
        "Ny tekst",
        draft.subject,
        "melde-flytning",
    )
    assert draft.edited("x", "Nyt emne").subject == "Nyt emne"


def test_fill() -> None:
    assert fill("A {x}\nB {y}\n\n\n\nC", {"x": "1", "y": ""}) == "A 1\n\nC"
    assert fill("{x}{y} end", {"x": "", "y": ""}) == ""
    assert fill("{x} and {y}", {"x": "", "y": "2"}) == "and 2"


def test_gsm_friendly() -> None:
    text = "»Pas« – “MitID” … → ’s\u00a0x\tz—•"
    assert gsm_friendly(text) == '"Pas" - "MitID" ... -> \'s x z--'
    assert count_sms(gsm_friendly(text)).encoding is SmsEncoding.GSM7
    assert gsm_friendly("æøå ÆØÅ é ü €") == "æøå ÆØÅ é ü €"  # already GSM


def test_referral_for_sms_takes_the_first_phone() -> None:
    g = guide(referral=[{"name": "Uden tlf."}, {"name": "Ydelseskontoret", "phone": "70 20 30 40"}])
    assert referral_text(g, SMS) == "Brug for hjælp? Ring til Ydelseskontoret på 70 20 30 40."


@pytest.mark.parametrize(
    ("raw", "value", "display"),
    [
        ("20123456", "+4520123456", "+45 20 12 34 56"),
        ("+45 20 12 34 56", "+4520123456", "+45 20 12 34 56"),
        ("0045 2012 3456", "+4520123456", "+45 20 12 34 56"),
        ("+46 70 123 45 67", "+46701234567", "+46 70 123 45 67"),
    ],
)
def test_phone_recipients(raw: str, value: str, display: str) -> None:
    recipient = check_recipient(SMS, raw)
    assert (recipient.value, recipient.display) == (value, display)


@pytest.mark.parametrize(
    ("channel", "raw", "message"),
    [
        (SMS, "", "Skriv et telefonnummer."),
        (SMS, "123", "»123« er ikke et gyldigt telefonnummer."),
        (SMS, "2012345", "»2012345« er ikke et gyldigt telefonnummer."),
        (EMAIL, "", "Skriv en e-mailadresse."),
        (EMAIL, "hans@", "»hans@« er ikke en gyldig e-mailadresse."),
        (EMAIL, "hans.example.dk", "»hans.example.dk« er ikke en gyldig e-mailadresse."),
    ],
)
def test_invalid_recipients(channel: MessageChannel, raw: str, message: str) -> None:
    with pytest.raises(InvalidRecipient) as caught:
        check_recipient(channel, raw)
    assert caught.value.message == message


def test_email_recipient_is_normalised() -> None:
    recipient = check_recipient(EMAIL, "  Hans.Hansen@Example.DK ")
    assert recipient.value == recipient.display == "Hans.Hansen@example.dk"


def test_default_templates_read_the_shipped_files() -> None:
    templates = default_templates("")
    assert templates.sender_name == "Kommunen"
    assert "{vejledning}" in templates.sms_text
    assert templates.revision == 0 and not templates.customised


def test_long_guidance_is_cut_to_three_sms_parts() -> None:
    bullets = [f"Punkt {n}: " + "Meld flytning på borger.dk med MitID. " * 3 for n in range(10)]
    draft = compose(guide(guidance=bullets), SMS, TEMPLATES, "Ørby")
    assert count_sms(draft.body).parts <= 3
    assert 0 < draft.omitted < 10
    assert "- Punkt 0:" in draft.body
    assert f"- Punkt {9 - draft.omitted}:" in draft.body
    assert f"- Punkt {10 - draft.omitted}:" not in draft.body
    assert draft.body.endswith("Borgerservice, Ørby")  # link, referral and signature stay
    assert "Gør det selv:" in draft.body
    mail = compose(guide(guidance=bullets), EMAIL, TEMPLATES, "Ørby")
    assert mail.omitted == 0 and "- Punkt 9:" in mail.body


def test_a_single_long_bullet_is_kept() -> None:
    draft = compose(guide(guidance=["x" * 600]), SMS, TEMPLATES, "Ørby")
    assert draft.omitted == 0 and "x" * 600 in draft.body
