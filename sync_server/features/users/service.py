"""Rules for accounts: tenancy (an admin sees and changes its own municipality's only),
password rules, and never without an active admin."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...content import service as content
from ...db.models import AccountRow
from ...errors import Conflict, Invalid, NotFound, Unauthorized
from ...principal import Caller
from ...protocol import (
    PasswordChange,
    PasswordReset,
    PasswordResetResult,
    Role,
    UserAccount,
    UserCreate,
    UserUpdate,
    utcnow,
)
from ..auth import service as auth
from ..auth.security import generate_password, hash_password, new_pseudonym, verify_password
from . import repository
from .passwords import check_password


def to_wire(row: AccountRow) -> UserAccount:
    return UserAccount(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        active=row.active,
        must_change_password=row.must_change_password,
        created_at=row.created_at,
    )


def list_users(session: Session, caller: Caller) -> list[UserAccount]:
    return [to_wire(row) for row in repository.accounts(session, caller.municipality_id)]


def _require(session: Session, caller: Caller, account_id: int) -> AccountRow:
    row = repository.account(session, caller.municipality_id, account_id)
    if row is None:
        raise NotFound("Brugeren findes ikke.", code="unknown_account")
    return row


def get_user(session: Session, caller: Caller, account_id: int) -> UserAccount:
    return to_wire(_require(session, caller, account_id))


def me(session: Session, caller: Caller) -> UserAccount:
    return get_user(session, caller, caller.account_id)


def create_user(session: Session, caller: Caller, body: UserCreate) -> UserAccount:
    content.lock_changes(session, caller.municipality_id)  # one account change at a time
    if repository.by_username(session, caller.municipality_id, body.username) is not None:
        raise Conflict(
            {"message": f"Brugernavnet »{body.username}« findes allerede."}, code="already_exists"
        )
    check_password(body.password, body.username, body.display_name)
    row = AccountRow(
        municipality_id=caller.municipality_id,
        username=body.username,
        display_name=body.display_name,
        role=body.role.value,
        password_hash=hash_password(body.password),
        pseudonym=new_pseudonym(),
        active=True,
        created_at=utcnow(),
        must_change_password=False,
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError:  # pragma: no cover - the lock above serialises creation
        raise Conflict(
            {"message": f"Brugernavnet »{body.username}« findes allerede."}, code="already_exists"
        ) from None
    return to_wire(row)


def _keep_an_admin(session: Session, caller: Caller, row: AccountRow) -> None:
    """Refuse a change that leaves the municipality without an active admin."""
    if (
        row.role == Role.ADMIN.value
        and row.active
        and repository.active_admins(session, caller.municipality_id) <= 1
    ):
        raise Conflict(
            {"message": "Kommunen skal have mindst én aktiv administrator."}, code="last_admin"
        )


def update_user(session: Session, caller: Caller, account_id: int, body: UserUpdate) -> UserAccount:
    content.lock_changes(session, caller.municipality_id)
    row = _require(session, caller, account_id)
    demoted = body.role is not None and body.role is not Role.ADMIN
    if demoted or body.active is False:
        _keep_an_admin(session, caller, row)
    if body.display_name is not None:
        row.display_name = body.display_name
    if body.role is not None:
        row.role = body.role.value
    if body.active is not None:
        row.active = body.active
        if not body.active:
            auth.revoke_tokens(session, row.id)
    session.flush()
    return to_wire(row)


def deactivate(session: Session, caller: Caller, account_id: int) -> None:
    """The account can no longer log in, and every token of it stops working now."""
    content.lock_changes(session, caller.municipality_id)
    row = _require(session, caller, account_id)
    _keep_an_admin(session, caller, row)
    row.active = False
    auth.revoke_tokens(session, row.id)
    session.flush()


def reset_password(
    session: Session, caller: Caller, account_id: int, body: PasswordReset
) -> PasswordResetResult:
    """A new password set by the admin, or made by the server (answered once; the user
    chooses their own at the next login). The account is logged out everywhere."""
    row = _require(session, caller, account_id)
    generated = None
    if body.password is not None:
        check_password(body.password, row.username, row.display_name)
        password = body.password
    else:
        password = generated = generate_password()
    auth.set_password(session, row.id, hash_password(password))
    row.must_change_password = generated is not None
    auth.revoke_tokens(session, row.id)
    session.flush()
    session.refresh(row)
    return PasswordResetResult(user=to_wire(row), password=generated)


def change_own_password(session: Session, caller: Caller, body: PasswordChange) -> UserAccount:
    row = _require(session, caller, caller.account_id)
    if not verify_password(row.password_hash, body.current_password):
        raise Unauthorized("Den nuværende adgangskode er forkert.", code="invalid_credentials")
    if body.new_password == body.current_password:
        raise Invalid("Vælg en ny adgangskode.", code="password_unchanged")
    check_password(body.new_password, row.username, row.display_name)
    auth.set_password(session, row.id, hash_password(body.new_password))
    row.must_change_password = False
    session.flush()
    session.refresh(row)
    return to_wire(row)
