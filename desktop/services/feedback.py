"""Staff feedback on a guide, queued in the outbox for the server."""

from __future__ import annotations

from uuid import uuid4

from pydantic import ValidationError

from sync_server.protocol import FeedbackIn, FeedbackKind, utcnow

from ..core.errors import VejviserError, refusal
from ..store import Cache, outbox
from ..store.scope import home

MAX_TEXT = 4000  # the contract's limit of free text


class FeedbackService:
    def __init__(self, cache: Cache) -> None:
        self.cache = cache

    def send(
        self,
        guide_id: str,
        guide_revision: int | None,
        kind: FeedbackKind,
        text: str,
        municipality: str | None = None,
    ) -> FeedbackIn:
        """Queue feedback on a guide. ``municipality``: the guide's; a shared hotline's
        feedback on a member's guide names it (it lands in that member's inbox)."""
        if municipality in ("", home(self.cache)):
            municipality = None
        if not text.strip():
            raise VejviserError("Skriv din feedback, før du sender den.", code="empty")
        if len(text.strip()) > MAX_TEXT:
            raise VejviserError(
                f"Feedbacken er for lang ({len(text.strip())} tegn). Der er plads til "
                f"højst {MAX_TEXT:,} tegn.".replace(",", "."),
                code="too_long",
            )
        try:
            item = FeedbackIn(
                id=uuid4(),
                guide_id=guide_id,
                guide_revision=guide_revision,
                kind=kind,
                text=text.strip(),
                created_at=utcnow(),
                municipality=municipality,
            )
        except ValidationError as exc:
            raise refusal(exc, VejviserError) from None
        outbox.add(self.cache, "feedback", str(item.id), item.model_dump_json())
        return item
