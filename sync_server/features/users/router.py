"""HTTP: the municipality's accounts (admins), and the caller's own password."""

from __future__ import annotations

from fastapi import APIRouter, Path, Response

from ...deps import AdminCaller, AnyCaller, DbSession, UnitOfWork
from ...protocol import (
    PasswordChange,
    PasswordReset,
    PasswordResetResult,
    UserAccount,
    UserCreate,
    UserUpdate,
)
from . import service

router = APIRouter(prefix="/users", tags=["users"], route_class=UnitOfWork)

AccountId = Path(ge=1, le=2**31 - 1)


@router.get("", response_model=list[UserAccount])
def list_users(caller: AdminCaller, session: DbSession) -> list[UserAccount]:
    return service.list_users(session, caller)


@router.post("", response_model=UserAccount, status_code=201)
def create_user(body: UserCreate, caller: AdminCaller, session: DbSession) -> UserAccount:
    return service.create_user(session, caller, body)


@router.get("/me", response_model=UserAccount)
def me(caller: AnyCaller, session: DbSession) -> UserAccount:
    return service.me(session, caller)


@router.post("/me/password", response_model=UserAccount)
def change_own_password(body: PasswordChange, caller: AnyCaller, session: DbSession) -> UserAccount:
    return service.change_own_password(session, caller, body)


@router.get("/{user_id}", response_model=UserAccount)
def get_user(caller: AdminCaller, session: DbSession, user_id: int = AccountId) -> UserAccount:
    return service.get_user(session, caller, user_id)


@router.patch("/{user_id}", response_model=UserAccount)
def update_user(
    body: UserUpdate, caller: AdminCaller, session: DbSession, user_id: int = AccountId
) -> UserAccount:
    return service.update_user(session, caller, user_id, body)


@router.post("/{user_id}/password", response_model=PasswordResetResult)
def reset_password(
    body: PasswordReset, caller: AdminCaller, session: DbSession, user_id: int = AccountId
) -> PasswordResetResult:
    return service.reset_password(session, caller, user_id, body)


@router.delete("/{user_id}", status_code=204, response_class=Response)
def deactivate(caller: AdminCaller, session: DbSession, user_id: int = AccountId) -> Response:
    service.deactivate(session, caller, user_id)
    return Response(status_code=204)
