"""Every refusal of a value reads in Danish: pydantic's own checks (required, length,
pattern, ranges, unknown fields…) get a Danish sentence naming the field, the contract's
own rules keep their wording, on the wire and in the desktop's forms."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from sync_server.protocol import (
    CPR_MESSAGE,
    CitizenSettingsPatch,
    Contact,
    FaqEntry,
    GuideContent,
    Registration,
    ServiceArea,
    SynonymGroup,
)
from sync_server.protocol.refusals import _TEXT, danish, field_name

ENGLISH = re.compile(r"\b(should|must|Input|Field required|String|characters|valid)\b")


def _first(model: type[BaseModel], data: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return danish(caught.value.errors()[0])


@pytest.mark.parametrize(
    ("model", "data", "message"),
    [
        (ServiceArea, {"name": "x" * 201}, "Navnet må højst være 200 tegn."),
        (ServiceArea, {"name": ""}, "Udfyld navnet."),
        (ServiceArea, {"name": "Skat", "kle": "abc"}, "KLE-nummeret skal være to cifre"),
        (
            ServiceArea,
            {"name": "Skat", "sort_order": "først"},
            "Rækkefølgen skal være et helt tal.",
        ),
        (ServiceArea, {"name": "Skat", "farve": 1}, "Feltet »farve« kendes ikke."),
        (CitizenSettingsPatch, {"public_base_url": "ftp://x"}, "begynder med https://"),
        (CitizenSettingsPatch, {"brand_colour": "blå"}, "#rrggbb"),
        (SynonymGroup, {"term": "MitID", "words": ["b" * 301]}, "Ord 1 af ordene må højst være"),
        (FaqEntry, {"id": "f", "answer": ["a"]}, "Udfyld spørgsmålet."),
        (
            Contact,
            {"id": "c1", "name": "n", "municipality": "12"},
            "Kommunekoden skal være tre eller fire",
        ),
        (Registration, {"channel": "fax"}, "Udfyld id'et."),
        (GuideContent, {"title": "T", "area": "A", "steps": [{"title": 5}]}, "(trin 1)"),
        (FaqEntry, {"id": "f", "question": "Hvad er 010180-1234?", "answer": ["a"]}, CPR_MESSAGE),
    ],
)
def test_refusals_are_danish_and_name_the_field(
    model: type[BaseModel], data: dict[str, Any], message: str
) -> None:
    text = _first(model, data)
    assert message in text
    assert not ENGLISH.search(text), text


def test_every_worded_check_is_danish() -> None:
    for kind, template in _TEXT.items():
        ctx = {"max_length": 3, "min_length": 2, "gt": 0, "ge": 0.5, "lt": 9, "le": 9.0}
        text = danish({"type": kind, "loc": ("body", "name"), "msg": "x", "ctx": ctx})
        assert text and not ENGLISH.search(text) and "{" not in text, (kind, template, text)
    assert danish({"type": "greater_than_equal", "loc": ("x",), "ctx": {"ge": 0.5}}).endswith(
        "mindst 0,5."
    )


def test_field_names_of_nested_places() -> None:
    assert field_name(("body", "steps", 1, "fields", 0, "label")) == "feltnavnet (trin 2, felt 1)"
    assert field_name(("query", "from")) == "feltet »from«"
    assert field_name(()) == "værdien"


def test_the_contracts_own_wording_is_kept_without_the_prefix() -> None:
    error = {"type": "value_error", "loc": ("ended_at",), "msg": "Value error, Sluttid før start."}
    assert danish(error) == "Sluttid før start."
