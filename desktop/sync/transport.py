"""HTTP transport to the sync server, with server errors turned into typed errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from pydantic import BaseModel, TypeAdapter

from sync_server.protocol import (
    API_PREFIX,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    AccountInfo,
    Benchmark,
    BenchmarkParticipation,
    CitizenSettings,
    Feedback,
    FeedbackIn,
    Hotline,
    HotlineMember,
    IngestResult,
    LoginRequest,
    MessageRequest,
    MessageState,
    MessageTemplates,
    Municipality,
    MunicipalitySettings,
    PullBatch,
    Registration,
    RegistrationBatch,
    Report,
    ReportSettings,
    ReportSubscription,
    SearchEvent,
    SearchEventBatch,
    TokenResponse,
)

from ..core.errors import AuthenticationFailed, Rejected, ServerFailed, ServerUnreachable

if TYPE_CHECKING:
    import requests  # imported on first use: an offline start (search only) never needs it

M = TypeVar("M", bound=BaseModel)
_MUNICIPALITIES = TypeAdapter(list[Municipality])
_HOTLINE_MEMBERS = TypeAdapter(list[HotlineMember])
_HOTLINES = TypeAdapter(list[Hotline])
_MESSAGE_STATES = TypeAdapter(list[MessageState])
_FEEDBACK = TypeAdapter(list[Feedback])

UNREACHABLE = (
    "Serveren kan ikke nås. Du kan fortsat bruge de gemte vejledninger; "
    "ændringer sendes, når forbindelsen er tilbage."
)


def _message(body: Any, fallback: str) -> tuple[str, str, Any]:
    if not isinstance(body, dict):
        return fallback, "error", None
    code = str(body.get("error") or "error")
    detail = body.get("detail")
    if isinstance(detail, str):
        return detail, code, detail
    if isinstance(detail, dict) and isinstance(detail.get("message"), str):
        return detail["message"], code, detail
    if isinstance(detail, list):
        msgs = [str(d.get("msg")) if isinstance(d, dict) else str(d) for d in detail]
        return "; ".join(dict.fromkeys(msgs)) or fallback, code, detail
    return fallback, code, detail


def _server_failed(response: requests.Response) -> ServerFailed:
    """5xx: the server's own Danish message when it sent one (e.g. 503 "SMS er ikke sat op")."""
    fallback = f"Serveren svarede med en fejl ({response.status_code}). Prøv igen om lidt."
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        return ServerFailed(body["detail"], code=str(body.get("error") or "server_error"))
    return ServerFailed(fallback, code="server_error")


class ApiClient:
    """One server. ``token`` is set after login; every call raises a typed error."""

    def __init__(
        self, base_url: str, token: str | None = None, timeout: tuple[float, float] = (3.05, 30.0)
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        import requests

        self._http = requests.Session()
        self._http.headers["User-Agent"] = "Vejviser-desktop/0.1"
        self._http.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)  # reads the new fields

    def close(self) -> None:
        self._http.close()

    def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        raw: bool = False,
        body: bytes | None = None,
        content_type: str | None = None,
    ) -> Any:
        import requests

        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        if content_type is not None:
            headers["Content-Type"] = content_type
        url = self.base_url + (path if path.startswith("/health") else API_PREFIX + path)
        try:
            response = self._http.request(
                method,
                url,
                json=json,
                data=body,
                params=params,
                headers=headers,
                timeout=self.timeout,
            )
        except requests.RequestException as exc:
            raise ServerUnreachable(UNREACHABLE, code="unreachable") from exc
        if response.status_code >= 400:
            self._raise_for(response)
        if raw:
            return response.content
        if response.status_code == 204 or not response.content:
            return None
        try:
            return response.json()
        except ValueError as exc:
            raise ServerFailed(
                "Serveren svarede med noget, der ikke er JSON. Er adressen til serveren rigtig?",
                code="not_json",
            ) from exc

    @staticmethod
    def _raise_for(response: requests.Response) -> None:
        if response.status_code >= 500:
            raise _server_failed(response)
        try:
            body = response.json()
        except ValueError:
            body = None
        message, code, detail = _message(
            body, f"Serveren afviste forespørgslen ({response.status_code})."
        )
        if response.status_code == 401:
            raise AuthenticationFailed(message, code=code)
        raise Rejected(message, code=code, status=response.status_code, detail=detail)

    def _model(self, model: type[M], method: str, path: str, **kwargs: Any) -> M:
        return model.model_validate(self._request(method, path, **kwargs))

    def health(self) -> bool:
        self._request("GET", "/health")
        return True

    def municipalities(self) -> list[Municipality]:
        return _MUNICIPALITIES.validate_python(self._request("GET", "/municipalities"))

    def login(self, request: LoginRequest) -> TokenResponse:
        result = self._model(
            TokenResponse, "POST", "/auth/login", json=request.model_dump(mode="json")
        )
        self.token = result.token
        return result

    def logout(self) -> None:
        self._request("POST", "/auth/logout")
        self.token = None

    def me(self) -> AccountInfo:
        return self._model(AccountInfo, "GET", "/auth/me")

    def pull(
        self,
        since: int,
        limit: int | None = None,
        history: str | None = None,
        member: str | None = None,
    ) -> PullBatch:
        """A batch of the own content, or (a shared hotline) of the admitted ``member``'s."""
        params: dict[str, Any] = {"since": since}
        if limit:
            params["limit"] = limit
        if history:
            params["history"] = history
        if member:
            params["member"] = member
        return self._model(PullBatch, "GET", "/sync/pull", params=params)

    def hotline_members(self) -> list[HotlineMember]:
        """A shared hotline's admitted member municipalities (a municipality: none)."""
        return _HOTLINE_MEMBERS.validate_python(self._request("GET", "/hotline/members") or [])

    def hotlines(self) -> list[Hotline]:
        """Every hotline, and whether the caller's municipality admits it (its admin)."""
        return _HOTLINES.validate_python(self._request("GET", "/hotlines") or [])

    def admit_hotline(self, code: str) -> list[Hotline]:
        """Let the hotline read the municipality's published guides; answers the list."""
        return _HOTLINES.validate_python(self._request("POST", f"/hotlines/{code}/admit"))

    def dismiss_hotline(self, code: str) -> list[Hotline]:
        """Stop the hotline reading them (its desktops drop them at their next sync)."""
        return _HOTLINES.validate_python(self._request("POST", f"/hotlines/{code}/dismiss"))

    def upload_blob(self, data: bytes, content_type: str) -> str:
        """Store an image on the server (admins): the bytes as the body, not JSON; answers
        its sha256. The server's Danish refusal (too large, not an image) is ``Rejected``."""
        answer = self._request("POST", "/blobs", body=data, content_type=content_type)
        return str(answer["sha256"])

    def blob(self, sha256: str, member: str | None = None) -> bytes:
        """A screenshot (a hotline: of an admitted ``member``'s guide)."""
        params = {"member": member} if member else None
        data: bytes = self._request("GET", f"/blobs/{sha256}", raw=True, params=params)
        return data

    def push_registrations(self, items: list[Registration]) -> IngestResult:
        body = RegistrationBatch(items=items).model_dump(mode="json")
        return self._model(IngestResult, "POST", "/registrations", json=body)

    def push_search_log(self, items: list[SearchEvent]) -> IngestResult:
        """The anonymous search log. A server from before the log (404) has no use for it:
        the events count as delivered, never as refused."""
        body = SearchEventBatch(items=items).model_dump(mode="json")
        try:
            return self._model(IngestResult, "POST", "/search/log", json=body)
        except Rejected as exc:
            if exc.status == 404:
                return IngestResult(accepted=[item.id for item in items])
            raise

    def push_feedback(self, items: list[FeedbackIn]) -> IngestResult:
        return self._model(
            IngestResult, "POST", "/feedback", json=[item.model_dump(mode="json") for item in items]
        )

    # -- messages to citizens ----------------------------------------------------------------
    def my_feedback(self) -> list[Feedback]:
        """The feedback this account sent, with the admin's statuses and answers."""
        return _FEEDBACK.validate_python(self._request("GET", "/feedback/mine"))

    def send_message(self, request: MessageRequest) -> MessageState:
        """Send now (the server calls its provider); idempotent on ``request.id``."""
        # ``member`` only when set: a server from before it refuses the unknown field
        unset = {"member"} if request.member is None else None
        body = request.model_dump(mode="json", exclude=unset)
        return self._model(MessageState, "POST", "/messages", json=body)

    def message_state(self, message_id: UUID) -> MessageState:
        return self._model(MessageState, "GET", f"/messages/{message_id}")

    def message_states(
        self, guide_id: str | None = None, since: datetime | None = None, limit: int = 200
    ) -> list[MessageState]:
        params: dict[str, Any] = {"limit": limit}
        if guide_id is not None:
            params["guide_id"] = guide_id
        if since is not None:
            params["since"] = since.isoformat()
        return _MESSAGE_STATES.validate_python(self._request("GET", "/messages", params=params))

    def message_templates(self, member: str | None = None) -> MessageTemplates:
        """The own templates, or (a shared hotline) an admitted member's."""
        params = {"member": member} if member else None
        return self._model(MessageTemplates, "GET", "/messaging/templates", params=params)

    def put_message_templates(self, templates: MessageTemplates) -> MessageTemplates:
        return self._model(
            MessageTemplates,
            "PUT",
            "/messaging/templates",
            json=templates.model_dump(mode="json", exclude={"customised"}),
        )

    def municipality_settings(self) -> MunicipalitySettings:
        return self._model(MunicipalitySettings, "GET", "/municipality/settings")

    def put_municipality_settings(self, settings: MunicipalitySettings) -> MunicipalitySettings:
        return self._model(
            MunicipalitySettings,
            "PUT",
            "/municipality/settings",
            json=settings.model_dump(mode="json"),
        )

    def citizen_settings(self) -> CitizenSettings:
        return self._model(CitizenSettings, "GET", "/citizen/settings")

    def patch_citizen_settings(self, changes: dict[str, Any]) -> CitizenSettings:
        """Change only the fields in ``changes`` (``None`` clears one); answers all of them."""
        return self._model(CitizenSettings, "PATCH", "/citizen/settings", json=changes)

    def report(self, params: dict[str, Any]) -> Report:
        return self._model(Report, "GET", "/reports/figures", params=params)

    def report_settings(self) -> ReportSettings:
        return self._model(ReportSettings, "GET", "/reports/settings")

    def put_report_settings(self, settings: ReportSettings) -> ReportSettings:
        body = settings.model_dump(mode="json")
        return self._model(ReportSettings, "PUT", "/reports/settings", json=body)

    def report_subscription(self) -> ReportSubscription:
        return self._model(ReportSubscription, "GET", "/reports/subscription")

    def put_report_subscription(self, subscription: ReportSubscription) -> ReportSubscription:
        body = subscription.model_dump(mode="json")
        return self._model(ReportSubscription, "PUT", "/reports/subscription", json=body)

    def benchmark(self, params: dict[str, Any]) -> Benchmark:
        return self._model(Benchmark, "GET", "/reports/benchmark", params=params)

    def benchmark_participation(self, participating: bool | None = None) -> BenchmarkParticipation:
        """Whether the municipality takes part in the benchmark; with ``participating``: set
        it (admin)."""
        if participating is None:
            return self._model(BenchmarkParticipation, "GET", "/reports/benchmark/participation")
        return self._model(
            BenchmarkParticipation,
            "PUT",
            "/reports/benchmark/participation",
            json={"participating": participating},
        )

    def download(
        self,
        path: str,
        params: dict[str, Any],
        target: Path,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Stream a file answer to ``target`` (written whole or not at all); ``progress``
        gets (bytes so far, total or 0). Returns the size."""
        import requests

        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            response = self._http.get(
                self.base_url + API_PREFIX + path,
                params=params,
                headers=headers,
                timeout=(self.timeout[0], 600.0),
                stream=True,
            )
        except requests.RequestException as exc:
            raise ServerUnreachable(UNREACHABLE, code="unreachable") from exc
        with response:
            if response.status_code >= 400:
                response.content  # noqa: B018 - read the error body for the message
                self._raise_for(response)
            total = int(response.headers.get("content-length") or 0)
            partial = target.with_name(target.name + ".part")
            done = 0
            try:
                with partial.open("wb") as handle:
                    for chunk in response.iter_content(256 * 1024):
                        handle.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
                partial.replace(target)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
        return done
