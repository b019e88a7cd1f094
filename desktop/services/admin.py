"""The administrator's work on the municipality's content (Qt-free).

Guides are written through the server at once when it can be reached; the edit in progress
is autosaved in the local cache first (``store.admin_drafts``), so a crash, a restart or the
network going away loses nothing. A save or publish asked for while offline is kept and sent
by :meth:`AdminService.send_pending` when the server is back. A save based on a stale revision
raises :class:`EditConflict` with both versions; nothing is overwritten.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from pydantic import ValidationError

from sync_server.protocol import (
    AdminOverview,
    Contact,
    Feedback,
    FeedbackAnswer,
    FeedbackStatus,
    Guide,
    GuideRevision,
    GuideStatus,
    GuideWrite,
    Hotline,
    MessageTemplates,
    OverviewItem,
    PasswordReset,
    PasswordResetResult,
    Referral,
    RestoreRequest,
    Role,
    RuleViolation,
    SearchReview,
    UserAccount,
    UserCreate,
    UserUpdate,
    normalise_email,
    normalise_phone,
)

from ..core.errors import NotLoggedIn, Rejected, ServerUnreachable, VejviserError, refusal
from ..store import admin_drafts, admin_forms, content, scope
from ..store.admin_drafts import AdminDraft
from ..store.admin_forms import KeptForm
from ..store.blobs import BlobStore
from ..store.db import Cache
from ..sync.admin_api import AdminApi
from ..sync.transport import ApiClient

T = TypeVar("T")
#: A link staff open for citizens: https only, a host with a dot, no spaces.
HTTPS = re.compile(r"^https://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$")

#: A screenshot older than this is flagged as possibly stale.
SCREENSHOT_MAX_AGE = timedelta(days=365)  # as the server's overview


class InvalidGuide(VejviserError):
    """The editor's content breaks a rule of the contract (shown as it is)."""


class EditConflict(VejviserError):
    """Someone else saved the guide since the edit began: both versions, nothing lost."""

    def __init__(self, mine: GuideWrite, theirs: Guide) -> None:
        super().__init__(
            "Nogen har ændret vejledningen imens. Se begge versioner og flet dem.",
            code="conflict",
        )
        self.mine = mine
        self.theirs = theirs


@dataclass
class Overview:
    """What needs the admin's work, at a glance: the server's overview, or offline one made
    from the cached guides; and the edits kept on this computer."""

    server: AdminOverview = field(default_factory=AdminOverview)
    local_edits: list[AdminDraft] = field(default_factory=list)
    offline: bool = False


def review_date(guide: Guide) -> date | None:
    """The "review by" date (the contract's ``review_by`` when present, else none)."""
    value = getattr(guide, "review_by", None)
    return value if isinstance(value, date) else None


def screenshot_stale(guide: Guide, today: date | None = None) -> bool:
    """A step's screenshot is older than :data:`SCREENSHOT_MAX_AGE` (its own date, else the
    guide's last check), or the contract marks it stale."""
    today = today or datetime.now(UTC).date()
    for step in guide.steps:
        if not step.image:
            continue
        if getattr(step, "image_stale", False):
            return True
        taken = getattr(step, "image_date", None) or guide.last_checked
        if isinstance(taken, datetime):
            taken = taken.date()
        if isinstance(taken, date) and today - taken > SCREENSHOT_MAX_AGE:
            return True
    return False


def check_referral(ref: Referral) -> Referral:
    """Phone and e-mail in their normal forms; a clear Danish error otherwise."""
    try:
        phone = normalise_phone(ref.phone).display if ref.phone else None
        email = normalise_email(ref.email) if ref.email else None
    except RuleViolation as exc:
        raise InvalidGuide(str(exc.args[-1]) if exc.args else str(exc), code="invalid") from exc
    return ref.model_copy(update={"phone": phone, "email": email})


def build_write(data: dict[str, Any]) -> GuideWrite:
    """The editor's fields as a checked :class:`GuideWrite` (raises :class:`InvalidGuide`)."""
    try:
        write = GuideWrite.model_validate(data)
    except ValidationError as exc:
        raise refusal(exc, InvalidGuide) from exc
    links = [write.self_service_url, *(ref.url for ref in write.referral)]
    for link in links:
        if link and not HTTPS.match(link):
            raise InvalidGuide(
                f"»{link}« er ikke en gyldig https-adresse. Skriv hele adressen, "
                "fx https://www.borger.dk.",
                code="invalid",
            )
    return write.model_copy(update={"referral": [check_referral(r) for r in write.referral]})


def image_type(data: bytes) -> str:
    """The content type of a screenshot by its first bytes."""
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "image/jpeg"


def new_guide_id(title: str) -> str:
    """A readable, unique id from the title (a–z, 0–9 and dashes)."""
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
    slug = "".join(
        c if c.isascii() and c.isalnum() else "-" for c in title.lower().translate(table)
    )
    slug = "-".join(part for part in slug.split("-") if part)[:40] or "vejledning"
    return f"{slug}-{uuid.uuid4().hex[:6]}"


class AdminService:
    def __init__(
        self, cache: Cache, blobs: BlobStore, api: Callable[[], ApiClient] | None = None
    ) -> None:
        self.cache = cache
        self.blobs = blobs
        self.api = api

    def client(self) -> AdminApi:
        """The admin calls with the session's server and token (NotLoggedIn without one);
        close its ``api`` after use."""
        if self.api is None:
            raise NotLoggedIn("Log ind som administrator.", code="not_logged_in")
        plain = self.api()
        if plain.token is None:
            plain.close()
            raise NotLoggedIn("Log ind som administrator.", code="not_logged_in")
        return AdminApi(plain)

    def _call(self, work: Callable[[AdminApi], T]) -> T:
        admin = self.client()
        try:
            return work(admin)
        finally:
            admin.api.close()

    # -- guides -----------------------------------------------------------------------------
    def guides(self) -> tuple[list[Guide], bool]:
        """The municipality's guides, drafts included; offline the cached ones (and True)."""
        try:
            found = self._call(lambda api: api.guides())
        except ServerUnreachable:
            return content.guides(self.cache, published_only=False), True
        return sorted(found, key=lambda g: g.title.casefold()), False

    def guide(self, guide_id: str) -> Guide:
        try:
            return self._call(lambda api: api.guide(guide_id))
        except ServerUnreachable:
            cached = content.get_guide(self.cache, guide_id)
            if cached is None:
                raise
            return cached

    def areas(self) -> list[str]:
        return [area.name for area in content.areas(self.cache)]

    def contacts(self) -> list[Contact]:
        """The contacts directory referral cards are picked from (the synced copy)."""
        return content.contacts(self.cache)

    def overview(self, today: date | None = None) -> Overview:
        local = admin_drafts.all_drafts(self.cache)
        try:
            return Overview(self._call(lambda api: api.overview()), local)
        except ServerUnreachable:
            return Overview(self.cached_overview(today), local, offline=True)

    def cached_overview(self, today: date | None = None) -> AdminOverview:
        """Offline: drafts, review dates and screenshot ages of the synced guides."""
        today = today or datetime.now(UTC).date()
        out = AdminOverview()
        for guide in content.guides(self.cache, published_only=False):
            if guide.status == GuideStatus.DRAFT:
                out.drafts.append(
                    OverviewItem(guide_id=guide.id, title=guide.title, reason="draft")
                )
            due = review_date(guide)
            if due is not None and due < today:
                out.past_review.append(
                    OverviewItem(
                        guide_id=guide.id, title=guide.title, reason="past_review", since=due
                    )
                )
            if screenshot_stale(guide, today):
                out.stale_screenshots.append(
                    OverviewItem(guide_id=guide.id, title=guide.title, reason="stale_screenshot")
                )
        return out

    # -- the edit in progress ----------------------------------------------------------------
    def autosave(self, key: str, write: dict[str, Any], base_revision: int | None) -> None:
        """Keep the editor's fields as they are (checked or not) in the local cache."""
        admin_drafts.save(
            self.cache,
            key,
            guide_id=write.get("id") or None,
            title=str(write.get("title") or ""),
            base_revision=base_revision,
            body=json.dumps(write, ensure_ascii=False, default=str),
        )

    def local_edit(self, key: str) -> dict[str, Any] | None:
        draft = admin_drafts.get(self.cache, key)
        return None if draft is None else dict(json.loads(draft.body))

    def local_edits(self) -> list[AdminDraft]:
        return admin_drafts.all_drafts(self.cache)

    def discard_local(self, key: str) -> None:
        admin_drafts.discard(self.cache, key)

    # -- unsaved directory and template forms (never among the guide edits above) ---------------
    def form_key(self, *parts: str) -> str:
        """The local key of a form: its parts after the home municipality, e.g.
        ``form_key("directory", "faq", "new")`` or ``form_key("templates")``."""
        first, *rest = parts
        return ":".join((first, scope.home(self.cache), *rest))

    def keep_form(self, key: str, data: dict[str, Any], base_revision: int | None) -> None:
        """Keep a directory or template form as typed until it is saved or discarded."""
        admin_forms.save(self.cache, key, data, base_revision)

    def kept_form(self, key: str) -> KeptForm | None:
        return admin_forms.get(self.cache, key)

    def discard_form(self, key: str) -> None:
        admin_forms.discard(self.cache, key)

    def save(self, key: str, write: GuideWrite, status: GuideStatus) -> Guide:
        """Save as draft or publish. Offline: kept to be sent later (ServerUnreachable is
        raised after the edit is stored with the status asked for). 409: EditConflict."""
        body = write.model_copy(update={"status": status})
        admin_drafts.save(
            self.cache,
            key,
            guide_id=body.id,
            title=body.title,
            base_revision=body.base_revision,
            body=body.model_dump_json(),
            send=status.value,
        )
        try:
            saved = self._call(lambda api: self._put(api, body))
        except Rejected as exc:
            if exc.status == 409:
                raise EditConflict(body, self._current(exc, body)) from exc
            raise
        admin_drafts.discard(self.cache, key)
        return saved

    def _put(self, api: AdminApi, body: GuideWrite) -> Guide:
        for step in body.steps:  # screenshots made on this computer go first (idempotent)
            if step.image and self.blobs.has(step.image):
                data = self.blobs.path(step.image).read_bytes()
                api.api.upload_blob(data, image_type(data))
        if body.base_revision is None:
            return api.create_guide(body)
        assert body.id is not None
        return api.save_guide(body.id, body)

    def _current(self, exc: Rejected, body: GuideWrite) -> Guide:
        detail = exc.detail if isinstance(exc.detail, dict) else {}
        current = detail.get("current")
        if isinstance(current, dict):
            return Guide.model_validate(current)
        assert body.id is not None
        return self._call(lambda api: api.guide(str(body.id)))

    def send_pending(self) -> tuple[list[Guide], list[EditConflict]]:
        """Send the saves asked for while offline; conflicts are kept for the admin."""
        sent: list[Guide] = []
        conflicts: list[EditConflict] = []
        for draft in admin_drafts.to_send(self.cache):
            write = GuideWrite.model_validate_json(draft.body)
            try:
                sent.append(self.save(draft.key, write, GuideStatus(draft.send or "draft")))
            except EditConflict as conflict:
                conflicts.append(conflict)
        return sent, conflicts

    # -- history ----------------------------------------------------------------------------
    def revisions(self, guide_id: str) -> list[GuideRevision]:
        found = self._call(lambda api: api.history(guide_id))
        return sorted(found, key=lambda r: r.revision, reverse=True)

    def restore(self, guide_id: str, revision: int, newest: int | None = None) -> Guide:
        """``revision`` again as a new revision; ``newest``: the one the admin saw (409 if
        someone saved since)."""
        body = RestoreRequest(revision=revision, base_revision=newest)
        return self._call(lambda api: api.restore(guide_id, body))

    # -- screenshots ------------------------------------------------------------------------
    def upload_screenshot(self, data: bytes, content_type: str) -> str:
        """Upload the (already redacted) image; kept locally too so the preview shows it."""
        sha = self._call(lambda api: api.api.upload_blob(data, content_type))
        self.blobs.put(sha, data)
        return sha

    # -- feedback ---------------------------------------------------------------------------
    def feedback(self) -> list[Feedback]:
        found = self._call(lambda api: api.feedback())
        return sorted(found, key=lambda f: f.created_at, reverse=True)

    def answer_feedback(self, item: Feedback, answer: str, status: FeedbackStatus) -> Feedback:
        try:
            body = FeedbackAnswer(
                answer=answer.strip() or None, status=status, base_revision=item.revision
            )
        except ValidationError as exc:
            raise refusal(exc, InvalidGuide) from exc
        return self._call(lambda api: api.answer_feedback(str(item.id), body))

    # -- templates --------------------------------------------------------------------------
    def templates(self) -> MessageTemplates:
        return self._call(lambda api: api.api.message_templates())

    def save_templates(self, data: dict[str, Any]) -> MessageTemplates:
        try:
            templates = MessageTemplates.model_validate(data)
        except ValidationError as exc:
            raise refusal(exc, InvalidGuide) from exc
        return self._call(lambda api: api.api.put_message_templates(templates))

    # -- searches without an answer, learned search terms -------------------------------------
    def search_review(self) -> SearchReview:
        return self._call(lambda api: api.search_review())

    def reject_learned(self, guide_id: str, term: str) -> SearchReview:
        def work(api: AdminApi) -> SearchReview:
            api.reject_learned(guide_id, term)
            return api.search_review()

        return self._call(work)

    def adopt_term(self, guide_id: str, term: str) -> SearchReview:
        def work(api: AdminApi) -> SearchReview:
            api.adopt_term(guide_id, term)
            return api.search_review()

        return self._call(work)

    def adopt_miss(self, query: str, guide_id: str) -> SearchReview:
        """Add a search without an answer to a guide as a search term; the review after."""

        def work(api: AdminApi) -> SearchReview:
            api.adopt_miss(query, guide_id)
            return api.search_review()

        return self._call(work)

    # -- accounts ---------------------------------------------------------------------------
    # -- shared hotlines (a municipality's admin) -----------------------------------------
    def hotlines(self) -> list[Hotline]:
        """Every shared hotline, and whether this municipality lets it read its guides."""
        return self._call(lambda admin: admin.api.hotlines())

    def set_hotline_access(self, code: str, admitted: bool) -> list[Hotline]:
        """Admit or dismiss a hotline; answers the list as it is now."""
        if admitted:
            return self._call(lambda admin: admin.api.admit_hotline(code))
        return self._call(lambda admin: admin.api.dismiss_hotline(code))

    def users(self) -> list[UserAccount]:
        return sorted(self._call(lambda api: api.users()), key=lambda u: u.username)

    def create_user(
        self, username: str, display_name: str, role: Role, password: str
    ) -> UserAccount:
        try:
            body = UserCreate(
                username=username, display_name=display_name, role=role, password=password
            )
        except ValidationError as exc:
            raise refusal(exc, InvalidGuide) from exc
        return self._call(lambda api: api.create_user(body))

    def change_role(self, user_id: int, role: Role) -> UserAccount:
        return self._call(lambda api: api.update_user(user_id, UserUpdate(role=role)))

    def reset_password(self, user_id: int) -> PasswordResetResult:
        """A new password made by the server, answered once; the user chooses their own at
        the next login."""
        return self._call(lambda api: api.reset_password(user_id, PasswordReset()))

    def deactivate(self, user_id: int) -> None:
        self._call(lambda api: api.deactivate_user(user_id))
