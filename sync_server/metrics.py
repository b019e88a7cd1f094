"""Prometheus metrics (``GET /metrics``), with prometheus-client.

One process: the default registry. Several (``serve --workers N``): ``serve`` points
``PROMETHEUS_MULTIPROC_DIR`` at an empty folder before the workers start; each worker writes
its values there and ``/metrics`` adds them up (prometheus-client's multiprocess mode), so a
scrape gives the server's totals whichever worker answers it.

Labels never carry personal data or free text: the route is the path *template*
(``/api/v1/guides/{guide_id}``), never the path the client sent.
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as _multiprocess

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

REQUESTS = Counter(
    "vejviser_http_requests",
    "HTTP requests answered, by route template, method and status.",
    ["route", "method", "status"],
)
LATENCY = Histogram(
    "vejviser_http_request_duration_seconds",
    "Time from request to the end of the answer, by route template and method.",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
SYNC_PULLS = Counter(
    "vejviser_sync_pulls", "Sync pull batches served (reset: a full pull).", ["reset"]
)
REGISTRATIONS = Counter(
    "vejviser_registrations_ingested", "Contact registrations received in pushed batches."
)
MESSAGES = Counter(
    "vejviser_messages",
    "Messages to citizens by channel and the status they reached.",
    ["channel", "status"],
)
JOBS = Counter(
    "vejviser_jobs",
    "Scheduled job periods run by this process, or found run by another (skipped).",
    ["job", "outcome"],
)

#: Paths not counted as requests (the scrape itself would dominate the figures).
_UNCOUNTED = frozenset({"/metrics"})


def exposition() -> tuple[bytes, str]:
    """The metrics in the Prometheus text format, and its content type."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        _multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST


def _route(scope: Scope) -> str:
    """The matched route's template with its prefix (``/api/v1/guides/{guide_id}``): the
    path with each path parameter's value put back as its name; "unmatched" without a
    route (a 404 for an unknown address), so odd paths cannot blow up the label count."""
    route = scope.get("route")
    template = getattr(route, "path", None)
    if not isinstance(template, str):
        return "unmatched"
    names = {str(v): k for k, v in (scope.get("path_params") or {}).items()}
    parts = str(scope.get("path", "")).split("/")
    full = "/".join(f"{{{names[part]}}}" if part in names else part for part in parts)
    return full if full.endswith(template) else template


class RequestMetrics:
    """Outermost ASGI middleware: counts every answer and times it to its last byte."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in _UNCOUNTED:
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_counted(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_counted)
        finally:
            route, method = _route(scope), str(scope.get("method", ""))
            REQUESTS.labels(route, method, str(status)).inc()
            LATENCY.labels(route, method).observe(time.perf_counter() - started)
