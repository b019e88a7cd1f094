"""The message templates in admin mode (Qt-free): save with the revision the edit began
from, the history with who and when, and restore an old version as a new revision. A save
that meets someone else's newer version raises :class:`TemplateConflict` with both; nothing
is overwritten."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from sync_server.protocol import MessageTemplates, TemplateRevision

from ..core.errors import Rejected, VejviserError, refusal
from .admin import AdminService, InvalidGuide

#: The template fields, in the editor's order.
TEMPLATE_FIELDS = (
    "sender_name",
    "sms_sender",
    "reply_to",
    "mail_subject",
    "signature",
    "sms_text",
    "mail_text",
)


class TemplateConflict(VejviserError):
    """Someone else saved the templates since the edit began: both versions."""

    def __init__(self, mine: dict[str, Any], theirs: MessageTemplates) -> None:
        super().__init__(
            "Skabelonerne er ændret af en anden imens. Se begge udgaver og flet dem.",
            code="conflict",
        )
        self.mine = mine
        self.theirs = theirs


class TemplateAdmin:
    def __init__(self, admin: AdminService) -> None:
        self.admin = admin

    def templates(self) -> MessageTemplates:
        return self.admin.templates()

    def history(self) -> list[TemplateRevision]:
        """Every saved version, newest first."""
        api = self.admin.client()
        try:
            found = api.template_history()
        finally:
            api.api.close()
        return sorted(found, key=lambda r: r.revision, reverse=True)

    def save(self, data: dict[str, Any]) -> MessageTemplates:
        """Save ``data`` (its ``revision``: the one the edit began from)."""
        try:
            body = MessageTemplates.model_validate(data)
        except ValidationError as exc:
            raise refusal(exc, InvalidGuide) from exc
        api = self.admin.client()
        try:
            return api.api.put_message_templates(body)
        except Rejected as exc:
            if exc.status == 409:
                raise TemplateConflict(data, self._current(exc, api)) from exc
            raise
        finally:
            api.api.close()

    @staticmethod
    def _current(exc: Rejected, api: Any) -> MessageTemplates:
        detail = exc.detail if isinstance(exc.detail, dict) else {}
        current = detail.get("current")
        if isinstance(current, dict):
            return MessageTemplates.model_validate(current)
        fresh: MessageTemplates = api.api.message_templates()
        return fresh

    def restore(self, old: TemplateRevision, newest: int) -> MessageTemplates:
        """``old`` again as a new revision on top of ``newest`` (the newest the admin saw;
        a newer one on the server: TemplateConflict)."""
        data = old.templates.model_dump(mode="json", exclude={"customised"})
        return self.save({**data, "revision": newest})
