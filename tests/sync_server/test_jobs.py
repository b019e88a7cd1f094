"""Scheduled jobs: one run per period, whoever asks; the message housekeeping as one."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from support.world import World

from sync_server.config import Settings
from sync_server.db.engine import make_session_factory
from sync_server.jobs import JOBS, hourly, run_due
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
    assert run_due(factory, settings) == ["messages.sweep"]
    assert run_due(factory, settings) == []  # the same hour: already run
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name, period, worker FROM job_runs")).all()
    assert [(r.name, r.period) for r in rows] in (
        [("messages.sweep", hourly(utcnow()))],
        [("messages.sweep", hourly(utcnow() - timedelta(hours=1)))],  # the hour just turned
    )
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
    assert [job.name for job in JOBS] == ["messages.sweep"]
    run_due(make_session_factory(engine), settings)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT recipient FROM messages")).scalar_one() is None
