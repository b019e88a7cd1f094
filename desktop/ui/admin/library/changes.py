"""What an origin's new version changed, level by level, against the copied version and the
municipality's own copy (the three-way view of an update).

Each change names the part the server takes (``title``, ``guidance/2``, ``steps/0``,
``referral/1`` …) when the origin has something to take there; a change made only locally,
or an item the origin removed, is shown for information (taking everything handles it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from sync_server.protocol import LibraryUpdateDetail, Referral, Step

translate = QCoreApplication.translate

BASICS, GUIDANCE, STEPS, REFERRAL = range(4)


@dataclass(frozen=True)
class Change:
    level: int
    what: str  # "Punkt 2", "Titel" …
    part: str | None  # what to send to take it; None: nothing to take from the origin
    base: str  # as copied ("" when it did not exist)
    origin: str  # the origin's newest ("" when removed)
    local: str  # the own copy now ("" when removed)

    @property
    def origin_changed(self) -> bool:
        return self.origin != self.base

    @property
    def local_changed(self) -> bool:
        return self.local != self.base


def step_text(step: Step) -> str:
    return f"{step.title}: {step.text}"


def referral_text(ref: Referral) -> str:
    bits = [ref.name, ref.phone, ref.email, ref.url, ref.hours, ref.address, ref.note]
    return " · ".join(b for b in bits if b)


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _items(level: int, name: str, what: str, versions: list[list[tuple[str, str]]]) -> list[Change]:
    """Item by item; ``versions`` (base, origin, local) as (comparison key, text) pairs (a
    step whose screenshot alone changed is a change too)."""
    base, origin, local = versions
    out = []
    for i in range(max(len(base), len(origin), len(local))):
        b, o, lo = (items[i] if i < len(items) else ("", "") for items in versions)
        if o[0] == b[0] and lo[0] == b[0]:
            continue
        part = f"{name}/{i}" if o[0] != b[0] and o[0] else None
        out.append(Change(level, what.replace("%1", str(i + 1)), part, b[1], o[1], lo[1]))
    return out


def changes(detail: LibraryUpdateDetail) -> list[Change]:
    base, origin, local = detail.base, detail.origin, detail.local
    out: list[Change] = []
    scalars = (
        (BASICS, "title", translate("Library", "Title")),
        (BASICS, "area", translate("Library", "Area")),
        (BASICS, "synonyms", translate("Library", "Synonyms")),
        (BASICS, "situations", translate("Library", "Life situations")),
        (BASICS, "search_terms_en", translate("Library", "English search terms")),
        (GUIDANCE, "self_service_url", translate("Library", "Self-service link")),
    )
    for level, name, what in scalars:
        b, o, lo = (_scalar(getattr(c, name)) for c in (base, origin, local))
        if o != b or lo != b:
            out.append(Change(level, what, name if o != b else None, b, o, lo))
    out += _items(
        GUIDANCE,
        "guidance",
        translate("Library", "Bullet %1"),
        [[(g, g) for g in c.guidance] for c in (base, origin, local)],
    )
    out += _items(
        STEPS,
        "steps",
        translate("Library", "Step %1"),
        [[(s.model_dump_json(), step_text(s)) for s in c.steps] for c in (base, origin, local)],
    )
    out += _items(
        REFERRAL,
        "referral",
        translate("Library", "Referral card %1"),
        [
            [(r.model_dump_json(), referral_text(r)) for r in c.referral]
            for c in (base, origin, local)
        ],
    )
    return sorted(out, key=lambda c: c.level)
