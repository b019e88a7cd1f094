"""Request dependencies: the transaction, the caller and role checks — in one place.

Every query of a feature is scoped through :class:`~sync_server.principal.Caller` (which
lives in :mod:`sync_server.principal`, free of FastAPI, so services and the command line
share it); no endpoint reads the municipality from the request by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker

from .config import Settings
from .db.engine import transaction
from .errors import Forbidden, Unauthorized
from .principal import Caller
from .protocol import Role


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


#: Methods whose requests only read: their transaction takes no write lock.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def get_session(request: Request) -> Iterator[Session]:
    """The request owns the transaction: commit when the handler succeeded. A request that
    may write takes the write lock first (SQLite), so it waits its turn instead of failing."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    with transaction(factory, write=request.method not in READ_METHODS) as session:
        yield session


def get_session_factory(request: Request) -> sessionmaker[Session]:
    """For a handler that runs its own transactions (a message is claimed, sent, then
    recorded in separate ones), instead of the request's."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    return factory


DbSession = Annotated[Session, Depends(get_session, scope="function")]
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
