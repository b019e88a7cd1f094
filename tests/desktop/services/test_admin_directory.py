"""The directory editor's rules before anything is sent: KLE numbers, required fields,
phone and e-mail in their normal forms, https links; each refusal in clear Danish."""

from __future__ import annotations

import pytest

from desktop.services.admin_directory import AREAS, CONTACTS, FAQ, SYNONYMS, InvalidItem, check


@pytest.mark.parametrize("kle", ["23", "23.05", "23.05.04", " 07.00.01 "])
def test_a_kle_number_in_its_three_forms_is_taken(kle: str) -> None:
    assert check(AREAS, {"name": "Flytning", "kle": kle})["kle"] == kle.strip()


@pytest.mark.parametrize("kle", ["2", "23.5", "23.05.04.01", "23-05", "ab"])
def test_a_kle_number_in_another_form_is_refused_in_danish(kle: str) -> None:
    with pytest.raises(InvalidItem, match=r"er ikke et KLE-nummer.*fx 23 eller 23\.05\.04"):
        check(AREAS, {"name": "Flytning", "kle": kle})


def test_an_empty_kle_number_is_none() -> None:
    assert check(AREAS, {"name": "Flytning", "kle": "  "})["kle"] is None


def test_an_area_s_authority_is_kept_or_none() -> None:
    data = {"name": "Byggeri", "authority": "skattestyrelsen"}
    assert check(AREAS, data)["authority"] == "skattestyrelsen"
    assert check(AREAS, {"name": "Byggeri", "authority": None})["authority"] is None
    assert check(AREAS, {"name": "Byggeri"})["authority"] is None
    assert "authority" in AREAS.fields  # the merge dialog compares it


@pytest.mark.parametrize(
    ("spec", "data", "message"),
    [
        (AREAS, {"name": " "}, "Skriv serviceområdets navn."),
        (SYNONYMS, {"term": "MitID", "words": []}, "Skriv mindst ét synonym."),
        (FAQ, {"id": "x", "question": "Hvad?", "answer": [" "]}, "mindst ét afsnit"),
        (CONTACTS, {"id": "x", "name": ""}, "Skriv kontaktens navn."),
    ],
)
def test_required_fields_are_named(spec, data, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidItem, match=message):
        check(spec, data)


def test_contact_phone_and_email_in_normal_form() -> None:
    out = check(
        CONTACTS,
        {"id": "hotline", "name": "Hotline", "phone": "70200000", "email": "Hotline@Kommune.DK"},
    )
    assert out["phone"] == "+45 70 20 00 00"
    assert out["email"] == "Hotline@kommune.dk"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "70 20 00", "ikke et gyldigt telefonnummer"),
        ("email", "hotline@", "ikke en gyldig e-mailadresse"),
        ("url", "http://kommune.dk", "ikke en gyldig https-adresse"),
    ],
)
def test_contact_fields_refused_as_on_referral_cards(field: str, value: str, message: str) -> None:
    with pytest.raises(InvalidItem, match=message):
        check(CONTACTS, {"id": "hotline", "name": "Hotline", field: value})


def test_synonym_words_are_trimmed_and_unique() -> None:
    out = check(SYNONYMS, {"term": "MitID", "words": ["NemID", " NemID ", "", "nøglekort"]})
    assert out["words"] == ["NemID", "nøglekort"]


@pytest.mark.parametrize(
    ("spec", "data", "message"),
    [
        (AREAS, {"name": "x" * 300}, "Navnet må højst være 200 tegn."),
        (
            SYNONYMS,
            {"term": "MitID", "words": ["b" * 500]},
            "Ord 1 af ordene må højst være 300 tegn.",
        ),
        (FAQ, {"id": "f", "question": "q" * 900, "answer": ["a"]}, "Spørgsmålet må højst være"),
    ],
)
def test_a_too_long_text_is_refused_in_danish(spec, data, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidItem) as refused:
        check(spec, data)
    assert message in refused.value.message
    assert "should" not in refused.value.message
