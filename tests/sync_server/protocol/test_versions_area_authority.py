"""Protocol 6: a service area states the authority its contacts concern; desktops of
protocol 5 and older never see the field (wire models refuse unknown fields)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from sync_server.protocol import (
    PROTOCOL_VERSION,
    Authority,
    PullBatch,
    ServiceArea,
    for_version,
)


def _batch() -> PullBatch:
    return PullBatch(
        cursor=3,
        has_more=False,
        areas=[
            ServiceArea(name="Byggeri", authority=Authority.SKATTESTYRELSEN, municipality="101"),
            ServiceArea(name="Valg", municipality="101"),
        ],
    )


def test_version_is_six() -> None:
    assert PROTOCOL_VERSION == 6


def test_an_area_s_authority_goes_there_and_back() -> None:
    area = ServiceArea(name="Byggeri", kle="02.00", authority=Authority.SKATTESTYRELSEN)
    data = area.model_dump(mode="json")
    assert data["authority"] == "skattestyrelsen"
    assert ServiceArea.model_validate(data) == area
    assert ServiceArea.model_validate_json(area.model_dump_json()) == area
    assert ServiceArea(name="Valg").authority is None


def test_an_unknown_authority_is_refused() -> None:
    with pytest.raises(ValidationError):
        ServiceArea.model_validate({"name": "Byggeri", "authority": "politiet"})


def test_a_protocol_6_pull_carries_the_authority() -> None:
    areas = for_version(_batch(), 6)["areas"]
    assert [a["authority"] for a in areas] == ["skattestyrelsen", None]


@pytest.mark.parametrize("version", [5, 4, 1])
def test_an_older_pull_has_no_authority_on_areas(version: int) -> None:
    old = for_version(_batch(), version)
    assert old["areas"] and all("authority" not in area for area in old["areas"])
    # what an older desktop reads back is still valid for it (nothing else went)
    assert [a.name for a in PullBatch.model_validate(old).areas] == ["Byggeri", "Valg"]
    if version == 5:
        assert all(area["municipality"] == "101" for area in old["areas"])
    # an area on its own (an admin reading one) is trimmed the same way
    assert "authority" not in for_version(ServiceArea(name="Byggeri", authority="kommune"), 5)
