"""Send a guide to the citizen by SMS or e-mail (Qt-free; the "Send til borger" dialog sits
on top of this).

The flow for the UI:

1. ``draft = messaging.compose(guide, MessageChannel.SMS)`` — the text from the guide's level 1,
   its self-service link, the referral phone where useful and the municipality's signature,
   using the municipality's templates (fetched from the server with ``refresh_templates()``
   and cached; the Danish defaults from ``resources/templates/messages`` until then).
2. While the user types: ``messaging.check_recipient(channel, text)`` (raises
   :class:`InvalidRecipient` with a Danish message; ``.display`` is "+45 12 34 56 78") and
   ``count_sms(body)`` / ``describe(...)`` from :mod:`desktop.core.sms` for the counter.
3. ``state = messaging.send(draft.edited(body, subject), recipient)`` — sends through the
   server now (a hotline's draft names the member it was composed for: the server sends it
   under that member's sender name, even if the agent picks another caller meanwhile) and
   returns its :class:`MessageState`. When the server cannot be reached it
   raises :class:`ServerUnreachable` (or ServerFailed/AuthenticationFailed) and keeps the
   request **in memory only**: ``retry(id)`` sends it again with the same id (the server
   never sends twice), ``discard(id)`` forgets it. The recipient is never written to disk.
4. ``refresh()`` polls the states that may still change (an SMS waits for its delivery
   report); ``states_for_guide(guide_id)`` lists what was sent from a guide.

Listeners (``subscribe``) hear every new state; ``on_sent`` runs once per message the server
accepted (the running contact counts it: ``contact.note_message_sent``).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

from pydantic import ValidationError

from sync_server.protocol import (
    Guide,
    MessageChannel,
    MessageRequest,
    MessageState,
    MessageStatus,
    MessageTemplates,
)

from ..core.errors import (
    AuthenticationFailed,
    NotLoggedIn,
    Rejected,
    ServerFailed,
    ServerUnreachable,
    VejviserError,
    refusal,
)
from ..core.message_text import (
    Draft,
    InvalidRecipient,
    Recipient,
    check_recipient,
    compose,
    default_templates,
    fill,
    gsm_friendly,
)
from ..store import Cache
from ..store import members as members_store
from ..store import messages as store
from ..store.db import set_meta
from ..sync.transport import ApiClient

__all__ = [
    "Draft",
    "InvalidRecipient",
    "MessagingService",
    "Recipient",
    "check_recipient",
    "default_templates",
    "fill",
    "gsm_friendly",
]

log = logging.getLogger("vejviser.messaging")

ApiFactory = Callable[[], ApiClient]
Listener = Callable[[MessageState], None]

_TEMPLATES_KEY = "message_templates"
_REFRESH_WINDOW = timedelta(days=2)


class MessagingService:
    def __init__(
        self,
        cache: Cache,
        api: ApiFactory | None = None,
        *,
        municipality_name: str = "",
        on_sent: Callable[[MessageState], None] | None = None,
        current_registration: Callable[[], UUID | None] | None = None,
        caller: Callable[[], str | None] | None = None,
    ) -> None:
        """``caller``: a shared hotline's caller's municipality (its templates and sender
        name are used while it is picked)."""
        self.cache = cache
        self._api_factory = api
        self.municipality_name = municipality_name
        self._on_sent = on_sent
        self._current_registration = current_registration
        self._lock = threading.Lock()
        self._pending: dict[UUID, MessageRequest] = {}
        self._announced: set[UUID] = set()
        self._listeners: list[Listener] = []
        self._templates: dict[str, MessageTemplates] = {}
        self._caller = caller or (lambda: None)

    # -- listeners ---------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, states: Iterable[MessageState]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for state in states:
            for listener in listeners:
                try:
                    listener(state)
                except Exception:  # a listener's bug must not undo a sent message
                    log.exception("message listener failed")

    # -- templates ---------------------------------------------------------------------------
    def _sender(self, member: str | None) -> str:
        if member:
            found = members_store.get(self.cache, member)
            if found is not None:
                return found.sender_name or found.name
        return self.municipality_name

    def templates(self, member: str | None = None) -> MessageTemplates:
        """The municipality's templates (a hotline: the member's when ``member`` is given,
        by default the caller's municipality's): last fetched, else the shipped defaults."""
        member = member if member is not None else self._caller()
        key = member or ""
        with self._lock:
            if key in self._templates:
                return self._templates[key]
        raw = self.cache.meta(f"{_TEMPLATES_KEY}:{member}" if member else _TEMPLATES_KEY)
        templates: MessageTemplates | None = None
        if raw:
            try:
                templates = MessageTemplates.model_validate_json(raw)
            except ValidationError:
                log.warning("cached message templates unreadable; using the defaults")
        if templates is None:
            return default_templates(self._sender(member))
        with self._lock:
            self._templates[key] = templates
        return templates

    def refresh_templates(self, member: str | None = None) -> MessageTemplates:
        """Fetch the templates from the server and cache them; offline, keep the last ones.
        A hotline fetches the caller's municipality's (or ``member``'s)."""
        member = member if member is not None else self._caller()
        try:
            api = self._api()
            try:
                templates = api.message_templates(member)
            finally:
                api.close()
        except VejviserError as exc:
            log.info("message templates not refreshed: %s", exc.code)
            return self.templates(member)
        with self.cache.transaction() as conn:
            key = f"{_TEMPLATES_KEY}:{member}" if member else _TEMPLATES_KEY
            set_meta(conn, key, templates.model_dump_json())
        with self._lock:
            self._templates[member or ""] = templates
        return templates

    # -- composing ---------------------------------------------------------------------------
    def compose(self, guide: Guide, channel: MessageChannel) -> Draft:
        """The message for ``guide``; a hotline's is the caller's municipality's (its
        templates, and the server sends it under that member's sender name)."""
        member = self._caller()
        draft = compose(guide, channel, self.templates(member), self._sender(member))
        return dataclasses.replace(draft, member=member)

    check_recipient = staticmethod(check_recipient)

    # -- sending -----------------------------------------------------------------------------
    def _api(self) -> ApiClient:
        if self._api_factory is None:
            raise NotLoggedIn("Log ind for at sende beskeder.", code="no_profile")
        return self._api_factory()

    def send(self, draft: Draft, recipient: str, *, message_id: UUID | None = None) -> MessageState:
        """Send now through the server; returns its state (sent, failed with the reason …)."""
        target = check_recipient(draft.channel, recipient)
        body = draft.body.strip()
        if not body:
            raise VejviserError("Skriv en besked, før du sender den.", code="empty")
        subject = (draft.subject or "").strip() or None
        if draft.channel is MessageChannel.EMAIL and subject is None:
            raise VejviserError("Skriv et emne til e-mailen.", code="subject_empty")
        registration = self._current_registration() if self._current_registration else None
        try:
            request = MessageRequest(
                id=message_id or uuid4(),
                guide_id=draft.guide_id,
                channel=draft.channel,
                recipient=target.value,
                subject=subject if draft.channel is MessageChannel.EMAIL else None,
                body=body,
                registration_id=registration,
                member=draft.member,
            )
        except ValidationError as exc:
            raise refusal(exc, VejviserError) from None
        return self._deliver(request)

    def _deliver(self, request: MessageRequest) -> MessageState:
        try:
            api = self._api()
            try:
                state = api.send_message(request)
            finally:
                api.close()
        except (ServerUnreachable, ServerFailed, AuthenticationFailed, NotLoggedIn):
            with self._lock:  # in memory only: the recipient never reaches the disk
                self._pending[request.id] = request
            raise
        except Rejected:
            with self._lock:
                self._pending.pop(request.id, None)
            raise
        with self._lock:
            self._pending.pop(request.id, None)
            first = state.status is not MessageStatus.FAILED and state.id not in self._announced
            if first:
                self._announced.add(state.id)
        registration = str(request.registration_id) if request.registration_id else None
        store.save(self.cache, [state], registration)
        if first and self._on_sent is not None:
            try:
                self._on_sent(state)
            except Exception:
                log.exception("on_sent failed")
        self._emit([state])
        return state

    def pending_ids(self) -> list[UUID]:
        """Requests the server did not get (offline): they can be retried or discarded."""
        with self._lock:
            return list(self._pending)

    def retry(self, message_id: UUID) -> MessageState:
        """Send a kept request again, with the same id: the server never sends it twice."""
        with self._lock:
            request = self._pending.get(message_id)
        if request is None:
            raise VejviserError("Beskeden er ikke længere klar til at blive sendt.", code="gone")
        return self._deliver(request)

    def discard(self, message_id: UUID) -> None:
        with self._lock:
            self._pending.pop(message_id, None)

    # -- states ------------------------------------------------------------------------------
    def refresh(self, ids: Iterable[UUID] | None = None) -> list[MessageState]:
        """Ask the server for the current states (default: the ones that may still change)
        and store them. Unknown ids are skipped."""
        wanted = (
            list(ids)
            if ids is not None
            else store.unfinished(self.cache, datetime.now(UTC) - _REFRESH_WINDOW)
        )
        if not wanted:
            return []
        states: list[MessageState] = []
        api = self._api()
        try:
            for message_id in wanted:
                try:
                    states.append(api.message_state(message_id))
                except Rejected as exc:
                    if exc.status != 404:
                        raise
        finally:
            api.close()
        changed = [s for s in states if store.get(self.cache, s.id) != s]
        store.save(self.cache, states)
        self._emit(changed)
        return states

    def state(self, message_id: UUID) -> MessageState | None:
        return store.get(self.cache, message_id)

    def states_for_guide(self, guide_id: str, limit: int = 20) -> list[MessageState]:
        return store.for_guide(self.cache, guide_id, limit)

    def states_for_contact(self, registration_id: UUID) -> list[MessageState]:
        return store.for_registration(self.cache, str(registration_id))
