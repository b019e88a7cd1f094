"""Danish names of channels, outcomes and the rest, Danish number formats, and the
registration columns shared by the XLSX and CSV files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from ....protocol import OWN_SOURCE, Figure, Report, ReportFigures

DANISH_TIME = ZoneInfo("Europe/Copenhagen")
NOT_STATED = "Ikke angivet"
CHANNELS = {
    "phone": "Telefon",
    "counter": "Fremmøde",
    "chat": "Chat",
    "email": "Mail",
    "video": "Video",
    "outreach": "Udkørende",
}
OUTCOMES = {
    "resolved": "Løst straks",
    "self_service": "Hjulpet til selvbetjening",
    "assisted": "Medbetjent",
    "referred": "Henvist",
    "case_created": "Sag oprettet",
    "not_resolved": "Ikke løst",
}
CITIZEN_TYPES = {
    "digital": "Digitalt parat",
    "not_digital": "Ikke digitalt parat",
    "special_needs": "Særlige behov",
}
WEEKDAYS = {
    "1": "Mandag",
    "2": "Tirsdag",
    "3": "Onsdag",
    "4": "Torsdag",
    "5": "Fredag",
    "6": "Lørdag",
    "7": "Søndag",
}


#: The survey's five questions (``SURVEY_THEMES``), short Danish headings.
SURVEY_QUESTIONS = {
    "satisfaction": "Tilfredshed",
    "ease": "Lethed",
    "task_completed": "Fik opgaven løst",
    "help_available": "Kunne få hjælp",
    "language_understood": "Forstod sproget",
}


def _named(names: dict[str, str]) -> Callable[[str | None], str]:
    return lambda key: NOT_STATED if key is None else names.get(key, key)


def _plain(key: str | None) -> str:
    return NOT_STATED if key is None else key


def _hour(key: str | None) -> str:
    return NOT_STATED if key is None else f"{key}:00–{int(key) + 1:02d}:00"


#: (sheet name, title of the key column, the figures, how a key reads)
def dimensions(
    figures: ReportFigures,
) -> list[tuple[str, str, list[Figure], Callable[[str | None], str]]]:
    return [
        ("Områder", "Område", figures.by_area, _plain),
        ("Kanaler", "Kanal", figures.by_channel, _named(CHANNELS)),
        ("Steder", "Sted", figures.by_location, _plain),
        ("Timer", "Time", figures.by_hour, _hour),
        ("Ugedage", "Ugedag", figures.by_weekday, _named(WEEKDAYS)),
        ("Udfald", "Udfald", figures.by_outcome, _named(OUTCOMES)),
        ("Borgertyper", "Borgertype", figures.by_citizen_type, _named(CITIZEN_TYPES)),
        ("Henvisninger", "Henvist til", figures.referrals, _plain),
        ("Selvbetjening", "Løsning borgeren sad fast i", figures.stuck, _plain),
        ("Vejledninger", "Vejledning", figures.guides, _plain),
    ]


def number(value: float | None, decimals: int = 0) -> str:
    """1234567.891 → "1.234.567,89" (Danish)."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def percent(value: float | None, decimals: int = 1) -> str:
    return "–" if value is None else number(value * 100, decimals) + " %"


def kroner(value: float | None) -> str:
    return "–" if value is None else number(value, 2) + " kr."


def minutes(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / 60


def change(now: float | None, before: float | None) -> float | None:
    if now is None or before in (None, 0):
        return None
    assert before is not None
    return (now - before) / before


def key_figures(report: Report) -> list[tuple[str, float | None, float | None, str]]:
    """(label, this period, previous period, kind: "int", "min", "pct", "kr")."""
    now, before = report.current, report.previous
    return [
        ("Henvendelser", now.total, before.total, "int"),
        ("Aktiv tid i alt (timer)", now.active_seconds / 3600, before.active_seconds / 3600, "dec"),
        ("Gns. aktiv tid (min)", minutes(now.active_mean), minutes(before.active_mean), "dec"),
        ("Løst straks", now.resolved, before.resolved, "int"),
        ("Andel løst straks", now.resolved_share, before.resolved_share, "pct"),
        (
            "Andel løst straks, " + ", ".join(CHANNELS.get(c, c) for c in report.goal_channels),
            now.goal_channels_share,
            before.goal_channels_share,
            "pct",
        ),
        ("Mål for andel løst straks", report.resolved_goal, report.resolved_goal, "pct"),
        ("Beskeder sendt", now.messages_sent, before.messages_sent, "int"),
        ("Omkostning i alt", now.cost, before.cost, "kr"),
        ("Omkostning pr. henvendelse", now.cost_per_contact, before.cost_per_contact, "kr"),
    ]


def formatted(value: float | None, kind: str) -> str:
    if kind == "pct":
        return percent(value)
    if kind == "kr":
        return kroner(value)
    return number(value, 0 if kind == "int" else 1)


REGISTRATION_COLUMNS = [
    "Id",
    "Start",
    "Slut",
    "Aktiv tid (sek.)",
    "Aktiv tid (min.)",
    "Kanal",
    "Sted",
    "Område",
    "Udfald",
    "Henvist til",
    "Borgertype",
    "Selvbetjeningsløsning",
    "Vejledninger",
    "Beskeder sendt",
    "Manuelt registreret",
    "Kilde",  # "egne" (own staff) or the name of the shared hotline that handled it
]


def local(instant: datetime) -> datetime:
    """Danish local time, without a zone (as spreadsheets want it)."""
    return instant.astimezone(DANISH_TIME).replace(tzinfo=None)


def registration_values(row: Any) -> list[Any]:
    """One registration as cell values (datetimes local, names in Danish)."""
    (uuid, started, ended, seconds, channel, place, area, outcome, target, citizen, stuck) = row[
        :11
    ]
    guides, messages, manual = row[11:14]
    source = row[14] if len(row) > 14 else OWN_SOURCE
    return [
        uuid,
        local(started),
        local(ended),
        seconds,
        seconds / 60,
        CHANNELS.get(channel, channel),
        place,
        area or "",
        OUTCOMES.get(outcome, outcome),
        target or "",
        CITIZEN_TYPES.get(citizen, "") if citizen else "",
        stuck or "",
        ", ".join(guides or []),
        messages,
        "ja" if manual else "nej",
        source,
    ]
