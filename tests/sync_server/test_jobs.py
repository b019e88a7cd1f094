"""Scheduled jobs: one run per period, whoever asks; the message housekeeping as one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from support.report_data import generate, put_settings
from support.world import World

from sync_server.config import Settings
from sync_server.db.engine import make_session_factory
from sync_server.jobs import JOBS, daily, hourly, run_due
from sync_server.protocol import Role, utcnow


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=db_url,
        data_dir=tmp_path / "data",
        mail_provider="file",
        message_outbox_dir=tmp_path / "outbox",
    )


def test_a_period_runs_once(engine: Engine, settings: Settings) -> None:
    factory = make_session_factory(engine)
    at = datetime(2026, 3, 2, 22, 30, tzinfo=UTC)  # a fixed instant: periods never depend on
    assert run_due(factory, settings, at=at) == [  # the time of day the test runs at
        "messages.sweep",
        "reports.mail",
        "searchlog.prune",
    ]
    assert run_due(factory, settings, at=at) == []  # the same hour: already run
    later = at + timedelta(hours=1)  # the next hour, the same day
    assert run_due(factory, settings, at=later) == ["messages.sweep", "reports.mail"]
    next_day = at + timedelta(hours=2)
    assert run_due(factory, settings, at=next_day) == [
        "messages.sweep",
        "reports.mail",
        "searchlog.prune",
    ]
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name, period, worker FROM job_runs")).all()
    assert sorted((r.name, r.period) for r in rows) == [
        ("messages.sweep", hourly(at)),
        ("messages.sweep", hourly(later)),
        ("messages.sweep", hourly(next_day)),
        ("reports.mail", hourly(at)),
        ("reports.mail", hourly(later)),
        ("reports.mail", hourly(next_day)),
        ("searchlog.prune", daily(at)),
        ("searchlog.prune", daily(next_day)),
    ]
    assert ":" in rows[0].worker  # host:pid of the process that ran it


def test_the_sweep_erases_recipients_past_retention_without_a_new_message(
    world: World, engine: Engine, settings: Settings
) -> None:
    body = {
        "id": "6f1c1d5e-8b0e-4a53-9a57-2c4a8f0e1a11",
        "guide_id": "melde-flytning",
        "channel": "email",
        "recipient": "borger@example.dk",
        "subject": "Vejledning",
        "body": "Hej\n\nMeld flytning på borger.dk.",
    }
    answer = world.call("POST", "/messages", role=Role.AGENT, json=body)
    assert answer.status_code == 200, answer.text
    old = (utcnow() - timedelta(hours=settings.message_recipient_retention_hours + 1)).replace(
        tzinfo=None
    )
    with engine.begin() as conn:  # a message still waiting for a report, two days ago
        conn.execute(
            text("UPDATE messages SET recipient = 'borger@example.dk', updated_at = :old"),
            {"old": old},
        )
    assert [job.name for job in JOBS] == ["messages.sweep", "reports.mail", "searchlog.prune"]
    run_due(make_session_factory(engine), settings)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT recipient FROM messages")).scalar_one() is None


def test_the_report_mails_run_as_a_job_once_per_subscription_and_period(
    world: World, engine: Engine, settings: Settings
) -> None:
    put_settings(world)
    generate(world, count=150)
    body = {"frequency": "month", "email": "leder@kommune101.dk"}
    assert world.call("PUT", "/reports/subscription", json=body).status_code == 200
    factory = make_session_factory(engine)
    first_working_day = datetime(2026, 4, 1, 6, 30, tzinfo=UTC)  # 08:30 in Denmark
    assert run_due(factory, settings, at=first_working_day)[:2] == [
        "messages.sweep",
        "reports.mail",
    ]
    mails = sorted(settings.message_outbox_dir.glob("*.eml"))  # type: ignore[union-attr]
    assert len(mails) == 1 and b"01-03-2026" in mails[0].read_bytes()
    # the same hour again, and the next hours: the job runs, the report is not sent again
    assert run_due(factory, settings, at=first_working_day) == []
    for hours in (1, 2):
        later = first_working_day + timedelta(hours=hours)
        assert "reports.mail" in run_due(factory, settings, at=later)
    assert len(list(settings.message_outbox_dir.glob("*.eml"))) == 1  # type: ignore[union-attr]
    with engine.connect() as conn:
        sends = conn.execute(text("SELECT status, period_from FROM report_sends")).all()
    assert [(s.status, str(s.period_from)) for s in sends] == [("sent", "2026-03-01")]


def test_the_search_log_is_forgotten_past_its_retention(
    world: World, engine: Engine, settings: Settings
) -> None:
    """Daily: searches of days before today minus ``search_log_retention_days`` go, of every
    municipality; those of the retention's first day and later stay."""
    at = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
    keep = settings.search_log_retention_days
    days = {"gone": keep + 1, "edge": keep, "recent": 3}
    with engine.begin() as conn:
        ids = dict(conn.execute(text("SELECT code, id FROM municipalities")).all())
        for code in ("101", "202"):
            for name, back in days.items():
                conn.execute(
                    text(
                        "INSERT INTO search_log (municipality_id, uuid, staff, day, words, "
                        "found, received_at) VALUES (:m, :u, 'p', :d, 'pas', false, :r)"
                    ),
                    {
                        "m": ids[code],
                        "u": f"{code}-{name}",
                        "d": (at - timedelta(days=back)).date(),
                        "r": at.replace(tzinfo=None),
                    },
                )
    assert "searchlog.prune" in run_due(make_session_factory(engine), settings, at=at)
    with engine.connect() as conn:
        left = sorted(conn.execute(text("SELECT uuid FROM search_log")).scalars())
    assert left == ["101-edge", "101-recent", "202-edge", "202-recent"]


def test_the_search_log_retention_keeps_what_learning_needs() -> None:
    with pytest.raises(ValueError, match="greater than or equal to 90"):
        Settings(search_log_retention_days=30)
