"""Scheduled jobs, run once per period however many server processes there are.

Every server process (each ``serve --workers`` worker, each server behind a load balancer)
runs a :class:`JobRunner` thread that looks for due jobs every ``job_interval_seconds``. A
job's run for a period (an hour, a month …) is claimed by inserting its ``job_runs`` row *in
the same transaction as the job's work*: the primary key lets one process in, the others
wait for its commit and then find the period taken (or, if it failed and rolled back, try
again). A job whose work leaves the database (a mail) runs as ``outside``: after its claim
is committed, in transactions of its own, and it keeps its own record of what it sent, so
neither a rerun after a failure nor a second process sends twice (the report mails claim
each subscription's period in ``report_sends`` before sending).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import metrics
from .config import Settings
from .db.engine import transaction
from .db.models import JobRunRow
from .features.messaging import service as messaging
from .features.reports import mailing
from .features.searchlog import service as searchlog
from .protocol import utcnow

log = logging.getLogger("vejviser.server.jobs")


def hourly(now: datetime) -> str:
    return now.strftime("%Y-%m-%dT%H")


def daily(now: datetime) -> str:
    return now.strftime("%Y-%m-%d")


def monthly(now: datetime) -> str:
    return now.strftime("%Y-%m")


@dataclass(frozen=True)
class Job:
    name: str
    period: Callable[[datetime], str]  # the period a time falls in: one run per period
    #: Work in the claim's own transaction (rolled back with it).
    run: Callable[[Session, Settings, datetime], None] | None = None
    #: Work that leaves the database (a mail), after the claim is committed.
    outside: Callable[[sessionmaker[Session], Settings, datetime], None] | None = None


JOBS: tuple[Job, ...] = (
    Job("messages.sweep", hourly, messaging.sweep),
    Job("reports.mail", hourly, outside=mailing.run_job),
    Job("searchlog.prune", daily, searchlog.prune),
)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:100]


def run_due(
    factory: sessionmaker[Session],
    settings: Settings,
    jobs: tuple[Job, ...] = JOBS,
    at: datetime | None = None,
) -> list[str]:
    """Run each job whose current period (of ``at``, default now) nobody has run yet; the
    names of those run here."""
    ran = []
    for job in jobs:
        now = at or utcnow()
        period = job.period(now)
        with transaction(factory, write=False) as session:
            done = session.scalar(
                select(JobRunRow.name).where(JobRunRow.name == job.name, JobRunRow.period == period)
            )
        if done is not None:
            metrics.JOBS.labels(job.name, "skipped").inc()
            continue
        try:
            with transaction(factory) as session:
                session.add(
                    JobRunRow(name=job.name, period=period, ran_at=now, worker=worker_name())
                )
                session.flush()  # the claim: a second process waits here, then fails
                if job.run is not None:
                    job.run(session, settings, now)
        except IntegrityError:
            metrics.JOBS.labels(job.name, "skipped").inc()
            continue
        if job.outside is not None:
            job.outside(factory, settings, now)
        metrics.JOBS.labels(job.name, "ran").inc()
        log.info("job %s ran for %s", job.name, period)
        ran.append(job.name)
    return ran


class JobRunner:
    """A daemon thread running :func:`run_due` every ``settings.job_interval_seconds``."""

    def __init__(self, factory: sessionmaker[Session], settings: Settings) -> None:
        self.factory = factory
        self.settings = settings
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="vejviser-jobs", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    def _loop(self) -> None:
        # The first look after one interval: a process that starts and stops at once (a
        # test, a crash loop) leaves the database alone.
        while not self._stop.wait(self.settings.job_interval_seconds):
            try:
                run_due(self.factory, self.settings)
            except OperationalError as exc:  # the database away or busy: next time
                log.warning("scheduled jobs postponed: %s", type(exc).__name__)
            except Exception:
                log.exception("a scheduled job failed")
