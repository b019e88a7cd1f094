"""The PDF report (ReportLab): key figures against the previous period and the goal,
charts in shades of grey with the values printed on the bars (readable in black and white),
and the tables behind them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ....protocol import Figure, Report
from . import labels

WIDTH = A4[0] - 36 * mm
GREY = colors.Color(0.35, 0.35, 0.35)
_STYLES = getSampleStyleSheet()
_TABLE = TableStyle(
    [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]
)


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_TABLE)
    return table


def _bars(
    title: str,
    names: list[str],
    values: list[float],
    shown: Callable[[float], str],
    horizontal: bool = False,
    goal: float | None = None,
) -> Drawing:
    height = max(160, 18 * len(names) + 50) if horizontal else 190
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (150, 20) if horizontal else (40, 45)
    chart.width = WIDTH - chart.x - 40
    chart.height = height - chart.y - 30
    chart.data = [values]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontSize = 7
    if not horizontal:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    top = max([*values, goal or 0, 0])
    chart.valueAxis.valueMax = top * 1.15 if top else 1
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = shown
    chart.bars[0].fillColor = GREY
    chart.bars[0].strokeColor = colors.black
    chart.barLabelFormat = shown
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 8
    drawing.add(chart)
    if goal is not None and not horizontal and top:
        y = chart.y + chart.height * goal / chart.valueAxis.valueMax
        line = Line(chart.x, y, chart.x + chart.width, y, strokeDashArray=[4, 3])
        drawing.add(line)
        drawing.add(String(chart.x + chart.width + 2, y - 3, "Mål", fontSize=7))
    drawing.add(String(0, height - 12, title, fontName="Helvetica-Bold", fontSize=10))
    return drawing


def _dimension_rows(figures: list[Figure], read: Callable[[str | None], str]) -> list[list[str]]:
    rows = [["", "Antal", "Gns. min.", "Løst straks"]]
    for figure in figures:
        share = (
            labels.percent(figure.resolved / figure.count)
            if figure.resolved is not None and figure.count
            else ""
        )
        mean = labels.minutes(figure.active_mean)
        rows.append(
            [read(figure.key)[:48], labels.number(figure.count), labels.number(mean, 1), share]
        )
    return rows


def _citizen_answers(report: Report) -> list[object]:
    """A short table of the citizens' "Fik du hjælp?" answers per area and per
    Selvbetjeningstjek area, with the previous period's share of yes."""
    now, before = report.current.citizen_answers, report.previous.citizen_answers
    if not now.answers and not before.answers:
        return []
    old = {f.key: f for f in (*before.by_area, *before.by_self_service_check_area)}
    rows = [["Område", "Svar", "Andel ja", "Forrige periode", "Tilfredshed"]]
    for figure in (*now.by_area, *now.by_self_service_check_area):
        previous = old.get(figure.key)
        rows.append(
            [
                figure.key[:40],
                labels.number(figure.answers),
                labels.percent(figure.helped_share, 0),
                labels.percent(previous.helped_share if previous else None, 0),
                labels.number(figure.means.get("satisfaction"), 1),
            ]
        )
    rows.append(
        [
            "I alt",
            labels.number(now.answers),
            labels.percent(now.helped_share, 0),
            labels.percent(before.helped_share, 0),
            "",
        ]
    )
    return [
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                Paragraph("Borgernes svar: Fik du hjælp?", _STYLES["Heading2"]),
                _table(rows, [WIDTH * 0.4, WIDTH * 0.12, WIDTH * 0.16, WIDTH * 0.16, WIDTH * 0.16]),
            ]
        ),
    ]


def write(path: Path, report: Report, title: str) -> None:
    now, before = report.current, report.previous
    story: list[object] = [
        Paragraph(title, _STYLES["Title"]),
        Paragraph(
            f"Periode {now.period_from:%d-%m-%Y} – {now.period_to:%d-%m-%Y}, sammenlignet med "
            f"{before.period_from:%d-%m-%Y} – {before.period_to:%d-%m-%Y}.",
            _STYLES["Normal"],
        ),
        Spacer(1, 4 * mm),
    ]
    rows = [["Nøgletal", "Periode", "Forrige periode", "Ændring"]]
    for label, value, previous, kind in labels.key_figures(report):
        if kind == "pct":
            moved = (
                labels.number((value - previous) * 100, 1) + " point"
                if value is not None and previous is not None
                else "–"
            )
        else:
            moved = labels.percent(labels.change(value, previous))
        rows.append([label, labels.formatted(value, kind), labels.formatted(previous, kind), moved])
    story += [_table(rows, [WIDTH * 0.46, WIDTH * 0.18, WIDTH * 0.18, WIDTH * 0.18])]
    channel = labels.CHANNELS
    if now.by_channel:
        names = [channel.get(f.key or "", labels.NOT_STATED) for f in now.by_channel]
        story.append(
            _bars(
                "Henvendelser pr. kanal",
                names,
                [float(f.count) for f in now.by_channel],
                lambda v: labels.number(v),
            )
        )
        shares = [(f.resolved or 0) / f.count if f.count else 0.0 for f in now.by_channel]
        story.append(
            _bars(
                "Andel løst straks pr. kanal (stiplet linje: målet)",
                names,
                shares,
                lambda v: labels.percent(v, 0),
                goal=report.resolved_goal,
            )
        )
    if now.by_area:
        top = now.by_area[:12]
        story.append(
            _bars(
                "Henvendelser pr. område (de største)",
                [(f.key or labels.NOT_STATED)[:28] for f in top][::-1],
                [float(f.count) for f in top][::-1],
                lambda v: labels.number(v),
                horizontal=True,
            )
        )
    if now.by_hour:
        story.append(
            _bars(
                "Henvendelser pr. time",
                [f.key or "" for f in now.by_hour],
                [float(f.count) for f in now.by_hour],
                lambda v: labels.number(v),
            )
        )
    cost_rows = [["Kanal", "Henvendelser", "Omkostning", "Pr. henvendelse"]]
    for cost in now.costs:
        cost_rows.append(
            [
                channel.get(cost.channel, cost.channel),
                labels.number(cost.count),
                labels.kroner(cost.cost),
                labels.kroner(cost.cost_per_contact),
            ]
        )
    story += [
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                Paragraph("Omkostninger", _STYLES["Heading2"]),
                _table(cost_rows, [WIDTH * 0.31, WIDTH * 0.23, WIDTH * 0.23, WIDTH * 0.23]),
            ]
        ),
    ]
    if report.shift is not None:
        shift = report.shift
        about = f" om {shift.area}" if shift.area else ""
        story.append(
            Paragraph(
                f"Hvis {labels.number(shift.percent)} % af henvendelserne "
                f"({channel.get(shift.channel, shift.channel)}{about}) var selvbetjening, "
                f"blev {labels.number(shift.shifted, 1)} henvendelser flyttet, og der blev "
                f"sparet {labels.kroner(shift.saving)}",
                _STYLES["Normal"],
            )
        )
    for name, heading, figures, read in labels.dimensions(now):
        if name in ("Kanaler", "Timer") or not figures:
            continue
        rows = _dimension_rows(figures[:25], read)
        rows[0][0] = heading
        story.append(
            KeepTogether(
                [
                    Paragraph(name, _STYLES["Heading2"]),
                    _table(rows, [WIDTH * 0.52, WIDTH * 0.16, WIDTH * 0.16, WIDTH * 0.16]),
                ]
            )
        )
    story += _citizen_answers(report)
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="Vejviser",
    )
    document.build(story)
