"""The XLSX report: a summary sheet with key figures and native Excel charts, one sheet per
dimension, costs, and every registration of the period (continued on a next sheet past
Excel's 1,048,576 rows). Written with XlsxWriter in constant-memory mode: rows go to disk as
they are written, so a million registrations take flat memory. Every figure is a value, not
a formula."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from ....protocol import OWN_SOURCE, Report
from . import labels

MAX_ROWS = 1_048_576  # rows of an Excel sheet, the header included
UNIX_EPOCH_SERIAL = 25_569  # 1970-01-01 in Excel's serial dates (day 0: 1899-12-30)
DIMENSION_HEADER = ["Antal", "Aktiv tid (min.)", "Gns. aktiv tid (min.)", "Løst straks", "Andel"]


def write(
    path: Path,
    report: Report,
    registrations: Iterable[Any],
    title: str,
    progress: Callable[[int], None] | None = None,
    max_rows: int = MAX_ROWS,
) -> int:
    """Write the workbook; returns the number of registrations written. ``max_rows``: rows
    of a registrations sheet, its header included (Excel's limit)."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "remove_timezone": True})
    fmt = _Formats(book)
    summary = book.add_worksheet("Oversigt")
    ranges: dict[str, tuple[str, int]] = {}
    for name, heading, figures, read in labels.dimensions(report.current):
        sheet = book.add_worksheet(name)
        _dimension(sheet, fmt, heading, figures, read)
        ranges[name] = (name, len(figures))
    _costs(book.add_worksheet("Omkostninger"), fmt, report)
    _citizen_answers(book.add_worksheet("Borgersvar"), fmt, report)
    _summary(book, summary, fmt, report, title, ranges)
    count = _registrations(book, fmt, registrations, progress, max_rows)
    book.close()
    return count


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.bold = book.add_format({"bold": True})
        self.title = book.add_format({"bold": True, "font_size": 16})
        self.header = book.add_format({"bold": True, "bottom": 1, "text_wrap": True})
        self.int = book.add_format({"num_format": "#,##0"})
        self.dec = book.add_format({"num_format": "#,##0.0"})
        self.kr = book.add_format({"num_format": "#,##0.00"})
        self.pct = book.add_format({"num_format": "0.0%"})
        self.time = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})

    def of(self, kind: str) -> Any:
        return {"int": self.int, "dec": self.dec, "kr": self.kr, "pct": self.pct}[kind]


def _dimension(
    sheet: Worksheet,
    fmt: _Formats,
    heading: str,
    figures: list[Any],
    read: Callable[[str | None], str],
) -> None:
    sheet.set_column(0, 0, 40)
    sheet.set_column(1, 5, 14)
    sheet.write_row(0, 0, [heading, *DIMENSION_HEADER], fmt.header)
    for index, figure in enumerate(figures, start=1):
        sheet.write_string(index, 0, read(figure.key))
        sheet.write_number(index, 1, figure.count, fmt.int)
        sheet.write_number(index, 2, figure.active_seconds / 60, fmt.dec)
        if figure.active_mean is not None:
            sheet.write_number(index, 3, figure.active_mean / 60, fmt.dec)
        if figure.resolved is not None:
            sheet.write_number(index, 4, figure.resolved, fmt.int)
            sheet.write_number(index, 5, figure.resolved / figure.count, fmt.pct)


def _costs(sheet: Worksheet, fmt: _Formats, report: Report) -> None:
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 4, 16)
    header = ["Kanal", "Henvendelser", "Aktiv tid (min.)", "Omkostning (kr.)", "Pr. henvendelse"]
    sheet.write_row(0, 0, header, fmt.header)
    row = 0
    for row, cost in enumerate(report.current.costs, start=1):
        sheet.write_string(row, 0, labels.CHANNELS.get(cost.channel, cost.channel))
        sheet.write_number(row, 1, cost.count, fmt.int)
        sheet.write_number(row, 2, cost.active_seconds / 60, fmt.dec)
        sheet.write_number(row, 3, cost.cost, fmt.kr)
        if cost.cost_per_contact is not None:
            sheet.write_number(row, 4, cost.cost_per_contact, fmt.kr)
    if report.shift is not None:
        shift = report.shift
        row += 2
        what = labels.CHANNELS.get(shift.channel, shift.channel)
        about = f" om {shift.area}" if shift.area else ""
        text = f"Hvis {labels.number(shift.percent, 0)} % af henvendelserne ({what}{about})"
        sheet.write_string(row, 0, text + " var selvbetjening:", fmt.bold)
        sheet.write_string(row + 1, 0, "Henvendelser flyttet")
        sheet.write_number(row + 1, 1, shift.shifted, fmt.dec)
        sheet.write_string(row + 2, 0, "Besparelse (kr.)")
        sheet.write_number(row + 2, 1, shift.saving, fmt.kr)


def _citizen_answers(sheet: Worksheet, fmt: _Formats, report: Report) -> None:
    """Citizens' "Fik du hjælp?" answers per area and per Selvbetjeningstjek area, with the
    previous period's answers and yes-share beside them."""
    now, before = report.current.citizen_answers, report.previous.citizen_answers
    sheet.set_column(0, 0, 36)
    sheet.set_column(1, 11, 14)
    header = ["Svar", "Ja", "Nej", "Andel ja", *labels.SURVEY_QUESTIONS.values()]
    header += ["Svar, forrige periode", "Andel ja, forrige periode"]
    row = 0
    sections = (
        ("Område", now.by_area, {f.key: f for f in before.by_area}),
        (
            "Selvbetjeningstjek-område",
            now.by_self_service_check_area,
            {f.key: f for f in before.by_self_service_check_area},
        ),
    )
    for heading, figures, previous in sections:
        sheet.write_row(row, 0, [heading, *header], fmt.header)
        for figure in figures:
            row += 1
            sheet.write_string(row, 0, figure.key)
            sheet.write_number(row, 1, figure.answers, fmt.int)
            sheet.write_number(row, 2, figure.helped, fmt.int)
            sheet.write_number(row, 3, figure.not_helped, fmt.int)
            if figure.helped_share is not None:
                sheet.write_number(row, 4, figure.helped_share, fmt.pct)
            for column, theme in enumerate(labels.SURVEY_QUESTIONS, start=5):
                mean = figure.means.get(theme)
                if mean is not None:
                    sheet.write_number(row, column, mean, fmt.dec)
            old = previous.get(figure.key)
            if old is not None:
                sheet.write_number(row, 10, old.answers, fmt.int)
                if old.helped_share is not None:
                    sheet.write_number(row, 11, old.helped_share, fmt.pct)
        row += 2
    sheet.write_string(row, 0, "I alt", fmt.bold)
    sheet.write_number(row, 1, now.answers, fmt.int)
    sheet.write_number(row, 2, now.helped, fmt.int)
    sheet.write_number(row, 3, now.answers - now.helped, fmt.int)
    if now.helped_share is not None:
        sheet.write_number(row, 4, now.helped_share, fmt.pct)
    sheet.write_number(row, 10, before.answers, fmt.int)
    if before.helped_share is not None:
        sheet.write_number(row, 11, before.helped_share, fmt.pct)


def _summary(
    book: xlsxwriter.Workbook,
    sheet: Worksheet,
    fmt: _Formats,
    report: Report,
    title: str,
    ranges: dict[str, tuple[str, int]],
) -> None:
    now, before = report.current, report.previous
    sheet.set_column(0, 0, 44)
    sheet.set_column(1, 3, 16)
    sheet.write_string(0, 0, title, fmt.title)
    period = f"{now.period_from:%d-%m-%Y} – {now.period_to:%d-%m-%Y}"
    sheet.write_string(1, 0, f"Periode: {period}")
    compare = f"{before.period_from:%d-%m-%Y} – {before.period_to:%d-%m-%Y}"
    sheet.write_string(2, 0, f"Sammenlignet med: {compare}")
    shown = [
        f"{name}: {value}"
        for name, value in (
            ("Sted", report.location),
            ("Kanal", labels.CHANNELS.get(report.channel or "", report.channel)),
            ("Område", report.area),
        )
        if value is not None
    ]
    sheet.write_string(3, 0, "Filtre: " + ("; ".join(shown) if shown else "ingen"))
    sheet.write_row(5, 0, ["Nøgletal", "Periode", "Forrige periode", "Ændring"], fmt.header)
    for row, (label, value, previous, kind) in enumerate(labels.key_figures(report), start=6):
        sheet.write_string(row, 0, label)
        if value is not None:
            sheet.write_number(row, 1, value, fmt.of(kind))
        if previous is not None:
            sheet.write_number(row, 2, previous, fmt.of(kind))
        moved = labels.change(value, previous)
        if moved is not None and kind != "pct":
            sheet.write_number(row, 3, moved, fmt.pct)
        elif kind == "pct" and value is not None and previous is not None:
            sheet.write_number(row, 3, value - previous, fmt.pct)
    charts = [
        ("Kanaler", "Henvendelser pr. kanal", "column", 1),
        ("Kanaler", "Andel løst straks pr. kanal", "column", 5),
        ("Udfald", "Udfald", "bar", 1),
        ("Timer", "Henvendelser pr. time", "column", 1),
        ("Områder", "Henvendelser pr. område", "bar", 1),
    ]
    anchor = 18
    for name, chart_title, kind, column in charts:
        sheet_name, count = ranges[name]
        if count == 0:
            continue
        chart = book.add_chart({"type": kind})
        assert chart is not None
        chart.add_series(
            {
                "name": chart_title,
                "categories": [sheet_name, 1, 0, count, 0],
                "values": [sheet_name, 1, column, count, column],
                "fill": {"color": "#404040"},
                "data_labels": {"value": True},
            }
        )
        chart.set_title({"name": chart_title})
        chart.set_legend({"none": True})
        chart.set_size({"width": 720, "height": 300})
        sheet.insert_chart(anchor, 0, chart)
        anchor += 16


def _registrations(
    book: xlsxwriter.Workbook,
    fmt: _Formats,
    rows: Iterable[Any],
    progress: Callable[[int], None] | None,
    max_rows: int,
) -> int:
    """The hot loop (a million rows; profiled: XlsxWriter's own per-cell work is most of
    the time, so this loop does as little as it can beside it): XlsxWriter's undecorated
    writers (no A1-notation check), the cell values straight from the row (no list per
    row), times as Excel serial numbers in the one time format (what write_datetime()
    stores), and no cell for an empty text."""
    sheet: Worksheet | None = None
    sheets = 0
    line = max_rows
    count = 0
    serial = _Serial()
    channels, outcomes, citizens = labels.CHANNELS, labels.OUTCOMES, labels.CITIZEN_TYPES
    time_format, dec_format = fmt.time, fmt.dec
    text: Any = None
    num: Any = None
    for row in rows:
        if line >= max_rows:
            sheets += 1
            sheet = book.add_worksheet("Registreringer" + (f" {sheets}" if sheets > 1 else ""))
            sheet.set_column(0, 0, 38)
            sheet.set_column(1, 2, 20)
            sheet.set_column(3, 15, 16)
            sheet.write_row(0, 0, labels.REGISTRATION_COLUMNS, fmt.header)
            text, num = sheet._write_string, sheet._write_number
            line = 1
        (uuid, started, ended, seconds, channel, place, area, outcome, target, citizen) = row[:10]
        stuck, guides, messages, manual = row[10:14]
        text(line, 0, uuid)
        num(line, 1, serial(started), time_format)
        num(line, 2, serial(ended), time_format)
        num(line, 3, seconds)
        num(line, 4, seconds / 60, dec_format)
        if channel:
            text(line, 5, channels.get(channel, channel))
        if place:
            text(line, 6, place)
        if area:
            text(line, 7, area)
        if outcome:
            text(line, 8, outcomes.get(outcome, outcome))
        if target:
            text(line, 9, target)
        if citizen and citizen in citizens:
            text(line, 10, citizens[citizen])
        if stuck:
            text(line, 11, stuck)
        if guides:
            text(line, 12, ", ".join(guides))
        num(line, 13, messages)
        text(line, 14, "ja" if manual else "nej")
        text(line, 15, row[14] if len(row) > 14 else OWN_SOURCE)  # as labels.registration_values
        line += 1
        count += 1
        if progress is not None and count % 10_000 == 0:
            progress(count)
    if sheet is None:
        sheet = book.add_worksheet("Registreringer")
        sheet.write_row(0, 0, labels.REGISTRATION_COLUMNS, fmt.header)
    return count


class _Serial:
    """Excel serial numbers (days since 1899-12-30) of Danish local time from aware
    instants. The zone's offset is looked up once per UTC hour: Danish time changes its
    offset only on whole UTC hours."""

    def __init__(self) -> None:
        self.offsets: dict[int, float] = {}

    def __call__(self, instant: datetime) -> float:
        stamp = instant.timestamp()
        hour = int(stamp // 3600)
        offset = self.offsets.get(hour)
        if offset is None:
            shift = instant.astimezone(labels.DANISH_TIME).utcoffset()
            offset = self.offsets[hour] = shift.total_seconds() if shift is not None else 0.0
        return (stamp + offset) / 86_400 + UNIX_EPOCH_SERIAL
