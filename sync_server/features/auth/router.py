"""HTTP: login, logout, who am I."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from ...deps import AppSettings, CurrentCaller, DbSession, SessionFactory, UnitOfWork
from ...protocol import AccountInfo, LoginRequest, TokenResponse
from . import service

router = APIRouter(prefix="/auth", tags=["auth"], route_class=UnitOfWork)


@router.post("/login", response_model=TokenResponse)
async def login(
    body: LoginRequest, request: Request, factory: SessionFactory, settings: AppSettings
) -> TokenResponse:
    """Runs its own short transactions (see the service): no lock during the check."""
    client_ip = request.client.host if request.client else "unknown"
    return await service.login(factory, settings, body, client_ip)


@router.post("/logout", status_code=204, response_class=Response)
def logout(caller: CurrentCaller, session: DbSession) -> Response:
    service.logout(session, caller)
    return Response(status_code=204)


@router.get("/me", response_model=AccountInfo)
def me(caller: CurrentCaller, session: DbSession) -> AccountInfo:
    return service.me(session, caller)
