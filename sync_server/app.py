"""The FastAPI application: routers under /api/v1, errors as JSON in one place."""

from __future__ import annotations

import contextlib
import functools
import logging
import re
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine, text
from sqlalchemy.exc import DataError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .config import Settings
from .db.engine import is_contention, make_engine, make_session_factory
from .db.migrate import current_revision, head_revision
from .errors import AppError, ServiceUnavailable
from .features.auth.router import router as auth_router
from .features.benchmark.router import router as benchmark_router
from .features.blobs.router import router as blobs_router
from .features.citizen.router import router as citizen_router
from .features.directory.router import router as directory_router
from .features.feedback.router import router as feedback_router
from .features.guides.router import router as guides_router
from .features.hotline.router import router as hotline_router
from .features.library.router import router as library_router
from .features.messaging.router import router as messaging_router
from .features.municipalities.router import router as municipalities_router
from .features.overview.router import router as overview_router
from .features.registrations.router import router as registrations_router
from .features.reports.router import router as reports_router
from .features.searchlog.router import router as searchlog_router
from .features.stats.router import router as stats_router
from .features.sync.router import router as sync_router
from .features.users.router import router as users_router
from .jobs import JobRunner
from .metrics import RequestMetrics, exposition
from .middleware import BodyLimit, CatchAll, ForwardedFor, Limit, SecurityHeaders
from .protocol import API_PREFIX, ErrorBody
from .protocol.refusals import danish
from .web import mount_citizen_web

log = logging.getLogger("vejviser.server")

_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text_}
    for status, text_ in (
        (400, "Bad request"),
        (401, "Not authenticated"),
        (403, "Role not allowed"),
        (404, "Not found"),
        (409, "Stale revision or already exists"),
        (413, "Too large"),
        (415, "Unsupported media type"),
        (422, "Validation error"),
        (429, "Too many requests"),
    )
}

_HTTP_CODES = {
    404: "not_found",
    405: "method_not_allowed",
    401: "unauthorized",
    403: "forbidden",
    413: "payload_too_large",
}


def _error(status: int, code: str, detail: Any, retry_after: int | None = None) -> JSONResponse:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return JSONResponse(
        status_code=status, content={"error": code, "detail": detail}, headers=headers
    )


#: Starlette/FastAPI's own English texts for errors raised before a handler runs.
_HTTP_DETAILS = {
    400: "Forespørgslen kunne ikke læses (ugyldig eller for dybt indlejret JSON, eller "
    "tegn der ikke er UTF-8).",
    404: "Adressen findes ikke.",
    405: "Metoden er ikke tilladt her.",
}


def _validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for err in exc.errors():
        out.append(
            {
                "loc": [str(p) for p in err.get("loc", ())],
                "msg": danish(err),
                "type": str(err.get("type")),
            }
        )
    return out


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def app_error(_: Request, exc: AppError) -> JSONResponse:
        return _error(exc.status_code, exc.code, exc.detail, exc.retry_after)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, "validation_error", _validation_detail(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        detail = exc.detail
        if exc.status_code in _HTTP_DETAILS and detail in (None, "", _english(exc.status_code)):
            detail = _HTTP_DETAILS[exc.status_code]
        if exc.status_code == 400 and detail == "There was an error parsing the body":
            code, detail = "unreadable_body", _HTTP_DETAILS[400]
        return _error(exc.status_code, code, detail)

    @app.exception_handler(DataError)
    async def data_error(request: Request, exc: DataError) -> JSONResponse:
        # A value the database cannot store (e.g. a NUL character in a query on PostgreSQL):
        # the request's data is at fault, not the server. The transaction was rolled back.
        log.warning("data refused by the database on %s: %s", request.url.path, exc.orig)
        return _error(
            422, "invalid_data", "Data indeholder tegn eller værdier, der ikke kan gemmes."
        )

    @app.exception_handler(OperationalError)
    async def database_error(request: Request, exc: OperationalError) -> JSONResponse:
        if is_contention(exc):
            # Waited the whole busy timeout for a lock (or a PostgreSQL serialization
            # failure or deadlock): nothing was stored; the same request may succeed soon.
            log.warning("database busy on %s: %s", request.url.path, exc.orig)
            busy = ServiceUnavailable(
                "Serveren har travlt lige nu. Prøv igen om et øjeblik.", code="busy"
            )
            return _error(503, busy.code, busy.detail, busy.retry_after)
        log.error("database error on %s", request.url.path, exc_info=exc)
        return _error(500, "internal_error", "Der skete en uventet fejl på serveren.")

    # Any other exception: sync_server.middleware.CatchAll answers 500 and keeps the
    # connection open (an exception handler for Exception would re-raise it to uvicorn).


@functools.cache
def _head() -> str | None:
    return head_revision()


def _english(status: int) -> str:
    from http import HTTPStatus

    return HTTPStatus(status).phrase


_SECRET_IN_QUERY = re.compile(r"([?&](?:secret|token|password|key)=)[^&\s\"]*", re.IGNORECASE)


class RedactSecrets(logging.Filter):
    """Query-string secrets (the SMS gateway's webhook may only be able to send its secret
    as ``?secret=…``) never reach the access log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _SECRET_IN_QUERY.sub(r"\1***", arg) if isinstance(arg, str) else arg
                for arg in record.args
            )
        if isinstance(record.msg, str):
            record.msg = _SECRET_IN_QUERY.sub(r"\1***", record.msg)
        return True


def install_log_redaction() -> None:
    """Once per process, on uvicorn's access logger (its configuration keeps filters)."""
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactSecrets) for f in access.filters):
        access.addFilter(RedactSecrets())


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or Settings()
    install_log_redaction()
    engine = engine or make_engine(
        settings.resolved_database_url(), busy_timeout=settings.sqlite_busy_timeout_seconds
    )
    session_factory = make_session_factory(engine)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        runner = JobRunner(session_factory, settings) if settings.job_interval_seconds else None
        if runner is not None:
            runner.start()
        try:
            yield
        finally:
            if runner is not None:
                runner.stop()

    app = FastAPI(
        lifespan=lifespan,
        title="Vejviser sync server",
        version=__version__,
        description="Guides, sync and contact registration for Danish municipal "
        'citizen service. Errors are JSON `{"error", "detail"}`.',
        responses=_ERROR_RESPONSES,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = session_factory
    install_error_handlers(app)

    @app.get("/health", tags=["health"])
    def health(request: Request) -> dict[str, str]:
        # The engine from the app's state, not a closure: FastAPI's process-wide caches of
        # endpoint callables would keep every app made in this process alive.
        engine: Engine = request.app.state.engine
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"status": "ok", "version": __version__}

    @app.get("/ready", tags=["health"], responses={503: {"description": "Not ready"}})
    def ready(request: Request) -> JSONResponse:
        """Ready for traffic: the database answers and its schema is this version's."""
        engine: Engine = request.app.state.engine
        head = _head()
        try:
            current = current_revision(engine)
        except OperationalError as exc:
            log.warning("not ready: the database does not answer (%s)", type(exc).__name__)
            return _error(503, "database_unavailable", "Databasen svarer ikke.")
        if current != head:
            return _error(
                503,
                "schema_not_current",
                f"Databasens skema er {current}, denne version kræver {head}: "
                "kør vejviser-server migrate.",
            )
        return JSONResponse(
            {"status": "ready", "version": __version__, "schema": current, "head": head}
        )

    @app.get("/metrics", tags=["health"], response_class=Response)
    def metrics() -> Response:
        """Prometheus text format: requests, latency, sync pulls, registrations, messages."""
        data, content_type = exposition()
        return Response(content=data, media_type=content_type)

    for router in (
        auth_router,
        municipalities_router,
        guides_router,
        library_router,
        directory_router,
        blobs_router,
        feedback_router,
        registrations_router,
        stats_router,
        reports_router,
        benchmark_router,
        sync_router,
        messaging_router,
        users_router,
        overview_router,
        citizen_router,
        searchlog_router,
        hotline_router,
    ):
        app.include_router(router, prefix=API_PREFIX)
    mount_citizen_web(app)
    install_middleware(app, settings)
    return app


def body_limits(settings: Settings) -> list[Limit]:
    """Per-route request body limits (the first match wins; else ``max_json_bytes``)."""
    mb = settings.max_blob_bytes / 1_048_576
    return [
        Limit("POST", f"{API_PREFIX}/auth/", settings.max_login_bytes),
        Limit(
            "POST",
            f"{API_PREFIX}/blobs",
            settings.max_blob_bytes,
            "blob_too_large",
            f"Billedet er for stort (højst {mb:.0f} MB).",
        ),
        Limit("POST", f"{API_PREFIX}/registrations", settings.max_batch_bytes),
        Limit("POST", f"{API_PREFIX}/feedback", settings.max_batch_bytes),
        Limit("POST", "/borger/", 16 * 1024),  # a citizen's "Fik du hjælp?" answer
    ]


def install_middleware(app: FastAPI, settings: Settings) -> None:
    """Outermost last: nosniff on every answer, then the catch-all 500, the client address
    and the body limit — all before routing, the token check and JSON parsing. The request
    metrics wrap them all (a refused body is counted too)."""
    app.add_middleware(BodyLimit, limits=body_limits(settings), default=settings.max_json_bytes)
    app.add_middleware(ForwardedFor, trusted=settings.trusted_networks())
    app.add_middleware(CatchAll)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestMetrics)
