"""Shared hotlines (issue 17), on SQLite and PostgreSQL, as "How it is checked" says:
municipalities 101 and 102 admit hotline 990, 103 does not; the hotline's pull holds 101's
and 102's published guides and none of 103's; registrations it pushes for 101 appear in
101's CSV report and not in 102's; the allocation splits them per member; after 102
dismisses the hotline, the hotline's pull of 102 is refused."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine
from support.hotline import HOTLINE, seed_hotline
from support.world import World, guide_body, seed_world

from sync_server.config import Settings
from sync_server.protocol import Role

MEMBERS = ("101", "102", "103")
HOTLINE_NAME = f"Fælles hotline {HOTLINE}"


@pytest.fixture
def hw(client: Any, engine: Engine, settings: Settings, password_hash: str) -> World:
    """101, 102, 103 (every role) and the hotline 990 admitted by 101 and 102."""
    tokens = seed_world(engine, settings, password_hash, MEMBERS)
    tokens |= seed_hotline(engine, settings, password_hash, members=("101", "102"))
    world = World(client=client, tokens=tokens)
    for code in MEMBERS:
        body = guide_body(title=f"Melde flytning i {code}")
        assert world.call("POST", "/guides", code=code, json=body).status_code == 201
    drafts = [guide_body("kladde", status="draft"), guide_body("intern", local_only=True)]
    for body in drafts:
        assert world.call("POST", "/guides", code="101", json=body).status_code == 201
    faq = {"id": "f1", "question": "Hvordan?", "answer": ["Sådan."]}
    assert world.call("PUT", "/faq/f1", code="102", json=faq).is_success
    return world


def _get(world: World, path: str, code: str = HOTLINE, role: Role = Role.AGENT, **params: Any):
    return world.call("GET", path, code=code, role=role, params=params)


def _pull(world: World, member: str | None = None, since: int = 0, **kw: Any) -> Any:
    params: dict[str, Any] = {"since": since}
    if member is not None:
        params["member"] = member
    return _get(world, "/sync/pull", **kw, **params)


def test_a_hotline_pulls_the_published_staff_content_of_its_members_only(hw: World) -> None:
    members = _get(hw, "/hotline/members").json()
    assert members == [
        {"code": "101", "name": "Kommune 101", "sender_name": "Kommune 101"},
        {"code": "102", "name": "Kommune 102", "sender_name": "Kommune 102"},
    ]
    account = _get(hw, "/auth/me").json()
    assert account["tenant_kind"] == "hotline" and account["municipality"]["code"] == HOTLINE
    one = _pull(hw, "101").json()
    # the same guide id in each member, told apart by the municipality stamped on it
    assert [(g["id"], g["municipality"], g["title"]) for g in one["guides"]] == [
        ("melde-flytning", "101", "Melde flytning i 101")
    ]  # never the draft, never the local-only guide
    assert all(a["municipality"] == "101" for a in one["areas"]) and one["areas"]
    assert one["learned_terms"] is None  # the member's learned terms stay its own
    two = _pull(hw, "102").json()
    assert [(g["id"], g["municipality"]) for g in two["guides"]] == [("melde-flytning", "102")]
    assert [(f["id"], f["municipality"]) for f in two["faq"]] == [("f1", "102")]
    assert two["history"] != one["history"]  # each member's own cursor history
    refused = _pull(hw, "103")
    assert refused.status_code == 403 and refused.json()["error"] == "not_admitted"
    assert _pull(hw, "999").json()["error"] == "not_admitted"  # unknown: no difference
    own = _pull(hw).json()
    assert own["guides"] == [] and own["learned_terms"] == []
    # every role of the hotline reads the same: staff content only, drafts never
    admin = _pull(hw, "101", role=Role.ADMIN).json()
    assert [g["id"] for g in admin["guides"]] == ["melde-flytning"]
    assert "pending_draft" not in admin["guides"][0] or not admin["guides"][0]["pending_draft"]
    assert _get(hw, "/hotline/members", code="101").json() == []


def test_a_municipality_reads_only_itself(hw: World) -> None:
    other = _pull(hw, "102", code="101")
    assert other.status_code == 403 and other.json()["error"] == "forbidden_tenant"
    mine = _pull(hw, "101", code="101").json()
    # its own staff get its local-only guides too (only drafts are the admins')
    assert {g["id"] for g in mine["guides"]} == {"melde-flytning", "intern"}
    assert mine["learned_terms"] == []
    assert _get(hw, "/messaging/templates", code="101", member="102").status_code == 403


def test_templates_of_a_member(hw: World) -> None:
    templates = _get(hw, "/messaging/templates", member="101").json()
    assert templates["sender_name"] == "Kommune 101"
    assert _get(hw, "/messaging/templates").json()["sender_name"] == HOTLINE_NAME
    refused = _get(hw, "/messaging/templates", member="103")
    assert refused.status_code == 403 and refused.json()["error"] == "not_admitted"


def test_pull_of_a_member_follows_its_cursor(hw: World) -> None:
    first = _pull(hw, "101").json()
    body = guide_body("ny", title="Ny vejledning")
    assert hw.call("POST", "/guides", code="101", json=body).status_code == 201
    again = _pull(hw, "101", since=first["cursor"], history=first["history"]).json()
    assert [g["id"] for g in again["guides"]] == ["ny"] and not again["reset"]
    hw.call("DELETE", "/guides/ny", code="101", params={"base_revision": 1})
    gone = _pull(hw, "101", since=again["cursor"]).json()
    assert gone["tombstones"] == [{"kind": "guide", "id": "ny", "municipality": "101"}]
    # a published guide turned local-only goes from the hotline as a tombstone
    current = hw.call("GET", "/guides/melde-flytning", code="101").json()
    changed = {**guide_body(title="Melde flytning i 101"), "local_only": True}
    put = hw.call(
        "PUT",
        "/guides/melde-flytning",
        code="101",
        json={**changed, "base_revision": current["revision"]},
    )
    assert put.status_code == 200, put.text
    local = _pull(hw, "101", since=gone["cursor"]).json()
    assert local["guides"] == []
    assert local["tombstones"] == [{"kind": "guide", "id": "melde-flytning", "municipality": "101"}]


def _push(hw: World, items: list[dict[str, Any]], code: str = HOTLINE) -> Any:
    return hw.call("POST", "/registrations", code=code, role=Role.AGENT, json={"items": items})


def _csv(hw: World, code: str) -> list[list[str]]:
    params = {"from": "2026-03-01", "to": "2026-03-31", "format": "csv"}
    data = _get(hw, "/reports/export", code=code, role=Role.MANAGER, **params)
    assert data.status_code == 200, data.text
    return list(csv.reader(io.StringIO(data.content.decode("utf-8-sig")), delimiter=";"))


def test_registrations_reach_the_member_reports_and_the_allocation(
    hw: World, make_registration: Callable[..., dict[str, Any]]
) -> None:
    for_101 = [
        make_registration(served_municipality="101", authority="udbetaling_danmark"),
        make_registration(served_municipality="101", authority="kommune", active_seconds=360),
    ]
    for_102 = [make_registration(served_municipality="102", active_seconds=120)]
    own_101 = make_registration()
    # a batch naming a member that does not admit the hotline is refused whole
    bad = _push(hw, [*for_101, make_registration(served_municipality="103")])
    assert bad.status_code == 422 and bad.json()["error"] == "not_admitted"
    unnamed = _push(hw, [make_registration()])
    assert unnamed.status_code == 422 and unnamed.json()["error"] == "not_admitted"
    assert len(_csv(hw, "101")) == 1  # nothing of the refused batch was stored
    assert _push(hw, for_101 + for_102).status_code == 200
    assert _push(hw, [own_101], code="101").status_code == 200
    foreign = _push(hw, [make_registration(served_municipality="102")], code="101")
    assert foreign.status_code == 422

    rows = _csv(hw, "101")
    header, body = rows[0], rows[1:]
    assert header[-1] == "Kilde"
    sources = {row[0]: row[-1] for row in body}
    assert sources == {
        for_101[0]["id"]: HOTLINE_NAME,
        for_101[1]["id"]: HOTLINE_NAME,
        own_101["id"]: "egne",
    }
    assert {row[0] for row in _csv(hw, "102")[1:]} == {for_102[0]["id"]}
    assert _csv(hw, "103")[1:] == []
    # KOMHEN: the hotline's contacts are a unit of their own (the hotline's name), never
    # merged with a place of the municipality's own staff of the same name
    params = {"format": "komhen", "year": 2026, "week": 10}
    komhen = _get(hw, "/reports/export", code="101", role=Role.MANAGER, **params)
    table = list(csv.reader(io.StringIO(komhen.content.decode("utf-8-sig")), delimiter=";"))
    assert {row[5]: int(row[6]) for row in table[1:]} == {"Borgerservice Nord": 1, HOTLINE_NAME: 2}
    figures = _get(
        hw, "/reports/figures", code="101", role=Role.MANAGER, period="month", date="2026-03-01"
    ).json()["current"]
    assert figures["total"] == 3
    assert {f["key"]: f["count"] for f in figures["by_source"]} == {"egne": 1, HOTLINE_NAME: 2}

    # the hotline's cost rates: 2 kr. a minute and 5 kr. a contact by phone
    settings = {
        "rates": [
            {"channel": "phone", "valid_from": "2026-01-01", "per_minute": 2.0, "per_contact": 5.0}
        ]
    }
    put = hw.call("PUT", "/reports/settings", code=HOTLINE, role=Role.ADMIN, json=settings)
    assert put.status_code == 200, put.text
    period = {"from": "2026-03-01", "to": "2026-03-31"}
    report = _get(hw, "/reports/allocation", role=Role.MANAGER, **period).json()
    got = [
        (r["municipality"], r["authority"], r["contacts"], r["minutes"], r["amount"])
        for r in report["rows"]
    ]
    assert got == [
        ("101", "kommune", 1, 6.0, 17.0),
        ("101", "udbetaling_danmark", 1, 5.0, 15.0),
        ("102", None, 1, 2.0, 9.0),
    ]
    assert report["contacts"] == 3 and report["minutes"] == 13.0 and report["amount"] == 41.0
    assert [r["contact_share"] for r in report["rows"]] == pytest.approx([1 / 3] * 3)
    assert report["rows"][0]["minute_share"] == pytest.approx(6 / 13)
    for fmt in ("csv", "xlsx", "pdf"):
        got_file = _get(hw, "/reports/allocation", role=Role.ADMIN, format=fmt, **period)
        assert got_file.status_code == 200 and got_file.content, fmt
    lines = _get(hw, "/reports/allocation", role=Role.ADMIN, format="csv", **period)
    table = list(csv.reader(io.StringIO(lines.content.decode("utf-8-sig")), delimiter=";"))
    assert [row[:4] for row in table[1:]] == [
        ["101", "Kommune 101", "Kommunen", "1"],
        ["101", "Kommune 101", "Udbetaling Danmark", "1"],
        ["102", "Kommune 102", "Ikke angivet", "1"],
    ]
    assert table[1][-1] == "17,00"
    municipal = _get(hw, "/reports/allocation", code="101", role=Role.MANAGER, **period)
    assert municipal.status_code == 403 and municipal.json()["error"] == "forbidden_tenant"
    agent = _get(hw, "/reports/allocation", **period)
    assert agent.status_code == 403 and agent.json()["error"] == "forbidden_role"


def test_feedback_reaches_the_member_inbox_marked_as_from_the_hotline(
    hw: World, make_feedback: Callable[..., dict[str, Any]]
) -> None:
    item = make_feedback(municipality="101")
    sent = hw.call("POST", "/feedback", code=HOTLINE, role=Role.AGENT, json=[item])
    assert sent.status_code == 200, sent.text
    inbox = hw.call("GET", "/feedback", code="101").json()
    assert [(f["id"], f["origin"]) for f in inbox] == [
        (
            item["id"],
            {
                "municipality": HOTLINE,
                "municipality_name": HOTLINE_NAME,
                "guide_id": "melde-flytning",
                "hotline": True,
            },
        )
    ]
    assert inbox[0]["guide_title"] == "Melde flytning i 101"
    assert hw.call("GET", "/feedback", code="102").json() == []
    assert hw.call("GET", "/feedback", code=HOTLINE).json() == []
    mine = hw.call("GET", "/feedback/mine", code=HOTLINE, role=Role.AGENT).json()
    assert [(f["id"], f["municipality"]) for f in mine] == [(item["id"], "101")]
    refused = hw.call(
        "POST",
        "/feedback",
        code=HOTLINE,
        role=Role.AGENT,
        json=[make_feedback(municipality="103")],
    )
    assert refused.status_code == 422 and refused.json()["error"] == "not_admitted"
    assert hw.call("GET", "/feedback", code="103").json() == []


def test_admit_and_dismiss_in_admin_mode(hw: World) -> None:
    listed = hw.call("GET", "/hotlines", code="102").json()
    assert [(h["code"], h["name"], h["admitted"]) for h in listed] == [
        (HOTLINE, HOTLINE_NAME, True)
    ]
    assert listed[0]["admitted_at"]
    assert hw.call("GET", "/hotlines", code="103").json()[0]["admitted"] is False
    dismissed = hw.call("POST", f"/hotlines/{HOTLINE}/dismiss", code="102")
    assert dismissed.status_code == 200 and dismissed.json()[0]["admitted"] is False
    refused = _pull(hw, "102")
    assert refused.status_code == 403 and refused.json()["error"] == "not_admitted"
    assert [m["code"] for m in _get(hw, "/hotline/members").json()] == ["101"]
    assert _pull(hw, "101").status_code == 200
    again = hw.call("POST", f"/hotlines/{HOTLINE}/admit", code="102")
    assert again.json()[0]["admitted"] is True and _pull(hw, "102").status_code == 200
    for role in Role:  # a hotline's accounts never admit or dismiss
        got = hw.call("GET", "/hotlines", code=HOTLINE, role=role)
        assert got.status_code == 403
    assert hw.call("GET", "/hotlines", code=HOTLINE).json()["error"] == "forbidden_tenant"
    assert hw.call("POST", "/hotlines/101/admit", code="102").json()["error"] == "unknown_hotline"
    assert hw.call("GET", "/hotlines", code="101", role=Role.MANAGER).status_code == 403


def test_the_member_summary_counts_the_hotline_contacts_but_never_names_its_staff(
    hw: World, make_registration: Callable[..., dict[str, Any]]
) -> None:
    """/stats/summary counts as the reports do: the municipality's own contacts and those the
    hotline handled for its citizens (never another member's); per member of staff only
    its own staff."""
    served = [make_registration(served_municipality="101") for _ in range(2)]
    assert _push(hw, [*served, make_registration(served_municipality="102")]).status_code == 200
    assert _push(hw, [make_registration()], code="101").status_code == 200
    period = {"from": "2026-03-01", "to": "2026-03-31"}

    def summary(code: str, group_by: str) -> Any:
        answer = _get(
            hw, "/stats/summary", code=code, role=Role.MANAGER, **period, group_by=group_by
        )
        assert answer.status_code == 200, answer.text
        return answer.json()

    assert summary("101", "channel")["total"] == 3
    assert summary("102", "channel")["total"] == 1
    assert summary("103", "channel")["total"] == 0
    assert summary(HOTLINE, "channel")["total"] == 3  # the hotline's own work
    settings = hw.call(
        "PUT",
        "/municipality/settings",
        code="101",
        role=Role.ADMIN,
        json={"per_person_stats": True},
    )
    assert settings.status_code == 200, settings.text
    staff = summary("101", "staff")
    assert staff["total"] == 1  # the hotline's agent is not one of 101's staff


def test_a_hotline_pull_of_a_member_returns_the_authority_its_area_states(hw: World) -> None:
    """Each member states its own authority for its area of the same name (protocol 6);
    the hotline reads the member's value, as the finish page pre-chooses it."""
    for code, authority in (("101", "skattestyrelsen"), ("102", "kommune")):
        put = hw.call(
            "PUT", "/areas/Byggeri", code=code, json={"name": "Byggeri", "authority": authority}
        )
        assert put.status_code == 200, put.text
    one = {a["name"]: a for a in _pull(hw, "101").json()["areas"]}
    two = {a["name"]: a for a in _pull(hw, "102").json()["areas"]}
    assert (one["Byggeri"]["authority"], one["Byggeri"]["municipality"]) == (
        "skattestyrelsen",
        "101",
    )
    assert (two["Byggeri"]["authority"], two["Byggeri"]["municipality"]) == ("kommune", "102")
    assert one["Flytning"]["authority"] is None  # created with its guide: states none
