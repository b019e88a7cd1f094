"""Build a report file (XLSX, PDF or CSV) for a municipality and period: shared by the API
and ``vejviser-server report``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from ...db.models import MunicipalityRow
from ...protocol import ExportFormat
from . import repository, rollups, service
from .exports import csv_file, pdf, xlsx
from .repository import Filters

MEDIA_TYPES = {
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ExportFormat.PDF: "application/pdf",
    ExportFormat.CSV: "text/csv; charset=utf-8",
}


def file_name(code: str, first: date, last: date, fmt: ExportFormat) -> str:
    return f"vejviser-rapport-{code}-{first.isoformat()}-{last.isoformat()}.{fmt.value}"


def export(
    session: Session,
    municipality: MunicipalityRow,
    first: date,
    last: date,
    filters: Filters,
    fmt: ExportFormat,
    path: Path,
    shift: tuple[str, str | None, float] | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the file; returns the number of registrations in it (PDF: in the period)."""
    report = service.report(session, municipality.id, first, last, filters, shift)
    title = f"Ledelsesrapport – {municipality.name}"
    start, end = rollups.day_start(first), rollups.day_start(last + timedelta(days=1))
    rows = repository.registrations(session, municipality.id, start, end, filters)
    if fmt is ExportFormat.XLSX:
        return xlsx.write(path, report, rows, title, progress)
    if fmt is ExportFormat.CSV:
        return csv_file.write(path, rows, progress)
    pdf.write(path, report, title)
    return report.current.total
