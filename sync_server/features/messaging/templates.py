"""A municipality's message templates: stored ones, or the Danish defaults in resources/."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import MessageTemplateRow, MunicipalityRow, RevisionRow
from ...errors import Conflict
from ...principal import Caller
from ...protocol import MessageTemplates, TemplateRevision, utcnow
from ...resources import resources_dir

_FILES = {
    "signature": "signature.txt",
    "sms_text": "sms.txt",
    "mail_subject": "mail_subject.txt",
    "mail_text": "mail.txt",
}
#: The templates' history is kept with the content revisions under this kind and key.
HISTORY_KIND = "templates"
_TRANSLIT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


@lru_cache(maxsize=1)
def _default_texts() -> dict[str, str]:
    folder = resources_dir() / "templates" / "messages"
    return {
        key: (folder / name).read_text(encoding="utf-8").strip("\n") for key, name in _FILES.items()
    }


def default_sms_sender(name: str) -> str:
    """An alphanumeric sender (≤ 11, no æøå) from the municipality's name."""
    ascii_name = unicodedata.normalize("NFKD", name.translate(_TRANSLIT))
    letters = re.sub(r"[^A-Za-z0-9]", "", ascii_name.encode("ascii", "ignore").decode())
    return letters[:11] or "Kommune"


def default_templates(municipality_name: str, sms_sender: str | None = None) -> MessageTemplates:
    return MessageTemplates(
        sender_name=municipality_name,
        sms_sender=sms_sender or default_sms_sender(municipality_name),
        **_default_texts(),
    )


def load(
    session: Session, municipality_id: int, fallback_sms_sender: str | None = None
) -> MessageTemplates:
    row = session.get(MessageTemplateRow, municipality_id)
    if row is not None:
        return MessageTemplates.model_validate(
            {**row.data, "revision": row.revision, "customised": True}
        )
    municipality = session.get_one(MunicipalityRow, municipality_id)
    return default_templates(municipality.name, fallback_sms_sender)


def save(session: Session, caller: Caller, body: MessageTemplates) -> MessageTemplates:
    """Replace the templates; ``body.revision`` must be the current one (0: defaults)."""
    row = session.get(MessageTemplateRow, caller.municipality_id, with_for_update=True)
    current = row.revision if row is not None else 0
    if body.revision != current:
        raise Conflict(
            {
                "message": "Skabelonerne er ændret af en anden imens. Se den nye udgave, "
                "og gem igen.",
                "current_revision": current,
                "current": load(session, caller.municipality_id).model_dump(mode="json"),
            },
            code="stale_revision",
        )
    data = body.model_dump(mode="json", exclude={"revision", "customised"})
    now = utcnow()
    if row is None:
        row = MessageTemplateRow(
            municipality_id=caller.municipality_id,
            data=data,
            revision=1,
            updated_by=caller.pseudonym,
            updated_at=now,
        )
        session.add(row)
    else:
        row.data = data
        row.revision = current + 1
        row.updated_by = caller.pseudonym
        row.updated_at = now
    session.add(
        RevisionRow(
            municipality_id=caller.municipality_id,
            kind=HISTORY_KIND,
            key=HISTORY_KIND,
            revision=row.revision,
            data=data,
            author=caller.username,
            created_at=now,
        )
    )
    session.flush()
    return MessageTemplates.model_validate({**data, "revision": row.revision, "customised": True})


def history(session: Session, caller: Caller) -> list[TemplateRevision]:
    """Every saved version of the municipality's templates (those saved since history was
    kept), oldest first."""
    rows = session.scalars(
        select(RevisionRow)
        .where(
            RevisionRow.municipality_id == caller.municipality_id,
            RevisionRow.kind == HISTORY_KIND,
            RevisionRow.key == HISTORY_KIND,
        )
        .order_by(RevisionRow.revision)
    )
    return [
        TemplateRevision(
            revision=row.revision,
            updated_at=row.created_at,
            author=row.author,
            templates=MessageTemplates.model_validate(
                {**(row.data or {}), "revision": row.revision, "customised": True}
            ),
        )
        for row in rows
    ]
