"""Request dependencies: the transaction, the caller and role checks — in one place — and
the query parameters several features share (the report period).

Every query of a feature is scoped through :class:`~sync_server.principal.Caller` (which
lives in :mod:`sync_server.principal`, free of FastAPI, so services and the command line
share it); no endpoint reads the municipality from the request by hand.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session, sessionmaker

from .config import Settings
from .db.engine import open_session, transaction
from .errors import Forbidden, Unauthorized
from .principal import Caller
from .protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PeriodDate,
    PeriodKind,
    Role,
    for_version,
)


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


#: Methods whose requests only read: their transaction takes no write lock.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


#: Commits and rollbacks of request transactions run here, not in the thread pool the
#: handlers share: a transaction holding SQLite's write lock must never wait for a free
#: handler thread to commit (the threads may all be waiting for that very lock).
_ENDINGS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="vejviser-commit")


async def get_session(request: Request) -> AsyncIterator[Session]:
    """The request owns the transaction: commit when the handler succeeded. A request that
    may write takes the write lock first (SQLite), so it waits its turn instead of failing."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    session = open_session(factory, write=request.method not in READ_METHODS)
    loop = asyncio.get_running_loop()
    try:
        yield session
        await loop.run_in_executor(_ENDINGS, session.commit)
    except BaseException:
        await loop.run_in_executor(_ENDINGS, session.rollback)
        raise
    finally:
        await loop.run_in_executor(_ENDINGS, session.close)


def get_session_factory(request: Request) -> sessionmaker[Session]:
    """For a handler that runs its own transactions (a message is claimed, sent, then
    recorded in separate ones), instead of the request's."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    return factory


DbSession = Annotated[Session, Depends(get_session, scope="function")]


def _commit_in_handler_thread(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(endpoint)
    def run(*args: Any, **kwargs: Any) -> Any:
        result = endpoint(*args, **kwargs)
        for value in kwargs.values():
            if isinstance(value, Session):
                value.commit()
        return result

    return run


class UnitOfWork(APIRoute):
    """The route class of every router: a plain (thread pool) handler's request transaction
    is committed in the handler's own thread as soon as it returns. FastAPI validates the
    answer of such a handler in another pool thread *before* the request's dependencies end;
    a transaction still holding SQLite's write lock then would wait for a free thread while
    every thread waits for that lock (the 500s of a morning login burst)."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        if not inspect.iscoroutinefunction(endpoint):
            endpoint = _commit_in_handler_thread(endpoint)
        super().__init__(path, endpoint, **kwargs)


SessionFactory = Annotated[sessionmaker[Session], Depends(get_session_factory)]
AppSettings = Annotated[Settings, Depends(get_settings)]


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Log ind for at fortsætte.", code="not_authenticated")
    return token.strip()


def current_caller(request: Request) -> Caller:
    """The token is checked in a short read of its own: the request's unit of work (and on
    SQLite its write lock) starts only when the handler's service touches the database,
    and a handler that runs several short units (sending a message, logging in) holds none
    while it waits for something else."""
    from .features.auth.service import authenticate_token

    factory: sessionmaker[Session] = request.app.state.session_factory
    with transaction(factory, write=False) as session:
        return authenticate_token(session, _bearer(request))


CurrentCaller = Annotated[Caller, Depends(current_caller)]


def require(*roles: Role) -> Callable[[Caller], Caller]:
    allowed = frozenset(roles)

    def check(caller: CurrentCaller) -> Caller:
        if caller.role not in allowed:
            raise Forbidden(
                "Din rolle giver ikke adgang til denne handling.", code="forbidden_role"
            )
        return caller

    return check


AdminCaller = Annotated[Caller, Depends(require(Role.ADMIN))]
StatsCaller = Annotated[Caller, Depends(require(Role.ADMIN, Role.MANAGER))]
AnyCaller = CurrentCaller


def protocol_version(request: Request) -> int:
    """The wire version the client reads. A desktop built before version 2 (it says
    ``Vejviser-desktop/…`` and sends no version) gets answers without the newer fields;
    everyone else the current version."""
    sent = request.headers.get(PROTOCOL_HEADER, "")
    if sent.isdigit():
        return min(int(sent), PROTOCOL_VERSION)
    if request.headers.get("user-agent", "").startswith("Vejviser-desktop/"):
        return 1
    return PROTOCOL_VERSION


WireVersion = Annotated[int, Depends(protocol_version)]


def period(
    period_from: Annotated[
        PeriodDate | None, Query(alias="from", description="First day, YYYY-MM-DD")
    ] = None,
    period_to: Annotated[
        PeriodDate | None, Query(alias="to", description="Last day (inclusive), YYYY-MM-DD")
    ] = None,
    kind: Annotated[
        PeriodKind | None, Query(alias="period", description="day, week, month, quarter, year")
    ] = None,
    anchor: Annotated[
        PeriodDate | None, Query(alias="date", description="A day in the period")
    ] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200, description="Counting week's year")] = None,
    week: Annotated[int | None, Query(ge=1, le=53, description="Counting week (tælleuge)")] = None,
) -> tuple[date, date]:
    """The report period, read the same way by the reports (``/reports/figures``,
    ``/reports/export``) and the benchmark: ``from`` and ``to``; or ``period`` with a
    ``date`` in it; or ``year`` and ``week`` (the counting week). The reports' rules decide
    (too long, reversed)."""
    from .features.reports.service import period_of

    return period_of(period_from, period_to, kind, anchor, year, week)


Period = Annotated[tuple[date, date], Depends(period)]


def versioned(value: Any, version: int) -> Any:
    """The answer as ``version`` writes it: as it is for the current version, else JSON
    without the fields that version does not know."""
    from fastapi.responses import JSONResponse

    if version >= PROTOCOL_VERSION:
        return value
    return JSONResponse(for_version(value, version))
