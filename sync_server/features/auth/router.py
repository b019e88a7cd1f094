"""HTTP: login, logout, who am I."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from ...deps import (
    AppSettings,
    CurrentCaller,
    DbSession,
    SessionFactory,
    UnitOfWork,
    WireVersion,
    versioned,
)
from ...protocol import AccountInfo, LoginRequest, TokenResponse
from . import service

router = APIRouter(prefix="/auth", tags=["auth"], route_class=UnitOfWork)


@router.post("/login", response_model=TokenResponse)
async def login(
    body: LoginRequest,
    request: Request,
    factory: SessionFactory,
    settings: AppSettings,
    version: WireVersion,
) -> Any:
    """Runs its own short transactions (see the service): no lock during the check."""
    client_ip = request.client.host if request.client else "unknown"
    return versioned(await service.login(factory, settings, body, client_ip), version)


@router.post("/logout", status_code=204, response_class=Response)
def logout(caller: CurrentCaller, session: DbSession) -> Response:
    service.logout(session, caller)
    return Response(status_code=204)


@router.get("/me", response_model=AccountInfo)
def me(caller: CurrentCaller, session: DbSession, version: WireVersion) -> Any:
    return versioned(service.me(session, caller), version)
