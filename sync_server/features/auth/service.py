"""Login, logout and token checks."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from ...config import Settings
from ...db.models import AccountRow, MunicipalityRow, TokenRow
from ...errors import TooManyRequests, Unauthorized
from ...principal import Caller
from ...protocol import AccountInfo, LoginRequest, Municipality, Role, TokenResponse, utcnow
from ..municipalities import service as municipalities
from . import repository
from .security import hash_token, new_token, verify_password


class LoginRefused(Unauthorized):
    """Wrong password, unknown user or unknown municipality (a failure to record)."""


def _account_key(request: LoginRequest) -> str:
    return f"{request.municipality}:{request.username.strip().lower()}"


def account_info(account: AccountRow, municipality: MunicipalityRow) -> AccountInfo:
    return AccountInfo(
        username=account.username,
        display_name=account.display_name,
        role=Role(account.role),
        municipality=Municipality(code=municipality.code, name=municipality.name),
        staff_pseudonym=account.pseudonym,
    )


def check_rate_limit(
    session: Session, settings: Settings, request: LoginRequest, client_ip: str
) -> None:
    since = utcnow() - timedelta(seconds=settings.login_window_seconds)
    per_account = repository.count_failures(
        session, account_key=_account_key(request), client_ip=None, since=since
    )
    per_ip = repository.count_failures(session, account_key=None, client_ip=client_ip, since=since)
    if per_account >= settings.login_max_failures or per_ip >= settings.login_max_failures_per_ip:
        minutes = max(1, settings.login_window_seconds // 60)
        raise TooManyRequests(
            f"For mange forkerte login-forsøg. Vent {minutes} minutter og prøv igen.",
            code="login_rate_limited",
        )


def login(
    session: Session, settings: Settings, request: LoginRequest, client_ip: str
) -> TokenResponse:
    """Return a fresh token or raise :class:`LoginRefused` (the caller records it)."""
    check_rate_limit(session, settings, request, client_ip)
    municipality = municipalities.find_municipality(session, request.municipality)
    if municipality is None:
        verify_password(None, request.password)
        raise LoginRefused(
            f"Kommunen {request.municipality} findes ikke på serveren. Tjek kommunekoden.",
            code="unknown_municipality",
        )
    account = municipalities.find_account(session, municipality.id, request.username)
    ok = verify_password(account.password_hash if account else None, request.password)
    if account is None or not ok or not account.active:
        raise LoginRefused("Forkert brugernavn eller adgangskode.", code="invalid_credentials")
    repository.clear_failures(session, _account_key(request))
    return issue_token(session, settings, account, municipality)


def issue_token(
    session: Session, settings: Settings, account: AccountRow, municipality: MunicipalityRow
) -> TokenResponse:
    token = new_token()
    now = utcnow()
    expires = now + timedelta(hours=settings.token_ttl_hours)
    session.add(
        TokenRow(
            account_id=account.id, token_hash=hash_token(token), created_at=now, expires_at=expires
        )
    )
    return TokenResponse(
        token=token, expires_at=expires, account=account_info(account, municipality)
    )


def record_failure(session: Session, request: LoginRequest, client_ip: str) -> None:
    now = utcnow()
    repository.prune_failures(session, now - timedelta(days=1))
    repository.add_failure(session, _account_key(request), client_ip, now)


def authenticate_token(session: Session, token: str) -> Caller:
    found = repository.token_with_account(session, hash_token(token))
    if found is None:
        raise Unauthorized("Ukendt login. Log ind igen.", code="invalid_token")
    row, account, municipality = found
    if row.revoked_at is not None:
        raise Unauthorized("Du er blevet logget ud. Log ind igen.", code="token_revoked")
    if row.expires_at <= utcnow():
        raise Unauthorized("Dit login er udløbet. Log ind igen.", code="token_expired")
    if not account.active:
        raise Unauthorized("Kontoen er deaktiveret.", code="account_inactive")
    return Caller(
        account_id=account.id,
        username=account.username,
        role=Role(account.role),
        municipality_id=municipality.id,
        municipality_code=municipality.code,
        pseudonym=account.pseudonym,
        token_id=row.id,
    )


def logout(session: Session, caller: Caller) -> None:
    token = session.get_one(TokenRow, caller.token_id)
    token.revoked_at = utcnow()


def me(session: Session, caller: Caller) -> AccountInfo:
    account = session.get_one(AccountRow, caller.account_id)
    return account_info(account, municipalities.municipality_of(session, caller))
