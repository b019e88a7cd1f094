"""Screenshots up to the server: the image's bytes as the body (not JSON), the server's
Danish refusal (too large, not an image) raised as ``Rejected``."""

from __future__ import annotations

from sync_server.protocol import API_PREFIX

from ..core.errors import Rejected, ServerFailed, ServerUnreachable
from .transport import UNREACHABLE, ApiClient, _message


def upload_blob(api: ApiClient, data: bytes, content_type: str) -> str:
    """Store an image on the server (admins); answers its sha256."""
    import requests  # on first use, as the transport does

    headers = {"Content-Type": content_type}
    if api.token:
        headers["Authorization"] = f"Bearer {api.token}"
    try:
        response = api._http.post(
            api.base_url + API_PREFIX + "/blobs", data=data, headers=headers, timeout=api.timeout
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
    return str(body["sha256"])
