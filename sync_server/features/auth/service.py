"""Login, logout and token checks."""

from __future__ import annotations

import functools
import hashlib
import time
from dataclasses import dataclass
from datetime import timedelta

from anyio import to_thread
from sqlalchemy.orm import Session, sessionmaker

from ...config import Settings
from ...db.engine import transaction
from ...db.models import AccountRow, MunicipalityRow, TokenRow
from ...errors import NotFound, TooManyRequests, Unauthorized
from ...principal import Caller
from ...protocol import (
    AccountInfo,
    LoginRequest,
    Municipality,
    Role,
    TenantKind,
    TokenResponse,
    utcnow,
)
from ..municipalities import service as municipalities
from . import repository
from .security import (
    hash_token,
    new_token,
    rehash_if_outdated,
    run_password_check,
    verify_password,
)


class LoginRefused(Unauthorized):
    """Wrong password, unknown user or unknown municipality (already counted)."""


def _account_key(request: LoginRequest) -> str:
    """The counter of one account name — hashed: what was typed as a user name (maybe a
    CPR number by mistake) is never stored."""
    name = f"{request.municipality}:{request.username.strip().lower()}"
    return "acct:" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:40]


def _ip_key(client_ip: str) -> str:
    return f"ip:{client_ip[:80]}"


def account_info(account: AccountRow, municipality: MunicipalityRow) -> AccountInfo:
    return AccountInfo(
        username=account.username,
        display_name=account.display_name,
        role=Role(account.role),
        municipality=Municipality(code=municipality.code, name=municipality.name),
        staff_pseudonym=account.pseudonym,
        tenant_kind=TenantKind(municipality.kind),
    )


#: How long a login waits for concurrent checks of the same account to finish before it
#: may reserve its own (only while the account is below its limit).
RESERVE_WAIT_SECONDS = 5.0


def _rate_limited(settings: Settings) -> TooManyRequests:
    minutes = max(1, settings.login_window_seconds // 60)
    return TooManyRequests(
        f"For mange forkerte login-forsøg. Vent {minutes} minutter og prøv igen.",
        code="login_rate_limited",
        retry_after=settings.login_window_seconds,
    )


@dataclass(frozen=True)
class _Candidate:
    """What a login needs from the database before the password check (no rows held)."""

    account_id: int | None
    password_hash: str | None
    active: bool
    municipality_known: bool


def _reserve(
    factory: sessionmaker[Session], settings: Settings, request: LoginRequest, client_ip: str
) -> _Candidate:
    """Reserve one password check for the account (a short write of its own); 429 when the
    account or the client address has reached its limit — without checking the password.
    Concurrent checks of the same account that fill the limit are waited for (they may
    succeed and clear it) for a few seconds."""
    key, ip_key = _account_key(request), _ip_key(client_ip)
    deadline = time.monotonic() + RESERVE_WAIT_SECONDS
    while True:
        now = utcnow()
        window = now - timedelta(seconds=settings.login_window_seconds)
        with transaction(factory) as session:
            if repository.failures_in_window(session, ip_key, window) >= (
                settings.login_max_failures_per_ip
            ):
                raise _rate_limited(settings)
            reserved = repository.reserve_check(
                session, key, now, window, settings.login_max_failures
            )
            if reserved:
                municipality = municipalities.find_municipality(session, request.municipality)
                account = (
                    municipalities.find_account(session, municipality.id, request.username)
                    if municipality is not None
                    else None
                )
                return _Candidate(
                    account_id=account.id if account else None,
                    password_hash=account.password_hash if account else None,
                    active=bool(account and account.active),
                    municipality_known=municipality is not None,
                )
            row = repository.attempts(session, key)
            held_by_checks = row is not None and row.failures < settings.login_max_failures
        if not held_by_checks or time.monotonic() > deadline:
            raise _rate_limited(settings)
        time.sleep(0.05)


async def login(
    factory: sessionmaker[Session], settings: Settings, request: LoginRequest, client_ip: str
) -> TokenResponse:
    """A fresh token, or :class:`LoginRefused` / 429 / 503.

    Three short units of work, so no database lock is held while argon2 runs: reserve a
    check (atomically, against the limit), check the password (in one of a few argon2
    slots; a login waiting for one holds no thread), then record the outcome — the token
    and a cleared count, or one more failure."""
    candidate = await to_thread.run_sync(_reserve, factory, settings, request, client_ip)
    try:
        ok, new_hash = await run_password_check(
            settings.password_check_concurrency,
            settings.password_check_wait_seconds,
            functools.partial(_check, candidate, request.password),
        )
    except BaseException:
        await to_thread.run_sync(_release, factory, _account_key(request))
        raise
    return await to_thread.run_sync(
        _settle, factory, settings, request, client_ip, candidate, ok, new_hash
    )


def _check(candidate: _Candidate, password: str) -> tuple[bool, str | None]:
    ok = verify_password(candidate.password_hash, password)
    new_hash = (
        rehash_if_outdated(candidate.password_hash, password)
        if ok and candidate.password_hash
        else None
    )
    return ok, new_hash


def _release(factory: sessionmaker[Session], key: str) -> None:
    with transaction(factory) as session:
        repository.release_check(session, key)


def _settle(
    factory: sessionmaker[Session],
    settings: Settings,
    request: LoginRequest,
    client_ip: str,
    candidate: _Candidate,
    ok: bool,
    new_hash: str | None,
) -> TokenResponse:
    now = utcnow()
    succeeded = ok and candidate.active and candidate.account_id is not None
    with transaction(factory) as session:
        repository.settle_check(session, _account_key(request), failed=not succeeded, now=now)
        if not succeeded:
            window = now - timedelta(seconds=settings.login_window_seconds)
            repository.count_failure(session, _ip_key(client_ip), now, window)
            repository.prune_attempts(session, now - timedelta(days=1))
        else:
            assert candidate.account_id is not None
            if new_hash is not None:
                repository.set_password_hash(session, candidate.account_id, new_hash)
            repository.prune_tokens(session, candidate.account_id, now - timedelta(days=1))
            account = session.get_one(AccountRow, candidate.account_id)
            municipality = municipalities.find_municipality(session, request.municipality)
            assert municipality is not None
            return issue_token(session, settings, account, municipality)
    if not candidate.municipality_known:
        raise LoginRefused(
            f"Kommunen {request.municipality} findes ikke på serveren. Tjek kommunekoden.",
            code="unknown_municipality",
        )
    raise LoginRefused("Forkert brugernavn eller adgangskode.", code="invalid_credentials")


def issue_token(
    session: Session, settings: Settings, account: AccountRow, municipality: MunicipalityRow
) -> TokenResponse:
    token = new_token()
    now = utcnow()
    expires = now + timedelta(hours=settings.token_ttl_hours)
    repository.add_token(
        session,
        TokenRow(
            account_id=account.id, token_hash=hash_token(token), created_at=now, expires_at=expires
        ),
    )
    return TokenResponse(
        token=token, expires_at=expires, account=account_info(account, municipality)
    )


def revoke_account_tokens(session: Session, municipality_code: str, username: str) -> int:
    """Log an account out everywhere (every live token revoked); the number revoked.
    Expired tokens of the account are removed on the way."""
    municipality = municipalities.find_municipality(session, municipality_code)
    if municipality is None:
        raise NotFound(f"Kommunen {municipality_code} findes ikke.", code="unknown_municipality")
    account = municipalities.find_account(session, municipality.id, username)
    if account is None:
        raise NotFound(
            f"Brugeren {username.strip().lower()} findes ikke i kommune {municipality_code}.",
            code="unknown_account",
        )
    now = utcnow()
    repository.prune_tokens(session, account.id, now)
    return repository.revoke_all(session, account.id, now)


def revoke_tokens(session: Session, account_id: int) -> int:
    """Log an account out everywhere, at once; the number of tokens revoked."""
    now = utcnow()
    repository.prune_tokens(session, account_id, now)
    return repository.revoke_all(session, account_id, now)


def set_password(session: Session, account_id: int, password_hash: str) -> None:
    repository.set_password_hash(session, account_id, password_hash)


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
        tenant_kind=municipality.kind,
    )


def logout(session: Session, caller: Caller) -> None:
    token = session.get_one(TokenRow, caller.token_id)
    token.revoked_at = utcnow()


def me(session: Session, caller: Caller) -> AccountInfo:
    account = session.get_one(AccountRow, caller.account_id)
    return account_info(account, municipalities.municipality_of(session, caller))
