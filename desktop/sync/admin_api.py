"""The administrator's calls to the server: guides with their history, screenshots,
feedback, message templates and accounts. Each raises the transport's typed errors."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from sync_server.protocol import (
    AdminOverview,
    Contact,
    Feedback,
    FeedbackAnswer,
    Guide,
    GuideRevision,
    GuideWrite,
    PasswordReset,
    PasswordResetResult,
    RestoreRequest,
    UserAccount,
    UserCreate,
    UserUpdate,
)

from .transport import ApiClient

_GUIDES = TypeAdapter(list[Guide])
_REVISIONS = TypeAdapter(list[GuideRevision])
_FEEDBACK = TypeAdapter(list[Feedback])
_CONTACTS = TypeAdapter(list[Contact])
_USERS = TypeAdapter(list[UserAccount])


class AdminClient(ApiClient):
    # -- guides -----------------------------------------------------------------------------
    def guides(self) -> list[Guide]:
        """Every guide of the municipality, drafts included (the admin's view)."""
        return _GUIDES.validate_python(self._request("GET", "/guides"))

    def guide(self, guide_id: str) -> Guide:
        return self._model(Guide, "GET", f"/guides/{guide_id}")

    def create_guide(self, body: GuideWrite) -> Guide:
        return self._model(Guide, "POST", "/guides", json=body.model_dump(mode="json"))

    def put_guide(self, guide_id: str, body: GuideWrite) -> Guide:
        """Save; a stale ``base_revision`` raises Rejected(status=409) with the current one."""
        return self._model(Guide, "PUT", f"/guides/{guide_id}", json=body.model_dump(mode="json"))

    def revisions(self, guide_id: str) -> list[GuideRevision]:
        return _REVISIONS.validate_python(self._request("GET", f"/guides/{guide_id}/revisions"))

    def restore(self, guide_id: str, body: RestoreRequest) -> Guide:
        """An old version again, as a new revision (history is never rewritten)."""
        return self._model(
            Guide, "POST", f"/guides/{guide_id}/restore", json=body.model_dump(mode="json")
        )

    def overview(self) -> AdminOverview:
        return self._model(AdminOverview, "GET", "/admin/overview")

    # -- screenshots ------------------------------------------------------------------------
    def upload_blob(self, data: bytes, content_type: str) -> str:
        """Store an image; answers its sha256."""
        body: Any = self._upload("/blobs", data, content_type)
        return str(body["sha256"])

    def _upload(self, path: str, data: bytes, content_type: str) -> Any:
        import requests

        from sync_server.protocol import API_PREFIX

        from ..core.errors import Rejected, ServerFailed, ServerUnreachable
        from .transport import UNREACHABLE, _message

        headers = {"Content-Type": content_type}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self._http.post(
                self.base_url + API_PREFIX + path, data=data, headers=headers, timeout=self.timeout
            )
        except requests.RequestException as exc:
            raise ServerUnreachable(UNREACHABLE, code="unreachable") from exc
        if response.status_code >= 500:
            raise ServerFailed(
                f"Serveren svarede med en fejl ({response.status_code}). Prøv igen om lidt.",
                code="server_error",
            )
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code >= 400:
            message, code, detail = _message(
                body, f"Serveren afviste billedet ({response.status_code})."
            )
            raise Rejected(message, code=code, status=response.status_code, detail=detail)
        return body

    # -- contacts directory (referral cards) ---------------------------------------------------
    def contacts(self) -> list[Contact]:
        return _CONTACTS.validate_python(self._request("GET", "/contacts"))

    # -- feedback ---------------------------------------------------------------------------
    def feedback(self) -> list[Feedback]:
        return _FEEDBACK.validate_python(self._request("GET", "/feedback"))

    def answer_feedback(self, feedback_id: str, answer: FeedbackAnswer) -> Feedback:
        return self._model(
            Feedback, "PUT", f"/feedback/{feedback_id}", json=answer.model_dump(mode="json")
        )

    # -- accounts ---------------------------------------------------------------------------
    def users(self) -> list[UserAccount]:
        return _USERS.validate_python(self._request("GET", "/users"))

    def create_user(self, body: UserCreate) -> UserAccount:
        return self._model(UserAccount, "POST", "/users", json=body.model_dump(mode="json"))

    def change_user(self, user_id: int, body: UserUpdate) -> UserAccount:
        return self._model(
            UserAccount,
            "PATCH",
            f"/users/{user_id}",
            json=body.model_dump(mode="json", exclude_none=True),
        )

    def reset_password(self, user_id: int, body: PasswordReset) -> PasswordResetResult:
        return self._model(
            PasswordResetResult,
            "POST",
            f"/users/{user_id}/password",
            json=body.model_dump(mode="json"),
        )

    def deactivate_user(self, user_id: int) -> None:
        self._request("DELETE", f"/users/{user_id}")
