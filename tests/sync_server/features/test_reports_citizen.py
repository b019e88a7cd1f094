"""Citizens' "Fik du hjælp?" answers in the management reports, on SQLite and PostgreSQL:
answers given through the real citizen route appear per area and per Selvbetjeningstjek
area, in their period only (the previous period beside), for their municipality only, and
in the XLSX file as the sheet "Borgersvar"."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import Engine, update
from support.world import World, guide_body

from sync_server.db.models import CitizenAnswerRow
from sync_server.features.reports.repository import local_day
from sync_server.protocol import Role, utcnow


def _publish(world: World, code: str) -> None:
    for key, title, area in (
        ("sygedagpenge", "Sygedagpenge", "Arbejde"),
        ("melde-flytning", "Melde flytning", "Flytning"),
    ):
        body = guide_body(key, title=title, area=area, published_to_citizens=True)
        assert world.call("POST", "/guides", code, json=body).status_code == 201


def _answer(world: World, code: str, guide: str, **form: str) -> None:
    response = world.client.post(f"/borger/{code}/{guide}/svar", data=form, follow_redirects=False)
    assert response.status_code == 303, response.text


@pytest.fixture
def answered(world: World, engine: Engine) -> World:
    """Today in 101: sygedagpenge yes (satisfaction 4), yes (5, ease 2), no; flytning no.
    Yesterday: one yes to flytning. Ten days ago: one no to sygedagpenge. In 202: three yes
    to sygedagpenge today."""
    _publish(world, "101")
    _publish(world, "202")
    _answer(world, "101", "sygedagpenge", helped="ja", satisfaction="4")
    _answer(world, "101", "sygedagpenge", helped="ja", satisfaction="5", ease="2")
    _answer(world, "101", "sygedagpenge", helped="nej", reason="Forstod ikke brevet")
    _answer(world, "101", "melde-flytning", helped="nej")
    _answer(world, "101", "melde-flytning", helped="ja")  # moved to yesterday below
    _answer(world, "101", "sygedagpenge", helped="nej")  # moved ten days back below
    for _ in range(3):
        _answer(world, "202", "sygedagpenge", helped="ja", satisfaction="1")
    with engine.begin() as conn:
        ids = conn.execute(
            CitizenAnswerRow.__table__.select()  # type: ignore[attr-defined]
            .with_only_columns(CitizenAnswerRow.id)
            .order_by(CitizenAnswerRow.id)
        ).scalars()
        ids = list(ids)
        for index, days in ((4, 1), (5, 10)):
            conn.execute(
                update(CitizenAnswerRow)
                .where(CitizenAnswerRow.id == ids[index])
                .values(created_at=utcnow() - timedelta(days=days))
            )
    return world


def _report(world: World, code: str = "101", **params: Any) -> dict[str, Any]:
    today = local_day(utcnow())
    response = world.call(
        "GET",
        "/reports/figures",
        code,
        Role.MANAGER,
        params={"period": "day", "date": today.isoformat(), **params},
    )
    assert response.status_code == 200, response.text
    return response.json()


def _by_key(groups: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {g["key"]: g for g in groups}


def test_answers_per_area_and_check_area_in_the_period_only(answered: World) -> None:
    body = _report(answered)
    now = body["current"]["citizen_answers"]
    assert (now["answers"], now["helped"]) == (4, 2)
    assert now["helped_share"] == pytest.approx(0.5)
    areas = _by_key(now["by_area"])
    assert set(areas) == {"Arbejde", "Flytning"}
    work = areas["Arbejde"]
    assert (work["answers"], work["helped"], work["not_helped"]) == (3, 2, 1)
    assert work["helped_share"] == pytest.approx(2 / 3)
    assert work["means"]["satisfaction"] == pytest.approx(4.5)
    assert work["means"]["ease"] == pytest.approx(2.0)
    assert work["means"]["language_understood"] is None
    assert "reasons" not in work  # free text stays with the admins
    assert (areas["Flytning"]["answers"], areas["Flytning"]["helped"]) == (1, 0)
    checks = _by_key(now["by_self_service_check_area"])
    assert set(checks) == {"Sygedagpenge", "Flytning"}
    assert checks["Sygedagpenge"]["answers"] == 3
    assert checks["Flytning"]["helped_share"] == pytest.approx(0.0)
    # the previous period (yesterday) holds only the answer moved there
    before = body["previous"]["citizen_answers"]
    assert (before["answers"], before["helped"]) == (1, 1)
    assert [g["key"] for g in before["by_area"]] == ["Flytning"]
    # the staff's stuck registrations stay beside, in the same figures
    assert "stuck" in body["current"]


def test_area_filter_and_other_municipality(answered: World) -> None:
    only = _report(answered, area="Flytning")["current"]["citizen_answers"]
    assert only["answers"] == 1 and [g["key"] for g in only["by_area"]] == ["Flytning"]
    other = _report(answered, "202")["current"]["citizen_answers"]
    assert (other["answers"], other["helped"]) == (3, 3)
    assert _by_key(other["by_area"])["Arbejde"]["means"]["satisfaction"] == pytest.approx(1.0)


def test_a_period_without_answers_has_empty_figures(answered: World) -> None:
    body = _report(answered, period="year", date="2020-06-01")
    assert body["current"]["citizen_answers"] == {
        "answers": 0,
        "helped": 0,
        "helped_share": None,
        "by_area": [],
        "by_self_service_check_area": [],
    }


def test_xlsx_has_the_citizen_answers_sheet(answered: World, tmp_path: Path) -> None:
    today = local_day(utcnow()).isoformat()
    response = answered.call(
        "GET",
        "/reports/export",
        role=Role.MANAGER,
        params={"period": "day", "date": today, "format": "xlsx"},
    )
    assert response.status_code == 200, response.text
    path = tmp_path / "r.xlsx"
    path.write_bytes(response.content)
    book = openpyxl.load_workbook(path)
    rows = list(book["Borgersvar"].iter_rows(values_only=True))
    assert rows[0][:5] == ("Område", "Svar", "Ja", "Nej", "Andel ja")
    work = next(r for r in rows if r[0] == "Arbejde")
    assert work[1:4] == (3, 2, 1)
    assert work[4] == pytest.approx(2 / 3)
    assert work[5] == pytest.approx(4.5)  # Tilfredshed
    flyt = [r for r in rows if r[0] == "Flytning"]
    assert len(flyt) == 2  # the area and the Selvbetjeningstjek area
    assert flyt[0][10:12] == (1, 1.0)  # yesterday's one yes beside
    total = next(r for r in rows if r[0] == "I alt")
    assert total[1:5] == (4, 2, 2, 0.5)
    assert total[10:12] == (1, 1.0)
    assert not any(isinstance(v, str) and v.startswith("=") for r in rows for v in r)


def test_pdf_shows_the_citizen_answers_table(answered: World, tmp_path: Path) -> None:
    today = local_day(utcnow()).isoformat()
    response = answered.call(
        "GET",
        "/reports/export",
        role=Role.MANAGER,
        params={"period": "day", "date": today, "format": "pdf"},
    )
    assert response.status_code == 200, response.text
    path = tmp_path / "r.pdf"
    path.write_bytes(response.content)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Borgernes svar: Fik du hjælp?" in text
    line = next(x for x in text.splitlines() if x.strip().startswith("Arbejde"))
    assert line.split()[1:5] == ["3", "67", "%", "–"]  # 3 answers, 67 % yes, none before
    assert "4,5" in line  # mean satisfaction
