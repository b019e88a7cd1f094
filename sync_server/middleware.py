"""ASGI middleware of the API, outside routing: what must happen before any handler runs.

- :class:`BodyLimit` answers 413 for a body over the route's limit before the token is
  checked or a byte of JSON is parsed: a declared Content-Length over the limit before the
  body is read at all; a body without one (chunked) is counted as it arrives.
- :class:`ForwardedFor` believes ``X-Forwarded-For`` only from configured proxies.
- :class:`CatchAll` answers an unexpected error with a 500 *and keeps the connection*: an
  exception escaping the app makes uvicorn close the keep-alive connection, which a
  client then reads as "server unreachable".
- :class:`SecurityHeaders` adds ``X-Content-Type-Options: nosniff`` to every response.

Plain ASGI (no FastAPI or Starlette imports), so the order is explicit in ``app.py``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from dataclasses import dataclass
from ipaddress import IPv4Network, IPv6Network, ip_address
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("vejviser.server")


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return {k.lower(): v for k, v in scope.get("headers", [])}


async def send_json(
    send: Send, status: int, code: str, detail: Any, extra: Sequence[tuple[bytes, bytes]] = ()
) -> None:
    """A complete JSON error answer ``{"error", "detail"}``."""
    body = json.dumps({"error": code, "detail": detail}, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *extra,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


@dataclass(frozen=True)
class Limit:
    """Requests with ``method`` whose path starts with ``prefix`` carry at most ``size``
    bytes; the refusal says ``message`` with ``code``."""

    method: str
    prefix: str
    size: int
    code: str = "payload_too_large"
    message: str = ""

    def matches(self, method: str, path: str) -> bool:
        return self.method in ("*", method) and path.startswith(self.prefix)


def _megabytes(size: int) -> str:
    value = size / 1_048_576
    return (f"{value:.0f}" if value >= 1 else f"{value:.2f}").replace(".", ",")


class BodyLimit:
    """Refuse request bodies over the first matching :class:`Limit` (else ``default``)."""

    def __init__(self, app: ASGIApp, limits: Sequence[Limit], default: int) -> None:
        self.app = app
        self.limits = list(limits)
        self.default = default

    def limit_for(self, method: str, path: str) -> Limit:
        for limit in self.limits:
            if limit.matches(method, path):
                return limit
        return Limit("*", "", self.default)

    async def _refuse(self, send: Send, limit: Limit) -> None:
        message = limit.message or (
            f"Forespørgslen er for stor: højst {_megabytes(limit.size)} MB er tilladt."
        )
        await send_json(send, 413, limit.code, message, [(b"connection", b"close")])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["method"], scope["path"])
        declared = _headers(scope).get(b"content-length")
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                await send_json(send, 400, "bad_request", "Ugyldig Content-Length.")
                return
            if length > limit.size:
                await self._refuse(send, limit)  # the body is never read
                return
            # The server's HTTP parser delivers no more than the declared length.
            await self.app(scope, receive, send)
            return
        # No declared length (chunked): read up to the limit here, before the app sees a
        # byte, and refuse past it. The app gets the body in one piece; a refused body is
        # dropped at once (no handler ever held it, so nothing keeps it alive).
        chunks: list[bytes] = []  # joined only when complete: no reallocation on the way
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            more = bool(message.get("more_body"))
            if size > limit.size:
                chunks.clear()
                await self._refuse(send, limit)
                return
            chunks.append(chunk)
        await self.app(scope, _replay(b"".join(chunks), receive), send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """``receive`` for a body already read: the body once, then the connection's own."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class ForwardedFor:
    """The client address from ``X-Forwarded-For`` — only when the connecting peer is one
    of the ``trusted`` proxies; the nearest address that is not a trusted proxy wins."""

    def __init__(self, app: ASGIApp, trusted: Sequence[IPv4Network | IPv6Network]) -> None:
        self.app = app
        self.trusted = list(trusted)

    def _is_trusted(self, host: str) -> bool:
        try:
            address = ip_address(host)
        except ValueError:
            return False
        return any(address in network for network in self.trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client")
        if scope["type"] == "http" and self.trusted and client and self._is_trusted(client[0]):
            header = _headers(scope).get(b"x-forwarded-for", b"").decode("latin-1")
            hops = [hop.strip() for hop in header.split(",") if hop.strip()]
            for hop in reversed(hops):
                if not self._is_trusted(hop):
                    try:
                        ip_address(hop)
                    except ValueError:
                        break  # garbage: keep the proxy's own address
                    scope = {**scope, "client": (hop, 0)}
                    break
        await self.app(scope, receive, send)


class CatchAll:
    """An unexpected error: logged, answered 500 in JSON, and the connection kept."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            log.exception("unexpected error on %s %s", scope["method"], scope["path"])
            if started:
                raise  # half an answer is out: only closing the connection can end it
            del exc
            await send_json(send, 500, "internal_error", "Der skete en uventet fejl på serveren.")


class SecurityHeaders:
    """``X-Content-Type-Options: nosniff`` on every response (no browser guesses a stored
    image to be HTML)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() != b"x-content-type-options"
                ]
                headers.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
