"""Protocol 5 (shared hotlines): the new fields, and older desktops that never see them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from sync_server.protocol import (
    AccountInfo,
    Authority,
    Contact,
    EntityKind,
    FaqEntry,
    FeedbackIn,
    Municipality,
    PullBatch,
    Registration,
    Role,
    ServiceArea,
    SynonymGroup,
    TenantKind,
    Tombstone,
    for_version,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NEW_ON_ITEMS = "municipality"


def _batch() -> PullBatch:
    return PullBatch(
        cursor=5,
        has_more=False,
        areas=[ServiceArea(name="Flytning", municipality="101")],
        faq=[FaqEntry(id="f1", question="Q", answer=["A"], municipality="101")],
        contacts=[Contact(id="c1", name="Skat", municipality="101")],
        synonyms=[SynonymGroup(term="MitID", words=["NemID"], municipality="101")],
        tombstones=[Tombstone(kind=EntityKind.GUIDE, id="pas", municipality="101")],
    )


def test_a_protocol_4_pull_has_none_of_the_new_fields() -> None:
    old = for_version(_batch(), 4)
    for section in ("areas", "faq", "contacts", "synonyms", "tombstones"):
        assert old[section], section
        assert all(NEW_ON_ITEMS not in item for item in old[section]), section
    # what an older desktop reads back is still valid for it (nothing else went)
    assert PullBatch.model_validate(old).areas[0].name == "Flytning"
    new = for_version(_batch(), 5)
    for section in ("areas", "faq", "contacts", "synonyms", "tombstones"):
        assert all(item[NEW_ON_ITEMS] == "101" for item in new[section]), section


def test_account_tenant_kind_is_trimmed_for_protocol_4() -> None:
    account = AccountInfo(
        username="a",
        display_name="A",
        role=Role.AGENT,
        municipality=Municipality(code="990", name="Fælles hotline"),
        staff_pseudonym="p",
        tenant_kind=TenantKind.HOTLINE,
    )
    assert for_version(account, 5)["tenant_kind"] == "hotline"
    assert "tenant_kind" not in for_version(account, 4)
    assert (
        AccountInfo.model_validate(
            {k: v for k, v in account.model_dump().items() if k != "tenant_kind"}
        ).tenant_kind
        is TenantKind.MUNICIPALITY
    )


def test_registration_and_feedback_fields() -> None:
    registration = Registration(
        id=uuid.uuid4(),
        channel="phone",
        location="Hotline",
        started_at=NOW,
        ended_at=NOW,
        active_seconds=0,
        outcome="resolved",
        served_municipality="101",
        authority=Authority.UDBETALING_DANMARK,
    )
    old = for_version(registration, 4)
    assert "served_municipality" not in old and "authority" not in old
    assert for_version(registration, 5)["authority"] == "udbetaling_danmark"
    feedback = FeedbackIn(
        id=uuid.uuid4(), guide_id="g", kind="error", text="x", created_at=NOW, municipality="101"
    )
    assert "municipality" not in for_version(feedback, 4)


@pytest.mark.parametrize("bad", ["10111", "ab1", " 10", "10"])
def test_item_municipality_is_a_code_or_empty(bad: str) -> None:
    assert ServiceArea(name="X").municipality == ""
    assert ServiceArea(name="X", municipality="9901").municipality == "9901"  # 3 or 4 digits
    with pytest.raises(ValidationError):
        ServiceArea(name="X", municipality=bad)
    with pytest.raises(ValidationError):
        Registration.model_validate(
            {
                "id": str(uuid.uuid4()),
                "channel": "phone",
                "location": "L",
                "started_at": NOW.isoformat(),
                "ended_at": NOW.isoformat(),
                "active_seconds": 0,
                "outcome": "resolved",
                "served_municipality": bad,
            }
        )
