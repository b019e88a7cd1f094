"""Browse, read and copy published guides of other municipalities (never write them);
follow the origin of a copy (updates, take, dismiss, detach) and offer suggestions back."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ...content import repository as content_repo
from ...content import service as content
from ...db.models import ContentRow, LibraryFollowRow, MunicipalityRow, RevisionRow
from ...errors import Conflict, Invalid, NotFound
from ...principal import Caller
from ...protocol import (
    Detach,
    DismissRequest,
    EntityKind,
    Guide,
    GuideStatus,
    LibraryGuide,
    LibraryUpdate,
    LibraryUpdateDetail,
    Provenance,
    Suggestion,
    SuggestionIn,
    TakeRequest,
    utcnow,
)
from ..feedback import service as feedback
from ..guides import service as guides
from ..guides.convert import (
    content_data,
    content_of,
    draft_of,
    fold,
    guide_write,
    provenance_of,
    published_revision,
    to_guide,
)
from . import repository
from .merge import take


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
    used = repository.used_by(session, [(row.municipality_id, row.key) for row, _ in rows])
    return [
        LibraryGuide(
            guide=to_guide(row, m.code),
            municipality_name=m.name,
            used_by=used.get((row.municipality_id, row.key), 0),
        )
        for row, m in rows
    ]


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
    used = repository.used_by(session, [(row.municipality_id, row.key)])
    return LibraryGuide(
        guide=to_guide(row, m.code),
        municipality_name=m.name,
        used_by=used.get((row.municipality_id, row.key), 0),
    )


def copy_guide(
    session: Session, caller: Caller, code: str, guide_id: str, new_id: str | None
) -> Guide:
    """Copy into the caller's own list as a draft, keeping provenance. The same guide is
    copied once: a second copy is refused, pointing at the first."""
    content.lock_changes(session, caller.municipality_id)
    row, m = _library_row(session, caller, code, guide_id)
    key = new_id or guide_id
    if len(key) > 100:
        raise Invalid("Id'et er for langt.", code="id_too_long")
    for follow in repository.copies_of(session, caller.municipality_id, m.id, row.key):
        existing = content_repo.get(
            session, caller.municipality_id, EntityKind.GUIDE.value, follow.guide_key
        )
        if existing is not None and existing.deleted_at is None:
            raise Conflict(
                {
                    "message": f"Vejledningen er allerede kopieret til jeres liste som "
                    f"»{existing.title}« (id {existing.key}).",
                    "current_revision": existing.revision,
                    "current": guides.renderer(caller)(existing),
                },
                code="already_exists",
            )
    copied = content_of(row.data).model_copy(
        update={
            "status": GuideStatus.DRAFT,
            "published_to_citizens": False,
            "owner": None,
            "review_by": None,
        }
    )
    revision = published_revision(row) or row.revision
    provenance = Provenance(municipality=m.code, guide_id=row.key, revision=revision)
    saved = content.save(
        session,
        caller.municipality_id,
        caller.username,
        guide_write(key, copied, extra=row.data.get("_extra"), copied_from=provenance),
        None,
        create_only=True,
        render=guides.renderer(caller),
    )
    guides.ensure_area(session, caller, copied.area)
    repository.follow(session, caller.municipality_id, key, m.id, row.key, utcnow())
    return guides.present(saved, caller)


# -- following the origin ----------------------------------------------------------------


def _copied_revision(row: ContentRow) -> int | None:
    """The origin revision the copy (or its pending draft) is based on."""
    revisions = []
    for provenance in (provenance_of(row.data), _draft_provenance(row)):
        if provenance is not None:
            revisions.append(provenance.revision)
    return max(revisions) if revisions else None


def _draft_provenance(row: ContentRow) -> Provenance | None:
    draft = draft_of(row)
    if draft is not None and draft.get("copied_from"):
        return Provenance.model_validate(draft["copied_from"])
    return None


def _pending(
    session: Session, caller: Caller
) -> list[tuple[LibraryFollowRow, ContentRow, ContentRow, MunicipalityRow, int]]:
    """(follow, copy, origin, origin municipality, copied revision) of copies whose origin
    has published a version after the one copied and the one dismissed."""
    out = []
    for follow, copy, origin, m in repository.followed(session, caller.municipality_id):
        newest = published_revision(origin)
        copied = _copied_revision(copy)
        if newest is None or copied is None:
            continue
        if newest > max(copied, follow.dismissed_revision or 0):
            out.append((follow, copy, origin, m, copied))
    return out


def _update(copy: ContentRow, origin: ContentRow, m: MunicipalityRow, copied: int) -> LibraryUpdate:
    return LibraryUpdate(
        guide_id=copy.key,
        title=copy.title,
        origin_municipality=m.code,
        origin_municipality_name=m.name,
        origin_guide_id=origin.key,
        copied_revision=copied,
        origin_revision=published_revision(origin) or origin.revision,
    )


def updates(session: Session, caller: Caller) -> list[LibraryUpdate]:
    return [_update(c, o, m, r) for _, c, o, m, r in _pending(session, caller)]


def _one(
    session: Session, caller: Caller, guide_id: str
) -> tuple[LibraryFollowRow, ContentRow, ContentRow, MunicipalityRow, int]:
    for found in _pending(session, caller):
        if found[1].key == guide_id:
            return found
    raise NotFound("Der er ingen ny version fra kilden til denne vejledning.", code="no_update")


def _published(row: RevisionRow | None) -> dict[str, Any] | None:
    """The revision's content when it is a published one."""
    if row is None or not row.data or row.data.get("status") != "published":
        return None
    return row.data


def update_detail(session: Session, caller: Caller, guide_id: str) -> LibraryUpdateDetail:
    _, copy, origin, m, copied = _one(session, caller, guide_id)
    base = content_repo.revision(
        session, origin.municipality_id, EntityKind.GUIDE.value, origin.key, copied
    )
    draft = draft_of(copy)
    local = content_of(draft["content"]) if draft is not None else content_of(copy.data)
    return LibraryUpdateDetail(
        update=_update(copy, origin, m, copied),
        # only a published version of the origin is ever shown (a provenance brought in by
        # an import could name any revision)
        base=content_of(_published(base) or origin.data),
        origin=content_of(origin.data),
        local=local,
    )


def take_update(session: Session, caller: Caller, guide_id: str, body: TakeRequest) -> Guide:
    """The origin's changes (all, or the parts named) in a new draft of the copy; local
    changes are kept."""
    content.lock_changes(session, caller.municipality_id)
    detail = update_detail(session, caller, guide_id)
    copy = content.require_live(session, caller.municipality_id, EntityKind.GUIDE, guide_id)
    merged = take(detail.base, detail.origin, detail.local, body.parts)
    merged = merged.model_copy(update={"status": GuideStatus.DRAFT})
    provenance = Provenance(
        municipality=detail.update.origin_municipality,
        guide_id=detail.update.origin_guide_id,
        revision=detail.update.origin_revision,
    )
    row = guides.write_version(session, caller, copy, merged, copy.revision, copied_from=provenance)
    return guides.present(row, caller)


def dismiss_update(
    session: Session, caller: Caller, guide_id: str, body: DismissRequest
) -> LibraryUpdate:
    """Not this version (the next one is offered again)."""
    follow, copy, origin, m, copied = _one(session, caller, guide_id)
    newest = published_revision(origin) or origin.revision
    follow.dismissed_revision = min(body.revision or newest, newest)
    session.flush()
    return _update(copy, origin, m, copied)


def detach(session: Session, caller: Caller, guide_id: str) -> Detach:
    """The copy no longer follows its origin (for good); its provenance stays as history."""
    content.require_live(session, caller.municipality_id, EntityKind.GUIDE, guide_id)
    follow = repository.follow_of(session, caller.municipality_id, guide_id)
    if follow is None or follow.detached_at is not None:
        raise NotFound("Vejledningen følger ingen kilde.", code="not_following")
    follow.detached_at = utcnow()
    session.flush()
    return Detach(guide_id=guide_id)


# -- offer back --------------------------------------------------------------------------


def suggest(session: Session, caller: Caller, body: SuggestionIn) -> Suggestion:
    """A suggestion from a copy to its origin's feedback inbox."""
    copy = content.require_live(session, caller.municipality_id, EntityKind.GUIDE, body.guide_id)
    follow = repository.follow_of(session, caller.municipality_id, body.guide_id)
    if follow is None:
        raise NotFound("Vejledningen er ikke kopieret fra en anden kommune.", code="no_origin")
    origin = content_repo.get(
        session, follow.origin_municipality_id, EntityKind.GUIDE.value, follow.origin_key
    )
    if origin is None or origin.deleted_at is not None or origin.local_only:
        raise NotFound("Kildevejledningen findes ikke længere.", code="origin_gone")
    draft = draft_of(copy)
    version = content_of(draft["content"]) if draft is not None else content_of(copy.data)
    return feedback.add_suggestion(
        session,
        caller,
        to_municipality_id=follow.origin_municipality_id,
        to_guide_key=follow.origin_key,
        to_revision=_copied_revision(copy),
        from_guide_key=copy.key,
        text=body.text,
        suggested=content_data(version) if body.include_version else None,
    )


def suggestions(session: Session, caller: Caller) -> list[Suggestion]:
    return feedback.sent_suggestions(session, caller)
