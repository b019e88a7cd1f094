"""Build pull batches from the municipality's change sequence."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ... import metrics
from ...content import repository as content_repo
from ...principal import Caller
from ...protocol import EntityKind, PullBatch, Tombstone
from ..citizen import service as citizen
from ..directory.specs import AREAS, CONTACTS, FAQ, SYNONYMS
from ..guides import service as guides
from ..hotline import service as hotline
from ..municipalities import service as municipalities
from ..searchlog import service as searchlog


def pull(
    session: Session,
    caller: Caller,
    since: int,
    limit: int,
    history: str | None = None,
    member: str | None = None,
) -> PullBatch:
    """Changes after ``since`` in the desktop's ``history``. A cursor the server never
    issued (ahead of it) or another history starts a full pull flagged ``reset``.

    ``member``: a hotline reads an admitted member's published staff content (never its
    drafts, local-only guides or learned terms) in that member's history."""
    own = caller
    caller = hotline.member_scope(session, caller, member)
    as_hotline = caller is not own
    municipality = municipalities.municipality_of(session, caller)
    reset = since > 0 and (
        since > municipality.change_seq
        or (history is not None and history != municipality.sync_history)
    )
    if reset:
        since = 0
    rows = content_repo.changes_since(session, caller.municipality_id, since, limit + 1)
    has_more = len(rows) > limit
    rows = rows[:limit]
    batch = PullBatch(
        cursor=rows[-1].change_seq if rows else since,
        has_more=has_more,
        history=municipality.sync_history,
        reset=reset,
        public_base_url=citizen.public_base_url(session, caller.municipality_id),
    )
    blobs: set[str] = set()
    code = caller.municipality_code
    for row in rows:
        kind = EntityKind(row.kind)
        if row.deleted_at is not None:
            batch.tombstones.append(Tombstone(kind=kind, id=row.key, municipality=code))
        elif kind is EntityKind.GUIDE and as_hotline and row.local_only:
            if since > 0:  # never shared outside the municipality; it may have been before
                batch.tombstones.append(Tombstone(kind=kind, id=row.key, municipality=code))
        elif kind is EntityKind.GUIDE and not guides.visible(row, caller):
            # staff never get a draft, not even its id; a guide they may hold (published
            # before, a draft now after an import) goes
            if since > 0 and guides.was_published(session, caller, row):
                batch.tombstones.append(Tombstone(kind=kind, id=row.key, municipality=code))
        elif kind is EntityKind.GUIDE:
            guide = guides.present(row, caller)
            batch.guides.append(guide)
            blobs.update(step.image for step in guide.steps if step.image and len(step.image) == 64)
        elif kind is EntityKind.AREA:
            batch.areas.append(AREAS.read(row, code))
        elif kind is EntityKind.FAQ:
            batch.faq.append(FAQ.read(row, code))
        elif kind is EntityKind.CONTACT:
            batch.contacts.append(CONTACTS.read(row, code))
        else:
            batch.synonyms.append(SYNONYMS.read(row, code))
    batch.blobs = sorted(blobs)
    if not has_more and not as_hotline:
        batch.learned_terms = searchlog.learned_terms(session, caller)
    metrics.SYNC_PULLS.labels(str(reset).lower()).inc()
    return batch
