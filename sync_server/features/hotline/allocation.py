"""The hotline's cost allocation: its contacts of a period per member × authority, the
shares of the total and the amount at the hotline's own cost rates (per minute and per
contact of each channel, as they applied on the day)."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import xlsxwriter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from ...protocol import AllocationReport, AllocationRow, Authority
from ..reports import service as reports
from . import repository

DANISH_TIME = ZoneInfo("Europe/Copenhagen")

AUTHORITY_NAMES = {
    Authority.KOMMUNE: "Kommunen",
    Authority.UDBETALING_DANMARK: "Udbetaling Danmark",
    Authority.SKATTESTYRELSEN: "Skattestyrelsen",
    Authority.DIGITALISERINGSSTYRELSEN: "Digitaliseringsstyrelsen (MitID)",
    Authority.OTHER: "Andet",
}
NOT_STATED = "Ikke angivet"
COLUMNS = [
    "Kommunekode",
    "Kommune",
    "Myndighed",
    "Henvendelser",
    "Minutter",
    "Andel af henvendelser",
    "Andel af minutter",
    "Beløb (kr.)",
]


def _day_start(day: date) -> datetime:
    """Local midnight at the start of ``day`` as a UTC instant."""
    return datetime.combine(day, time(0), tzinfo=DANISH_TIME).astimezone(UTC)


def _share(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def allocation(session: Session, hotline_id: int, first: date, last: date) -> AllocationReport:
    """The allocation of [first, last] (local days)."""
    start, end = _day_start(first), _day_start(last + timedelta(days=1))
    rates = reports.Rates(reports.get_settings(session, hotline_id).rates)
    sums: dict[tuple[str, str, str | None], list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for code, name, authority, channel, started, seconds in repository.served_contacts(
        session, hotline_id, start, end
    ):
        entry = sums[(code, name, authority)]
        entry[0] += 1
        entry[1] += seconds
        entry[2] += rates.cost(channel, started.astimezone(DANISH_TIME).date(), 1, seconds)
    contacts = sum(int(v[0]) for v in sums.values())
    minutes = sum(v[1] for v in sums.values()) / 60
    order = {a.value: i for i, a in enumerate(Authority)}
    rows = [
        AllocationRow(
            municipality=code,
            municipality_name=name,
            authority=Authority(authority) if authority else None,
            contacts=int(n),
            minutes=round(secs / 60, 2),
            contact_share=_share(n, contacts),
            minute_share=_share(secs / 60, minutes),
            amount=round(amount, 2),
        )
        for (code, name, authority), (n, secs, amount) in sorted(
            sums.items(), key=lambda kv: (kv[0][1], kv[0][0], order.get(kv[0][2] or "", 99))
        )
    ]
    return AllocationReport(
        period_from=first,
        period_to=last,
        contacts=contacts,
        minutes=round(minutes, 2),
        amount=round(sum(row.amount for row in rows), 2),
        rows=rows,
    )


def _values(row: AllocationRow) -> list[str | int | float]:
    return [
        row.municipality,
        row.municipality_name,
        AUTHORITY_NAMES[row.authority] if row.authority else NOT_STATED,
        row.contacts,
        row.minutes,
        row.contact_share or 0.0,
        row.minute_share or 0.0,
        row.amount,
    ]


def _danish(value: float, decimals: int = 2) -> str:
    return f"{value:,.{decimals}f}".replace(",", "X").replace(".", ",").replace("X", ".")


def write_csv(path: Path, report: AllocationReport) -> None:
    """For Danish Excel: ``;`` between fields, decimal comma, UTF-8 with a byte order mark."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in report.rows:
            values = _values(row)
            writer.writerow(
                [
                    *values[:4],
                    *(
                        _danish(float(v), 4 if i in (5, 6) else 2)
                        for i, v in enumerate(values)
                        if i >= 4
                    ),
                ]
            )


def write_xlsx(path: Path, report: AllocationReport, title: str) -> None:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Fordeling")
    bold = book.add_format({"bold": True})
    percent = book.add_format({"num_format": "0.0%"})
    money = book.add_format({"num_format": "#,##0.00"})
    sheet.write(0, 0, title, bold)
    sheet.write(1, 0, f"{report.period_from.isoformat()} – {report.period_to.isoformat()}")
    sheet.write_row(3, 0, COLUMNS, bold)
    for i, row in enumerate(report.rows, start=4):
        values = _values(row)
        sheet.write_row(i, 0, values[:5])
        sheet.write_number(i, 5, float(values[5]), percent)
        sheet.write_number(i, 6, float(values[6]), percent)
        sheet.write_number(i, 7, float(values[7]), money)
    total = 4 + len(report.rows)
    sheet.write_row(total, 0, ["I alt", "", "", report.contacts, report.minutes], bold)
    sheet.write_number(total, 7, report.amount, money)
    sheet.set_column(0, 0, 12)
    sheet.set_column(1, 2, 30)
    sheet.set_column(3, 7, 16)
    book.close()


def write_pdf(path: Path, report: AllocationReport, title: str) -> None:
    styles = getSampleStyleSheet()
    rows = [COLUMNS]
    for row in report.rows:
        values = _values(row)
        rows.append(
            [
                str(values[0]),
                str(values[1]),
                str(values[2]),
                str(values[3]),
                _danish(float(values[4])),
                f"{_danish(float(values[5]) * 100, 1)} %",
                f"{_danish(float(values[6]) * 100, 1)} %",
                _danish(float(values[7])),
            ]
        )
    rows.append(
        [
            "I alt",
            "",
            "",
            str(report.contacts),
            _danish(report.minutes),
            "",
            "",
            _danish(report.amount),
        ]
    )
    table = Table(rows, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONT", (0, -1), (-1, -1), "Helvetica-Bold"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
            ]
        )
    )
    period = f"{report.period_from.isoformat()} – {report.period_to.isoformat()}"
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title=title).build(
        [
            Paragraph(title, styles["Title"]),
            Paragraph(period, styles["Normal"]),
            Spacer(1, 12),
            table,
        ]
    )
