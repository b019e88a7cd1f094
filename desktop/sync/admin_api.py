"""The admin routes of the sync server as typed calls (admin mode and the shared library).

A thin layer over :class:`~desktop.sync.transport.ApiClient`: the same errors (``Rejected``
with the server's Danish message, code and detail — a 409 carries ``detail["current"]``),
the same token and protocol version.
"""

from __future__ import annotations

from typing import Any, TypeVar
from urllib.parse import quote

from pydantic import BaseModel, TypeAdapter

from sync_server.protocol import (
    AdminOverview,
    AreaRename,
    Contact,
    Detach,
    FaqEntry,
    Feedback,
    FeedbackAnswer,
    FeedbackStatus,
    Guide,
    GuideRevision,
    GuideStatus,
    GuideWrite,
    LibraryGuide,
    LibraryUpdate,
    LibraryUpdateDetail,
    MissAdoption,
    PasswordReset,
    PasswordResetResult,
    RestoreRequest,
    SearchReview,
    ServiceArea,
    Suggestion,
    SuggestionIn,
    SynonymGroup,
    TemplateRevision,
    TermDecision,
    UserAccount,
    UserCreate,
    UserUpdate,
)

from .transport import ApiClient

M = TypeVar("M", bound=BaseModel)


def _q(key: str) -> str:
    return quote(key, safe="")


def _list(model: type[M], data: Any) -> list[M]:
    return TypeAdapter(list[model]).validate_python(data)  # type: ignore[valid-type]


class AdminApi:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def _get(self, model: type[M], path: str, **params: Any) -> M:
        return model.model_validate(self.api._request("GET", path, params=params or None))

    def _send(self, model: type[M], method: str, path: str, body: Any = None, **params: Any) -> M:
        json = body.model_dump(mode="json", exclude_unset=False) if body is not None else None
        data = self.api._request(method, path, json=json, params=params or None)
        return model.model_validate(data)

    # -- guides ------------------------------------------------------------------------
    def guides(self, status: GuideStatus | None = None) -> list[Guide]:
        params = {"status": status.value} if status else None
        return _list(Guide, self.api._request("GET", "/guides", params=params))

    def guide(self, guide_id: str) -> Guide:
        return self._get(Guide, f"/guides/{_q(guide_id)}")

    def create_guide(self, body: GuideWrite) -> Guide:
        return self._send(Guide, "POST", "/guides", body)

    def save_guide(self, guide_id: str, body: GuideWrite) -> Guide:
        """Publish (``status`` published) or save a draft; ``base_revision`` required."""
        return self._send(Guide, "PUT", f"/guides/{_q(guide_id)}", body)

    def delete_guide(self, guide_id: str, base_revision: int) -> None:
        self.api._request(
            "DELETE", f"/guides/{_q(guide_id)}", params={"base_revision": base_revision}
        )

    def discard_draft(self, guide_id: str, base_revision: int) -> Guide:
        data = self.api._request(
            "DELETE", f"/guides/{_q(guide_id)}/draft", params={"base_revision": base_revision}
        )
        return Guide.model_validate(data)

    def history(self, guide_id: str) -> list[GuideRevision]:
        return _list(GuideRevision, self.api._request("GET", f"/guides/{_q(guide_id)}/revisions"))

    def restore(self, guide_id: str, body: RestoreRequest) -> Guide:
        return self._send(Guide, "POST", f"/guides/{_q(guide_id)}/restore", body)

    def overview(self, screenshot_max_age_days: int = 365) -> AdminOverview:
        return self._get(
            AdminOverview, "/admin/overview", screenshot_max_age_days=screenshot_max_age_days
        )

    # -- feedback ----------------------------------------------------------------------
    def feedback(
        self, status: FeedbackStatus | None = None, guide_id: str | None = None
    ) -> list[Feedback]:
        params = {k: v for k, v in (("status", status), ("guide_id", guide_id)) if v}
        return _list(Feedback, self.api._request("GET", "/feedback", params=params or None))

    def answer_feedback(self, feedback_id: str, body: FeedbackAnswer) -> Feedback:
        return self._send(Feedback, "PUT", f"/feedback/{_q(feedback_id)}", body)

    # -- users -------------------------------------------------------------------------
    def users(self) -> list[UserAccount]:
        return _list(UserAccount, self.api._request("GET", "/users"))

    def create_user(self, body: UserCreate) -> UserAccount:
        return self._send(UserAccount, "POST", "/users", body)

    def update_user(self, user_id: int, body: UserUpdate) -> UserAccount:
        data = self.api._request(
            "PATCH", f"/users/{user_id}", json=body.model_dump(mode="json", exclude_none=True)
        )
        return UserAccount.model_validate(data)

    def reset_password(self, user_id: int, body: PasswordReset) -> PasswordResetResult:
        return self._send(PasswordResetResult, "POST", f"/users/{user_id}/password", body)

    def deactivate_user(self, user_id: int) -> None:
        self.api._request("DELETE", f"/users/{user_id}")

    # -- directory and templates ---------------------------------------------------------
    def areas(self) -> list[ServiceArea]:
        return _list(ServiceArea, self.api._request("GET", "/areas"))

    def put_area(self, area: ServiceArea, base_revision: int | None) -> ServiceArea:
        params = {"base_revision": base_revision} if base_revision else {}
        body = area.model_dump(mode="json", exclude={"revision"})
        data = self.api._request("PUT", f"/areas/{_q(area.name)}", json=body, params=params)
        return ServiceArea.model_validate(data)

    def rename_area(self, name: str, body: AreaRename) -> ServiceArea:
        return self._send(ServiceArea, "POST", f"/areas/{_q(name)}/rename", body)

    def contacts(self) -> list[Contact]:
        return _list(Contact, self.api._request("GET", "/contacts"))

    def faq(self) -> list[FaqEntry]:
        return _list(FaqEntry, self.api._request("GET", "/faq"))

    def synonyms(self) -> list[SynonymGroup]:
        return _list(SynonymGroup, self.api._request("GET", "/synonyms"))

    def put_item(self, kind: str, key: str, item: BaseModel, base_revision: int | None) -> Any:
        """Create (no base revision) or update an item of ``kind`` (contacts, faq,
        synonyms); answers the stored item as JSON."""
        params = {"base_revision": base_revision} if base_revision else {}
        body = item.model_dump(mode="json", exclude={"revision"})
        return self.api._request("PUT", f"/{kind}/{_q(key)}", json=body, params=params)

    def delete_item(self, kind: str, key: str, base_revision: int) -> None:
        self.api._request("DELETE", f"/{kind}/{_q(key)}", params={"base_revision": base_revision})

    def template_history(self) -> list[TemplateRevision]:
        return _list(TemplateRevision, self.api._request("GET", "/messaging/templates/revisions"))

    # -- shared library ----------------------------------------------------------------
    def library(
        self, q: str | None = None, limit: int = 500, offset: int = 0
    ) -> list[LibraryGuide]:
        params: dict[str, Any] = {"limit": limit, "offset": offset}
        if q:
            params["q"] = q
        return _list(LibraryGuide, self.api._request("GET", "/library", params=params))

    def library_guide(self, municipality: str, guide_id: str) -> LibraryGuide:
        return self._get(LibraryGuide, f"/library/{_q(municipality)}/{_q(guide_id)}")

    def copy(self, municipality: str, guide_id: str, new_id: str | None = None) -> Guide:
        data = self.api._request(
            "POST",
            f"/library/{_q(municipality)}/{_q(guide_id)}/copy",
            json={"id": new_id} if new_id else None,
        )
        return Guide.model_validate(data)

    def updates(self) -> list[LibraryUpdate]:
        return _list(LibraryUpdate, self.api._request("GET", "/library/updates"))

    def update(self, guide_id: str) -> LibraryUpdateDetail:
        return self._get(LibraryUpdateDetail, f"/library/updates/{_q(guide_id)}")

    def take(self, guide_id: str, parts: list[str] | None = None) -> Guide:
        body = {"parts": parts} if parts is not None else {}
        data = self.api._request("POST", f"/library/updates/{_q(guide_id)}/take", json=body)
        return Guide.model_validate(data)

    def dismiss(self, guide_id: str) -> LibraryUpdate:
        data = self.api._request("POST", f"/library/updates/{_q(guide_id)}/dismiss", json={})
        return LibraryUpdate.model_validate(data)

    def detach(self, guide_id: str) -> Detach:
        return self._send(Detach, "POST", f"/library/updates/{_q(guide_id)}/detach")

    def suggest(self, body: SuggestionIn) -> Suggestion:
        return self._send(Suggestion, "POST", "/library/suggestions", body)

    def suggestions(self) -> list[Suggestion]:
        return _list(Suggestion, self.api._request("GET", "/library/suggestions"))

    # -- searches without an answer, learned search terms ----------------------------------
    def search_review(self, days: int = 90) -> SearchReview:
        """ "Søgninger uden svar": misses and searches that led nowhere, and learned terms."""
        return self._get(SearchReview, "/search/review", days=days)

    def reject_learned(self, guide_id: str, term: str) -> None:
        """A learned term goes from every desktop at their next sync and never comes back."""
        body = TermDecision(guide_id=guide_id, term=term).model_dump(mode="json")
        self.api._request("POST", "/search/learned/reject", json=body)

    def adopt_term(self, guide_id: str, term: str) -> None:
        """Add ``term`` to the guide's own synonyms (a new published revision)."""
        body = TermDecision(guide_id=guide_id, term=term).model_dump(mode="json")
        self.api._request("POST", "/search/learned/adopt", json=body)

    def adopt_miss(self, query: str, guide_id: str) -> None:
        """Add the words of a search without an answer to the guide's synonyms."""
        body = MissAdoption(query=query, guide_id=guide_id).model_dump(mode="json")
        self.api._request("POST", "/search/misses/adopt", json=body)
