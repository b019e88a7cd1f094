"""Scheduled report mails through a real SMTP server (aiosmtpd): the previous month's PDF
with the XLSX attached, on the first working day; sent once across a restart and when two
processes run the job at the same moment; subscribing needs the manager or admin role."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from support.report_data import generate, put_settings
from support.smtp_server import MailServer
from support.world import World

from sync_server.config import Settings
from sync_server.db.engine import make_engine, make_session_factory
from sync_server.db.models import ReportSendRow
from sync_server.features.reports.mailing import due_period, send_due
from sync_server.protocol import Role


def _subscribe(world: World, frequency: str = "month", role: Role = Role.MANAGER) -> None:
    body = {"frequency": frequency, "email": "leder@kommune101.dk"}
    response = world.call("PUT", "/reports/subscription", role=role, json=body)
    assert response.status_code == 200, response.text
    assert response.json() == body


def test_due_periods() -> None:
    # August 2026 begins on a Saturday: the July report is due on Monday 3 August
    assert due_period("month", date(2026, 8, 1)) is None
    assert due_period("month", date(2026, 8, 2)) is None
    assert due_period("month", date(2026, 8, 3)) == (date(2026, 7, 1), date(2026, 7, 31))
    assert due_period("month", date(2026, 8, 20)) == (date(2026, 7, 1), date(2026, 7, 31))
    assert due_period("week", date(2026, 3, 25)) == (date(2026, 3, 16), date(2026, 3, 22))
    assert due_period("none", date(2026, 3, 25)) is None


def test_monthly_report_is_mailed_once(world: World, db_url: str, tmp_path: Path) -> None:
    put_settings(world)
    generate(world, count=300)
    _subscribe(world)
    with MailServer(tmp_path / "smtp") as server:
        settings = Settings(
            database_url=db_url, data_dir=tmp_path / "d", mail_provider="smtp", **server.settings()
        )
        first = make_engine(db_url)
        sent = send_due(make_session_factory(first), settings, date(2026, 4, 1))
        assert [(s.period_from, s.status) for s in sent] == [(date(2026, 3, 1), "sent")]
        first.dispose()
        # a restart (a new engine), and two processes at the same moment: nothing more
        engines = [make_engine(db_url) for _ in range(2)]
        results: list[list[object]] = []

        def run(engine: object) -> None:
            results.append(send_due(make_session_factory(engine), settings, date(2026, 4, 2)))  # type: ignore[arg-type]

        threads = [threading.Thread(target=run, args=(e,)) for e in engines]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == [[], []]
        [mail] = server.received
        for engine in engines:
            engine.dispose()
    message = mail.message
    assert mail.rcpt_tos == ["leder@kommune101.dk"]
    assert "01-03-2026 – 31-03-2026" in str(message["Subject"])
    names = sorted(part.get_filename() for part in message.iter_attachments())
    assert names == [
        "vejviser-rapport-101-2026-03-01-2026-03-31.pdf",
        "vejviser-rapport-101-2026-03-01-2026-03-31.xlsx",
    ]
    pdf = next(p for p in message.iter_attachments() if p.get_filename().endswith(".pdf"))
    assert pdf.get_content().startswith(b"%PDF")
    engine = make_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(select(ReportSendRow.status, ReportSendRow.period_from)).all()
    engine.dispose()
    assert rows == [("sent", date(2026, 3, 1))]


def test_a_failed_mail_is_logged_not_retried(world: World, db_url: str, tmp_path: Path) -> None:
    _subscribe(world, "week")
    settings = Settings(database_url=db_url, data_dir=tmp_path / "d", mail_provider="none")
    factory = make_session_factory(make_engine(db_url))
    [sent] = send_due(factory, settings, date(2026, 3, 25))
    assert sent.status == "failed"
    assert send_due(factory, settings, date(2026, 3, 26)) == []


@pytest.mark.parametrize("role", [Role.AGENT])
def test_agents_cannot_subscribe(world: World, role: Role) -> None:
    body = {"frequency": "month", "email": "a@kommune101.dk"}
    response = world.call("PUT", "/reports/subscription", role=role, json=body)
    assert response.status_code == 403
    bad = world.call("PUT", "/reports/subscription", role=Role.MANAGER, json={"frequency": "month"})
    assert bad.status_code == 422 and "e-mailadresse" in bad.text
    off = world.call("PUT", "/reports/subscription", role=Role.MANAGER, json={"frequency": "none"})
    assert off.json() == {"frequency": "none", "email": None}
