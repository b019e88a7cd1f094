"""HTTP: login, logout, who am I."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from ...deps import AppSettings, CurrentCaller, DbSession
from ...protocol import AccountInfo, LoginRequest, TokenResponse
from . import service

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login", response_model=TokenResponse)
def login(
    body: LoginRequest, request: Request, session: DbSession, settings: AppSettings
) -> TokenResponse:
    client_ip = request.client.host if request.client else "unknown"
    try:
        return service.login(session, settings, body, client_ip)
    except service.LoginRefused:
        service.record_failure(session, body, client_ip)
        session.commit()  # the failure must count even though the request fails
        raise


@router.post("/logout", status_code=204, response_class=Response)
def logout(caller: CurrentCaller, session: DbSession) -> Response:
    service.logout(session, caller)
    return Response(status_code=204)


@router.get("/me", response_model=AccountInfo)
def me(caller: CurrentCaller, session: DbSession) -> AccountInfo:
    return service.me(session, caller)
