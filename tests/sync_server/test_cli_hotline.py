"""``vejviser-server create-hotline``, ``admit-hotline``, ``dismiss-hotline`` and
``allocation-report`` on SQLite and PostgreSQL: the lifecycle a hotline goes through, and
the same login, pull and report a desktop then sees."""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path

from click.testing import CliRunner, Result
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import Engine, select
from support.world import guide_body

from sync_server.app import create_app
from sync_server.cli import main
from sync_server.config import Settings
from sync_server.db.models import HotlineMemberRow, MunicipalityRow

PASSWORD = "lang-og-hemmelig-990"


def cli(db_url: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--database-url", db_url, *args], catch_exceptions=False)


def _login(client: TestClient, code: str, username: str, password: str = PASSWORD) -> dict:
    body = {"municipality": code, "username": username, "password": password}
    response = client.post("/api/v1/auth/login", json=body)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def test_hotline_lifecycle(db_url: str, engine: Engine, settings: Settings, tmp_path: Path) -> None:
    for code in ("101", "102"):
        assert cli(db_url, "create-municipality", code, f"Kommune {code}").exit_code == 0
        made = cli(
            db_url,
            "create-user",
            "--municipality",
            code,
            "--username",
            "admin",
            "--role",
            "admin",
            "--password",
            PASSWORD,
        )
        assert made.exit_code == 0, made.output
    created = cli(db_url, "create-hotline", "990", "Fælles telefonsupport")
    assert created.exit_code == 0 and "Hotlinen 990 Fælles telefonsupport er oprettet." in (
        created.output
    )
    assert cli(db_url, "create-hotline", "990", "Igen").exit_code == 2
    for role in ("agent", "manager"):
        made = cli(
            db_url,
            "create-user",
            "--municipality",
            "990",
            "--username",
            role,
            "--role",
            role,
            "--password",
            PASSWORD,
        )
        assert made.exit_code == 0, made.output
    admitted = cli(db_url, "admit-hotline", "--hotline", "990", "--municipality", "101")
    assert admitted.exit_code == 0 and "har givet hotlinen 990 adgang" in admitted.output
    twice = cli(db_url, "admit-hotline", "--hotline", "990", "--municipality", "101")
    assert twice.exit_code == 0 and "allerede" in twice.output
    assert cli(db_url, "admit-hotline", "--hotline", "990", "--municipality", "102").exit_code == 0
    not_a_hotline = cli(db_url, "admit-hotline", "--hotline", "102", "--municipality", "101")
    assert not_a_hotline.exit_code == 2 and "Hotlinen 102 findes ikke." in not_a_hotline.output
    unknown = cli(db_url, "admit-hotline", "--hotline", "990", "--municipality", "555")
    assert unknown.exit_code == 2 and "Kommunen 555 findes ikke." in unknown.output
    with engine.connect() as conn:
        kinds = dict(conn.execute(select(MunicipalityRow.code, MunicipalityRow.kind)).all())
        assert kinds == {"101": "municipality", "102": "municipality", "990": "hotline"}
        assert conn.scalar(select(HotlineMemberRow.admitted_by).limit(1)) == "kommandolinje"

    with TestClient(create_app(settings, engine)) as client:
        admin = _login(client, "101", "admin")
        assert client.post("/api/v1/guides", json=guide_body(), headers=admin).status_code == 201
        agent = _login(client, "990", "agent")
        me = client.get("/api/v1/auth/me", headers=agent).json()
        assert me["tenant_kind"] == "hotline"
        members = client.get("/api/v1/hotline/members", headers=agent).json()
        assert [m["code"] for m in members] == ["101", "102"]
        pulled = client.get("/api/v1/sync/pull", params={"member": "101"}, headers=agent)
        assert [g["id"] for g in pulled.json()["guides"]] == ["melde-flytning"]
        item = {
            "id": str(uuid.uuid4()),
            "channel": "phone",
            "location": "Hotline",
            "started_at": "2026-03-02T09:00:00+00:00",
            "ended_at": "2026-03-02T09:06:00+00:00",
            "active_seconds": 300,
            "outcome": "resolved",
            "served_municipality": "101",
            "authority": "skattestyrelsen",
        }
        sent = client.post("/api/v1/registrations", json={"items": [item]}, headers=agent)
        assert sent.status_code == 200, sent.text

    dismissed = cli(db_url, "dismiss-hotline", "--hotline", "990", "--municipality", "102")
    assert dismissed.exit_code == 0 and "ikke længere adgang" in dismissed.output
    again = cli(db_url, "dismiss-hotline", "--hotline", "990", "--municipality", "102")
    assert again.exit_code == 0 and "havde ikke adgang" in again.output
    with TestClient(create_app(settings, engine)) as client:
        agent = _login(client, "990", "agent")
        refused = client.get("/api/v1/sync/pull", params={"member": "102"}, headers=agent)
        assert refused.status_code == 403 and refused.json()["error"] == "not_admitted"

    period = ["--from", "2026-03-01", "--to", "2026-03-31"]
    out = tmp_path / "fordeling.csv"
    made = cli(
        db_url, "allocation-report", "--hotline", "990", *period, "--format", "csv", "-o", str(out)
    )
    assert made.exit_code == 0, made.output
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Kommunekode", "Kommune", "Myndighed"]
    assert [r[:4] for r in rows[1:]] == [["101", "Kommune 101", "Skattestyrelsen", "1"]]
    book = tmp_path / "fordeling.xlsx"
    made = cli(db_url, "allocation-report", "--hotline", "990", *period, "-o", str(book))
    assert made.exit_code == 0, made.output
    sheet = load_workbook(book).active
    assert sheet is not None and sheet.cell(5, 1).value == "101" and sheet.cell(5, 4).value == 1
    pdf = tmp_path / "fordeling.pdf"
    made = cli(
        db_url, "allocation-report", "--hotline", "990", *period, "--format", "pdf", "-o", str(pdf)
    )
    assert made.exit_code == 0 and pdf.read_bytes().startswith(b"%PDF")
    wrong = cli(db_url, "allocation-report", "--hotline", "101", *period, "-o", str(out))
    assert wrong.exit_code == 2 and "Hotlinen 101 findes ikke." in wrong.output


def test_a_hotline_with_a_four_digit_code(db_url: str, engine: Engine, settings: Settings) -> None:
    """Tenant codes have three or four digits, at the command line and on the wire: a
    hotline 9901 logs in, reads its member and its own items name it."""
    assert cli(db_url, "create-municipality", "101", "Kommune 101").exit_code == 0
    created = cli(db_url, "create-hotline", "9901", "Nationale hotline")
    assert created.exit_code == 0, created.output
    for code in ("99", "99012", "99a1"):
        bad = cli(db_url, "create-hotline", code, "Forkert")
        assert bad.exit_code == 2
        assert (
            bad.output.strip()
            == "Fejl: Kommunekoden skal være tre eller fire cifre, fx 101 eller 751."
        )
    for code, username, role in (("101", "admin", "admin"), ("9901", "agent", "agent")):
        made = cli(
            db_url,
            "create-user",
            "--municipality",
            code,
            "--username",
            username,
            "--role",
            role,
            "--password",
            PASSWORD,
        )
        assert made.exit_code == 0, made.output
    admitted = cli(db_url, "admit-hotline", "--hotline", "9901", "--municipality", "101")
    assert admitted.exit_code == 0, admitted.output

    with TestClient(create_app(settings, engine)) as client:
        admin = _login(client, "101", "admin")
        assert client.post("/api/v1/guides", json=guide_body(), headers=admin).status_code == 201
        agent = _login(client, "9901", "agent")
        me = client.get("/api/v1/auth/me", headers=agent).json()
        assert me["municipality"]["code"] == "9901" and me["tenant_kind"] == "hotline"
        pulled = client.get("/api/v1/sync/pull", params={"member": "101"}, headers=agent)
        assert [g["municipality"] for g in pulled.json()["guides"]] == ["101"]
        own = client.get("/api/v1/sync/pull", params={"member": "9901"}, headers=agent)
        assert own.status_code == 200, own.text
        faq = {"id": "f1", "question": "Hvordan?", "answer": ["Sådan."]}
        hotline_admin = cli(
            db_url,
            "create-user",
            "--municipality",
            "9901",
            "--username",
            "admin",
            "--role",
            "admin",
            "--password",
            PASSWORD,
        )
        assert hotline_admin.exit_code == 0
        admin_9901 = _login(client, "9901", "admin")
        assert client.put("/api/v1/faq/f1", json=faq, headers=admin_9901).is_success
        items = client.get("/api/v1/sync/pull", headers=agent).json()["faq"]
        assert [(f["id"], f["municipality"]) for f in items] == [("f1", "9901")]
        templates = client.get(
            "/api/v1/messaging/templates", params={"member": "101"}, headers=agent
        )
        assert templates.json()["sender_name"] == "Kommune 101"
        five = client.post(
            "/api/v1/auth/login",
            json={"municipality": "99012", "username": "agent", "password": PASSWORD},
        )
        assert five.status_code == 422
        assert "tre eller fire cifre" in five.text
