"""Scheduled reports by e-mail: each subscription's previous month (on the first working day,
Monday to Friday, of a month) or previous week (on Monday or the first run after), as a PDF
with the XLSX attached, through the municipality's mail provider.

The server's scheduled job ``reports.mail`` (``sync_server.jobs``, hourly, once per hour
across all processes) runs :func:`send_due`; ``vejviser-server send-reports`` runs the same
job at once. Sending is claimed first: a ``report_sends`` row (unique per subscription and
period) is committed before the mail goes out, so a restart or a second server process
never sends the same report twice; a claim whose mail failed keeps the error and is not
retried."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ...config import Settings
from ...db.engine import transaction
from ...db.models import MunicipalityRow, ReportSendRow, ReportSubscriptionRow
from ...errors import AppError
from ...protocol import ExportFormat, ReportFrequency, utcnow
from ..messaging.providers import OutgoingMail, ProviderError, mail_provider
from . import periods, service
from .exports import labels

log = logging.getLogger("vejviser.reports")
DANISH_TIME = ZoneInfo("Europe/Copenhagen")


@dataclass(frozen=True)
class Sent:
    subscription_id: int
    period_from: date
    status: str  # "sent" or "failed"


def first_working_day(month: date) -> date:
    day = month.replace(day=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def due_period(frequency: str, today: date) -> tuple[date, date] | None:
    """The period a subscription is due to receive ``today`` (None: nothing yet)."""
    if frequency == ReportFrequency.MONTH.value:
        if today < first_working_day(today):
            return None
        last = today.replace(day=1) - timedelta(days=1)
        return periods.month_start(last), last
    if frequency == ReportFrequency.WEEK.value:
        monday = today - timedelta(days=today.weekday())
        return monday - timedelta(days=7), monday - timedelta(days=1)
    return None


def _claim(factory: sessionmaker[Session], subscription_id: int, first: date) -> bool:
    try:
        with transaction(factory) as session:
            claim = ReportSendRow(
                subscription_id=subscription_id,
                period_from=first,
                status="sending",
                claimed_at=utcnow(),
            )
            session.add(claim)
    except IntegrityError:
        return False  # another process, or an earlier run, has it
    return True


def run_job(factory: sessionmaker[Session], settings: Settings, now: datetime) -> None:
    """The scheduled job ``reports.mail`` (``sync_server.jobs``): send what is due on the
    Danish day of ``now``."""
    send_due(factory, settings, now.astimezone(DANISH_TIME).date())


def send_due(factory: sessionmaker[Session], settings: Settings, today: date) -> list[Sent]:
    with transaction(factory, write=False) as session:
        subscriptions = [
            (s.id, s.municipality_id, s.email, s.frequency)
            for s in session.scalars(select(ReportSubscriptionRow))
        ]
    done: list[Sent] = []
    for subscription_id, municipality_id, email, frequency in subscriptions:
        span = due_period(frequency, today)
        if span is None or not _claim(factory, subscription_id, span[0]):
            continue
        status, error = _send(factory, settings, municipality_id, email, span)
        with transaction(factory) as session:
            row = session.scalars(
                select(ReportSendRow).where(
                    ReportSendRow.subscription_id == subscription_id,
                    ReportSendRow.period_from == span[0],
                )
            ).one()
            row.status, row.error, row.finished_at = status, error, utcnow()
        log.info(
            "report mail %s: subscription %s, %s – %s%s",
            status,
            subscription_id,
            span[0],
            span[1],
            f" ({error})" if error else "",
        )
        done.append(Sent(subscription_id, span[0], status))
    return done


def _send(
    factory: sessionmaker[Session],
    settings: Settings,
    municipality_id: int,
    email: str,
    span: tuple[date, date],
) -> tuple[str, str | None]:
    first, last = span
    with tempfile.TemporaryDirectory(prefix="vejviser-report-") as folder:
        files: list[tuple[str, str, bytes]] = []
        with transaction(factory) as session:
            municipality = session.get(MunicipalityRow, municipality_id)
            assert municipality is not None
            code, name = municipality.code, municipality.name
            for fmt in (ExportFormat.PDF, ExportFormat.XLSX):
                path = Path(folder) / service.file_name(code, first, last, fmt)
                service.export(session, municipality, first, last, service.Filters(), fmt, path)
                media = service.MEDIA_TYPES[fmt].split(";")[0]
                files.append((path.name, media, path.read_bytes()))
            figures = service.report(session, municipality_id, first, last, service.Filters())
        now = figures.current
        period = f"{first:%d-%m-%Y} – {last:%d-%m-%Y}"
        text = (
            f"Ledelsesrapport for {name}, {period}.\n\n"
            f"Henvendelser: {labels.number(now.total)}\n"
            f"Andel løst straks: {labels.percent(now.resolved_share)}\n"
            f"Omkostning pr. henvendelse: {labels.kroner(now.cost_per_contact)}\n\n"
            "Rapporten er vedhæftet som PDF og som Excel-fil.\n"
        )
        html = "<p>" + text.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
        mail = OutgoingMail(
            reference=f"rapport-{municipality_id}-{first.isoformat()}",
            to=email,
            sender_name=f"Vejviser – {name}",
            reply_to=None,
            subject=f"Ledelsesrapport {period}",
            text=text,
            html=html,
            attachments=tuple(files),
        )
        try:
            mail_provider(settings, code).send_mail(mail)
        except ProviderError as exc:
            return "failed", exc.reason[:300]
        except AppError as exc:  # no mail provider configured
            return "failed", str(exc.detail)[:300]
    return "sent", None
