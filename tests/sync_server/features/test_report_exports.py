"""Report files through the API and the CLI: the XLSX opens with openpyxl, its figures are
values equal to an independent computation, every registration is on its sheet and the
charts reference the right ranges; the CSV is what Danish Excel expects (one row per
registration); the PDF renders (pdftoppm) and shows the figures (pdftotext)."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner
from support.report_data import expected, generate, put_settings
from support.world import World

from sync_server.cli import main
from sync_server.config import Settings
from sync_server.features.reports.exports.labels import (
    CHANNELS,
    CITIZEN_TYPES,
    DANISH_TIME,
    OUTCOMES,
    REGISTRATION_COLUMNS,
    number,
)
from sync_server.protocol import Role

FIRST, LAST = date(2026, 3, 1), date(2026, 4, 30)
PARAMS = {"from": FIRST.isoformat(), "to": LAST.isoformat()}


def _export(world: World, fmt: str, **params: Any) -> bytes:
    response = world.call(
        "GET", "/reports/export", role=Role.MANAGER, params={**PARAMS, "format": fmt, **params}
    )
    assert response.status_code == 200, response.text
    assert f".{fmt}" in response.headers["content-disposition"]
    return response.content


def _sheet_rows(book: Any, name: str) -> list[tuple[Any, ...]]:
    return list(book[name].iter_rows(values_only=True))


def test_xlsx_figures_registrations_and_charts(world: World, tmp_path: Path) -> None:
    put_settings(world)
    final = generate(world, count=900)
    want = expected(final, FIRST, LAST)
    path = tmp_path / "r.xlsx"
    path.write_bytes(_export(world, "xlsx"))
    book = openpyxl.load_workbook(path)  # values, not formulas: no data_only needed
    channels = {row[0]: row[1:] for row in _sheet_rows(book, "Kanaler")[1:]}
    assert set(channels) == {CHANNELS[c] for c in want["dims"]["channel"]}
    for channel, (count, seconds, resolved) in want["dims"]["channel"].items():
        got = channels[CHANNELS[channel]]
        assert got[0] == count and got[1] == pytest.approx(seconds / 60)
        assert got[2] == pytest.approx(seconds / 60 / count) and got[3] == resolved
    areas = {row[0]: row[1] for row in _sheet_rows(book, "Områder")[1:]}
    assert areas == {(k or "Ikke angivet"): v[0] for k, v in want["dims"]["area"].items()}
    summary = {row[0]: row[1] for row in _sheet_rows(book, "Oversigt") if row and row[0]}
    assert summary["Henvendelser"] == want["total"]
    assert summary["Andel løst straks"] == pytest.approx(want["resolved"] / want["total"])
    assert summary["Gns. aktiv tid (min)"] == pytest.approx(
        want["active_seconds"] / want["total"] / 60
    )
    assert summary["Omkostning i alt"] == pytest.approx(sum(want["costs"].values()), abs=0.05)
    registrations = _sheet_rows(book, "Registreringer")
    assert registrations[0][0] == "Id"
    assert {row[0] for row in registrations[1:]} == want["ids"]
    assert len(registrations) - 1 == want["total"]
    # every figure is a value: no cell of the workbook holds a formula
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            assert not any(isinstance(v, str) and v.startswith("=") for v in row)
    with zipfile.ZipFile(path) as archive:
        charts = sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart"))
        refs = [re.findall(r"<c:f>([^<]+)</c:f>", archive.read(n).decode()) for n in charts]
    n_channels, n_areas = len(channels), len(areas)
    assert refs[0] == [f"Kanaler!$A$2:$A${n_channels + 1}", f"Kanaler!$B$2:$B${n_channels + 1}"]
    assert refs[1] == [f"Kanaler!$A$2:$A${n_channels + 1}", f"Kanaler!$F$2:$F${n_channels + 1}"]
    assert f"Områder!$B$2:$B${n_areas + 1}" in refs[4]


def test_xlsx_registration_cells(world: World, tmp_path: Path) -> None:
    """Every cell of a registration row: times in Danish local time (across the switch to
    summer time on 29 March), Danish names, empty texts empty, and the source ("Kilde")."""
    final = generate(world, count=400, seed=11)
    want = {r["id"]: r for r in final if r["id"] in expected(final, FIRST, LAST)["ids"]}
    path = tmp_path / "cells.xlsx"
    path.write_bytes(_export(world, "xlsx"))
    rows = _sheet_rows(openpyxl.load_workbook(path, read_only=True), "Registreringer")
    assert list(rows[0]) == REGISTRATION_COLUMNS
    assert len(rows) - 1 == len(want)
    summer = 0
    for row in rows[1:]:
        reg = want[row[0]]
        for column, key in ((1, "started_at"), (2, "ended_at")):
            local = datetime.fromisoformat(reg[key]).astimezone(DANISH_TIME)
            summer += column == 1 and local.utcoffset() == timedelta(hours=2)
            assert abs(row[column] - local.replace(tzinfo=None)) < timedelta(milliseconds=1)
        assert row[3] == reg["active_seconds"]
        assert row[4] == pytest.approx(reg["active_seconds"] / 60)
        assert row[5] == CHANNELS[reg["channel"]] and row[6] == reg["location"]
        assert row[7] == reg["area"] and row[8] == OUTCOMES[reg["outcome"]]
        assert row[9] == reg["referral_target"]
        assert row[10] == (CITIZEN_TYPES[reg["citizen_type"]] if reg["citizen_type"] else None)
        assert row[11] == reg["stuck_solution"]
        assert row[12] == (", ".join(reg["guide_ids"]) or None)
        assert row[13] == reg["messages_sent"] and row[14] == "nej" and row[15] == "egne"
    assert 0 < summer < len(want)


def test_csv_for_danish_excel(world: World) -> None:
    put_settings(world)
    final = generate(world, count=600, seed=5)
    want = expected(final, FIRST, LAST, channel="phone")
    data = _export(world, "csv", channel="phone")
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    text = data.decode("utf-8-sig")
    assert not text.startswith("sep=")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:5] == ["Id", "Start", "Slut", "Aktiv tid (sek.)", "Aktiv tid (min.)"]
    assert len(body) == want["total"] and {r[0] for r in body} == want["ids"]
    assert all(r[5] == "Telefon" for r in body)
    assert sum(int(r[3]) for r in body) == want["active_seconds"]
    for row in body:  # decimal comma, two decimals, no thousands separator
        assert re.fullmatch(r"\d+,\d\d", row[4]), row[4]
        assert float(row[4].replace(",", ".")) == pytest.approx(int(row[3]) / 60, abs=0.005)
        assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d:\d\d", row[1])


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_renders_and_shows_the_figures(world: World, tmp_path: Path) -> None:
    put_settings(world)
    final = generate(world, count=600, seed=6)
    want = expected(final, FIRST, LAST)
    path = tmp_path / "r.pdf"
    path.write_bytes(_export(world, "pdf"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Ledelsesrapport" in text and "01-03-2026 – 30-04-2026" in text
    assert f"Henvendelser {number(want['total'])}".replace(" ", "") in text.replace(" ", "")
    share = number(want["resolved"] / want["total"] * 100, 1) + " %"
    assert share in text
    assert "Henvendelser pr. kanal" in text and "Omkostninger" in text
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))


def test_cli_report(world: World, settings: Settings, tmp_path: Path) -> None:
    put_settings(world)
    final = generate(world, count=300, seed=8)
    want = expected(final, FIRST, LAST)
    out = tmp_path / "cli.csv"
    args = ["--database-url", settings.resolved_database_url(), "report"]
    args += ["--municipality", "101", "--from", "2026-03-01", "--to", "2026-04-30"]
    result = CliRunner().invoke(main, [*args, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == want["total"] + 1
    bad = CliRunner().invoke(main, [*args[:3], "--municipality", "101", "-o", str(out)])
    assert bad.exit_code == 2 and "Angiv --from" in bad.output


def test_xlsx_registrations_continue_on_a_next_sheet(world: World, tmp_path: Path) -> None:
    """Past a sheet's rows the registrations continue on "Registreringer 2" (shown with a
    sheet of 101 rows; Excel's own limit is 1,048,576)."""
    from sqlalchemy.orm import Session

    from sync_server.db.models import MunicipalityRow
    from sync_server.features.reports import service
    from sync_server.features.reports.exports import xlsx
    from sync_server.features.reports.repository import day_start, registrations

    final = generate(world, count=300, seed=9)
    want = expected(final, FIRST, LAST)
    engine = world.client.app.state.engine  # type: ignore[attr-defined]
    with Session(engine) as session:
        municipality = session.query(MunicipalityRow).filter_by(code="101").one()
        filters = service.Filters()
        made = service.report(session, municipality.id, FIRST, LAST, filters)
        rows = registrations(
            session, municipality.id, day_start(FIRST), day_start(date(2026, 5, 1)), filters
        )
        path = tmp_path / "split.xlsx"
        assert xlsx.write(path, made, rows, "T", max_rows=101) == want["total"]
    book = openpyxl.load_workbook(path, read_only=True)
    sheets = [n for n in book.sheetnames if n.startswith("Registreringer")]
    assert len(sheets) == -(-want["total"] // 100) and sheets[1] == "Registreringer 2"
    ids = []
    for name in sheets:
        rows_of = list(book[name].iter_rows(values_only=True))
        assert rows_of[0][0] == "Id" and len(rows_of) <= 101
        ids += [row[0] for row in rows_of[1:]]
    assert len(ids) == want["total"] and set(ids) == want["ids"]
