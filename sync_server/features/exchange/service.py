"""Import a ``vejviser.guides/1`` file into a municipality, and export one.

Import validates the whole file first and then saves everything in the caller's single
transaction: a bad file changes nothing, and the error names the guide and field at fault.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...content import repository as content_repo
from ...content import service as content
from ...db.models import ContentRow, MunicipalityRow
from ...errors import Invalid
from ...protocol import FORMAT, EntityKind, GuideFile, ServiceArea, WireModel
from ...protocol.exchange import presence
from ...protocol.refusals import danish
from ..directory.specs import AREAS, FAQ, SYNONYMS, Spec
from ..guides.convert import guide_write, to_exchange

_SECTION_NAMES = {
    "guides": "Vejledning",
    "faq": "FAQ-punkt",
    "areas": "Serviceområde",
    "synonyms": "Synonymgruppe",
}


class ImportRefused(Invalid):
    code = "import_refused"


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    #: Guides whose pending (unpublished) draft the file's version replaced: the draft is
    #: kept in the guide's history, where an admin can restore it.
    replaced_drafts: list[str] = field(default_factory=list)


def _where(raw: Any, loc: tuple[int | str, ...]) -> str:
    if not loc:
        return "Filen"
    section = str(loc[0])
    if len(loc) >= 2 and isinstance(loc[1], int) and section in _SECTION_NAMES:
        item: Any = None
        if (
            isinstance(raw, dict)
            and isinstance(raw.get(section), list)
            and loc[1] < len(raw[section])
        ):
            item = raw[section][loc[1]]
        ident = ""
        if isinstance(item, dict):
            ident = item.get("id") or item.get("name") or item.get("term") or ""
        label = f"{_SECTION_NAMES[section]} nr. {loc[1] + 1}"
        if ident:
            label += f" (id »{ident}«)"
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc[2:]).lstrip(".")
        return f"{label}, felt »{path}«" if path else label
    return f"Feltet »{section}«"


def parse_file(raw: Any) -> GuideFile:
    """Validate a whole file; raise :class:`ImportRefused` naming every problem found."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ImportRefused(
            [f"Filen er ikke i formatet {FORMAT} (feltet »format« mangler eller er forkert)."]
        )
    try:
        parsed = GuideFile.model_validate(raw)
    except ValidationError as exc:
        # the place names the guide and field; the sentence names the field alone
        problems = [
            f"{_where(raw, tuple(err['loc']))}: {danish({**err, 'loc': err['loc'][-1:]})}"
            for err in exc.errors()
        ]
        raise ImportRefused(problems[:50]) from None
    problems = []
    sections: list[tuple[str, list[str]]] = [
        ("guides", [guide.id for guide in parsed.guides]),
        ("faq", [entry.id for entry in parsed.faq]),
        ("areas", [area.name for area in parsed.areas]),
        ("synonyms", [group.term for group in parsed.synonyms]),
    ]
    for section, keys in sections:  # a later item must not silently replace an earlier one
        seen: set[str] = set()
        for index, key in enumerate(keys):
            if key in seen:
                problems.append(
                    f"{_SECTION_NAMES[section]} nr. {index + 1} (id »{key}«): "
                    "id'et findes to gange i filen."
                )
            seen.add(key)
    if problems:
        raise ImportRefused(problems)
    return parsed


def _upsert(
    session: Session, municipality_id: int, author: str, write: Any, report: ImportReport
) -> None:
    row = content_repo.get(session, municipality_id, write.kind.value, write.key)
    live = row is not None and row.deleted_at is None
    if live and row is not None and row.data == write.data:
        report.unchanged += 1
        return
    if live and row is not None and row.kind == EntityKind.GUIDE.value and "_draft" in row.data:
        report.replaced_drafts.append(row.key)
    content.save(session, municipality_id, author, write, row.revision if live and row else None)
    if live:
        report.updated += 1
    else:
        report.created += 1
    report.by_kind[write.kind.value] = report.by_kind.get(write.kind.value, 0) + 1


def _directory(
    session: Session,
    municipality_id: int,
    author: str,
    spec: Spec[Any],
    items: list[WireModel],
    report: ImportReport,
) -> None:
    for item in items:
        _upsert(session, municipality_id, author, spec.write(item), report)


def import_file(
    session: Session, municipality: MunicipalityRow, raw: Any, author: str = "import"
) -> ImportReport:
    parsed = parse_file(raw)
    report = ImportReport()
    mid = municipality.id
    _directory(session, mid, author, AREAS, list(parsed.areas), report)
    known_areas = {row.key for row in content_repo.live(session, mid, EntityKind.AREA.value)}
    for guide in parsed.guides:
        if guide.area not in known_areas:
            _upsert(session, mid, author, AREAS.write(ServiceArea(name=guide.area)), report)
            known_areas.add(guide.area)
    _directory(session, mid, author, SYNONYMS, list(parsed.synonyms), report)
    _directory(session, mid, author, FAQ, list(parsed.faq), report)
    raw_guides = raw.get("guides") or []
    for guide, raw_guide in zip(parsed.guides, raw_guides, strict=True):
        extra = dict(guide.model_extra or {})
        present = presence(raw_guide)
        write = guide_write(
            guide.id, guide, extra={**extra} or None, copied_from=guide.copied_from, present=present
        )
        _upsert(session, mid, author, write, report)
    return report


def export_file(
    session: Session, municipality: MunicipalityRow, include_directory: bool = False
) -> dict[str, Any]:
    rows = session.scalars(
        select(ContentRow)
        .where(
            ContentRow.municipality_id == municipality.id,
            ContentRow.kind == EntityKind.GUIDE.value,
            ContentRow.deleted_at.is_(None),
        )
        .order_by(ContentRow.id)
    ).all()
    out: dict[str, Any] = {
        "format": FORMAT,
        "guides": [to_exchange(row).to_json_dict(row.data.get("_present")) for row in rows],
    }
    if include_directory:
        full = GuideFile(
            format=FORMAT,
            areas=[AREAS.read(r) for r in content_repo.live(session, municipality.id, "area")],
            faq=[FAQ.read(r) for r in content_repo.live(session, municipality.id, "faq")],
            synonyms=[
                SYNONYMS.read(r) for r in content_repo.live(session, municipality.id, "synonym")
            ],
        ).to_json_dict()
        out.update({k: v for k, v in full.items() if k not in ("format", "guides")})
    return out
