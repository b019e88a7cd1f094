"""The KOMHEN export: counts per counting week × channel × KLE task × henvendelsestype ×
unit equal an independent computation over generated registrations; the admin's mapping
(outcome → henvendelsestype, column headers) changes the file; only the admin changes it;
a municipality counts only its own registrations."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from support.report_data import CPH, expected, generate, put_settings
from support.world import World, guide_body

from sync_server.cli import main
from sync_server.config import Settings
from sync_server.features.reports.exports.labels import CHANNELS
from sync_server.protocol import Role

YEAR, WEEK = 2026, 12  # 16–22 March 2026
FIRST, LAST = date(2026, 3, 16), date(2026, 3, 22)
GUIDE_KLE = {"melde-flytning": "23.05.04", "mitid": None, "sundhedskort": "29.09", "pension": None}
GUIDE_AREA = {
    "melde-flytning": "Flytning",
    "mitid": "MitID",
    "sundhedskort": "Sundhed",
    "pension": "Pension",
}
AREA_KLE = {"MitID": "16.08.02", "Pension": "32.18.04", "Flytning": "23.05"}
DEFAULT_TYPES = {
    "resolved": "information",
    "self_service": "information",
    "assisted": "transaktion",
    "referred": "information",
    "case_created": "transaktion",
    "not_resolved": "information",
}


def _content(world: World) -> None:
    for guide_id, area in GUIDE_AREA.items():
        extra = {"kle": GUIDE_KLE[guide_id]} if GUIDE_KLE[guide_id] else {}
        body = guide_body(guide_id, title=guide_id.title(), area=area, **extra)
        assert world.call("POST", "/guides", json=body).status_code in (200, 201)
    for area, kle in AREA_KLE.items():
        current = world.call("GET", f"/areas/{area}")
        params = {"base_revision": current.json()["revision"]} if current.status_code == 200 else {}
        put = world.call("PUT", f"/areas/{area}", json={"name": area, "kle": kle}, params=params)
        assert put.status_code in (200, 201), put.text
        assert put.json()["kle"] == kle


def _kle(reg: dict[str, Any]) -> str:
    """Independent: the first guide with a KLE number, else the area's (the registration's,
    else the first guide's), else empty."""
    for guide in reg["guide_ids"]:
        if GUIDE_KLE[guide]:
            return str(GUIDE_KLE[guide])
    first_area = GUIDE_AREA[reg["guide_ids"][0]] if reg["guide_ids"] else None
    for area in (reg.get("area"), first_area):
        if area and AREA_KLE.get(area):
            return AREA_KLE[area]
    return ""


def _want(final: list[dict[str, Any]], types: dict[str, str]) -> Counter[tuple[str, ...]]:
    ids = expected(final, FIRST, LAST)["ids"]
    out: Counter[tuple[str, ...]] = Counter()
    for reg in final:
        if reg["id"] not in ids:
            continue
        year, week, _ = datetime.fromisoformat(reg["started_at"]).astimezone(CPH).isocalendar()
        kind = types[reg["outcome"]].capitalize()
        key = (str(year), str(week), CHANNELS[reg["channel"]], _kle(reg), kind, reg["location"])
        out[key] += 1
    return out


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def _got(rows: list[list[str]]) -> Counter[tuple[str, ...]]:
    return Counter({tuple(r[:6]): int(r[6]) for r in rows[1:]})


def _export(world: World, code: str = "101", role: Role = Role.MANAGER) -> Any:
    params = {"format": "komhen", "year": YEAR, "week": WEEK}
    return world.call("GET", "/reports/export", code, role, params=params)


def test_counts_equal_independent_computation(world: World) -> None:
    _content(world)
    put_settings(world)
    final = generate(world, count=900, seed=21)
    response = _export(world)
    assert response.status_code == 200, response.text
    assert (
        "vejviser-komhen-101-2026-03-16-2026-03-22.csv" in response.headers["content-disposition"]
    )
    rows = _rows(response.content)
    assert rows[0] == [
        "År",
        "Tælleuge",
        "Kanal",
        "KLE-nummer",
        "Henvendelsestype",
        "Enhed",
        "Antal",
    ]
    want = _want(final, DEFAULT_TYPES)
    assert sum(want.values()) == expected(final, FIRST, LAST)["total"] > 0
    assert _got(rows) == want
    # every KLE number of the set occurs, and some registrations have none
    assert {k[3] for k in want} >= {"23.05.04", "29.09", "16.08.02", "32.18.04", ""}


def test_mapping_change_changes_the_output_and_only_the_admin_may(world: World) -> None:
    _content(world)
    final = generate(world, count=600, seed=22)
    settings = world.call("GET", "/reports/settings", role=Role.MANAGER).json()
    assert settings["komhen_types"] == DEFAULT_TYPES
    types = {**DEFAULT_TYPES, "resolved": "transaktion", "referred": "transaktion"}
    columns = {**settings["komhen_columns"], "kle": "KLE-emne", "count": "Henvendelser"}
    body = {**settings, "komhen_types": types, "komhen_columns": columns}
    for role in (Role.MANAGER, Role.AGENT):
        refused = world.call("PUT", "/reports/settings", role=role, json=body)
        assert refused.status_code == 403
    assert _got(_rows(_export(world).content)) == _want(final, DEFAULT_TYPES)
    saved = world.call("PUT", "/reports/settings", json=body)
    assert saved.status_code == 200, saved.text
    assert saved.json()["komhen_types"] == types
    again = world.call("GET", "/reports/settings", role=Role.MANAGER).json()
    assert again["komhen_columns"] == columns and again["komhen_types"] == types
    rows = _rows(_export(world).content)
    assert rows[0][3] == "KLE-emne" and rows[0][6] == "Henvendelser"
    assert _got(rows) == _want(final, types) != _want(final, DEFAULT_TYPES)
    # another municipality keeps its defaults
    other = world.call("GET", "/reports/settings", "202", Role.ADMIN).json()
    assert other["komhen_types"] == DEFAULT_TYPES


def test_bad_mapping_is_refused(world: World) -> None:
    settings = world.call("GET", "/reports/settings").json()
    for bad in ({"resolved": "sag"}, {"ukendt": "information"}):
        body = {**settings, "komhen_types": bad}
        assert world.call("PUT", "/reports/settings", json=body).status_code == 422


def test_isolation_and_roles(world: World) -> None:
    _content(world)
    generate(world, count=300, seed=23)
    assert _export(world, role=Role.AGENT).status_code == 403
    rows = _rows(_export(world, "202").content)
    # 202 has no guides or areas with KLE numbers: its counts carry none of 101's
    assert rows[1:] and all(r[3] == "" for r in rows[1:])
    total_202 = sum(int(r[6]) for r in rows[1:])
    assert 0 < total_202 <= 200


def test_cli_komhen(world: World, settings: Settings, tmp_path: Path) -> None:
    _content(world)
    final = generate(world, count=300, seed=24)
    out = tmp_path / "komhen.csv"
    args = ["--database-url", settings.resolved_database_url(), "report"]
    args += ["--municipality", "101", "--year", str(YEAR), "--week", str(WEEK)]
    result = CliRunner().invoke(main, [*args, "--format", "komhen", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _got(_rows(out.read_bytes())) == _want(final, DEFAULT_TYPES)
    bad = CliRunner().invoke(main, [*args[:-1], "54", "--format", "komhen", "-o", str(out)])
    assert bad.exit_code == 2 and "ingen uge 54" in bad.output


def test_an_older_desktop_gets_areas_and_settings_without_the_new_fields(world: World) -> None:
    """Protocol 3 clients refuse unknown fields: they get neither the area's KLE number nor
    the KOMHEN mapping."""
    _content(world)
    old = {**world.headers("101", Role.ADMIN), "X-Vejviser-Protocol": "3"}
    areas = world.client.get("/api/v1/sync/pull", headers=old).json()["areas"]
    assert areas and all("kle" not in area for area in areas)
    settings = world.client.get("/api/v1/reports/settings", headers=old).json()
    assert "komhen_types" not in settings and "komhen_columns" not in settings
    # The figures too: search_misses is a protocol-3 field, so a protocol-2 desktop lacks it.
    older = {**world.headers("101", Role.ADMIN), "X-Vejviser-Protocol": "2"}
    figures = world.client.get(
        "/api/v1/reports/figures?period=month&date=2026-03-01", headers=older
    )
    assert figures.status_code == 200 and "search_misses" not in figures.json()
    assert (
        "search_misses" in world.call("GET", "/reports/figures?period=month&date=2026-03-01").json()
    )
    assert world.call("GET", "/areas/MitID").json()["kle"] == "16.08.02"
    areas = world.call("GET", "/sync/pull", role=Role.AGENT).json()["areas"]
    assert {a["name"]: a["kle"] for a in areas}["MitID"] == "16.08.02"


def test_an_older_desktop_s_settings_keep_the_komhen_mapping(world: World) -> None:
    """A protocol-3 admin desktop saves the goal and rates it knows; the KOMHEN mapping it
    never saw stays as the admin of a newer desktop set it."""
    settings = world.call("GET", "/reports/settings").json()
    types = {**DEFAULT_TYPES, "resolved": "transaktion"}
    columns = {**settings["komhen_columns"], "kle": "KLE-emne"}
    body = {**settings, "komhen_types": types, "komhen_columns": columns}
    assert world.call("PUT", "/reports/settings", json=body).status_code == 200
    old = {**world.headers("101", Role.ADMIN), "X-Vejviser-Protocol": "3"}
    seen = world.client.get("/api/v1/reports/settings", headers=old).json()
    saved = world.client.put(
        "/api/v1/reports/settings", headers=old, json=seen | {"resolved_goal": 0.4}
    )
    assert saved.status_code == 200, saved.text
    assert "komhen_types" not in saved.json()
    now = world.call("GET", "/reports/settings").json()
    assert now["resolved_goal"] == 0.4
    assert now["komhen_types"] == types and now["komhen_columns"] == columns
