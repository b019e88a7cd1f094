"""Browse, read and copy published guides of other municipalities (never write them)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ...content import repository as content_repo
from ...content import service as content
from ...db.models import ContentRow, MunicipalityRow
from ...errors import Invalid, NotFound
from ...principal import Caller
from ...protocol import EntityKind, Guide, GuideStatus, LibraryGuide, Provenance
from ..guides.convert import content_of, fold, guide_write, to_guide
from ..guides.service import renderer


def search_library(
    session: Session,
    caller: Caller,
    q: str | None,
    municipality: str | None,
    area: str | None,
    limit: int,
    offset: int,
) -> list[LibraryGuide]:
    query = content_repo.library_query(EntityKind.GUIDE.value, caller.municipality_id)
    for word in fold(q or "").split():
        query = query.where(ContentRow.search_text.contains(word, autoescape=True))
    if municipality:
        query = query.where(MunicipalityRow.code == municipality)
    if area:
        query = query.where(ContentRow.area == area)
    rows = session.execute(
        query.order_by(ContentRow.title, MunicipalityRow.code, ContentRow.key)
        .offset(offset)
        .limit(limit)
    ).all()
    return [LibraryGuide(guide=to_guide(row, m.code), municipality_name=m.name) for row, m in rows]


def _library_row(
    session: Session, caller: Caller, code: str, guide_id: str
) -> tuple[ContentRow, MunicipalityRow]:
    found = session.execute(
        content_repo.library_query(EntityKind.GUIDE.value, caller.municipality_id).where(
            MunicipalityRow.code == code, ContentRow.key == guide_id
        )
    ).first()
    if found is None:
        raise NotFound("Vejledningen findes ikke i det fælles bibliotek.", code="not_found")
    return found[0], found[1]


def get_library_guide(session: Session, caller: Caller, code: str, guide_id: str) -> LibraryGuide:
    row, m = _library_row(session, caller, code, guide_id)
    return LibraryGuide(guide=to_guide(row, m.code), municipality_name=m.name)


def copy_guide(
    session: Session, caller: Caller, code: str, guide_id: str, new_id: str | None
) -> Guide:
    """Copy into the caller's own list as a draft, keeping provenance."""
    row, m = _library_row(session, caller, code, guide_id)
    key = new_id or guide_id
    if len(key) > 100:
        raise Invalid("Id'et er for langt.", code="id_too_long")
    copied = content_of(row.data).model_copy(
        update={"status": GuideStatus.DRAFT, "published_to_citizens": False}
    )
    provenance = Provenance(municipality=m.code, guide_id=row.key, revision=row.revision)
    saved = content.save(
        session,
        caller.municipality_id,
        caller.username,
        guide_write(key, copied, extra=row.data.get("_extra"), copied_from=provenance),
        None,
        create_only=True,
        render=renderer(caller),
    )
    return to_guide(saved, caller.municipality_code)
