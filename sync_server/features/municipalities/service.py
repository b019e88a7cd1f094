"""Municipalities and their accounts: creating them (the CLI and the demo seed), finding
them (login), and a municipality's own settings."""

from __future__ import annotations

import secrets

from pydantic import ValidationError
from sqlalchemy.orm import Session

from ...db.models import AccountRow, MunicipalityRow
from ...errors import Conflict, Invalid, NotFound
from ...principal import Caller
from ...protocol import Municipality, MunicipalitySettings, Role, TenantKind, utcnow
from ..auth.security import hash_password, new_pseudonym
from . import repository


def new_sync_history() -> str:
    return secrets.token_hex(16)


def reset_sync(session: Session, code: str | None = None) -> list[str]:
    """Start a new sync history for one municipality (or all): every desktop pulls all of
    its content again at the next sync and drops what the server no longer has. For use
    after restoring a backup. Returns the codes reset."""
    rows = [require_municipality(session, code)] if code else repository.all_municipalities(session)
    for row in rows:
        row.sync_history = new_sync_history()
    session.flush()
    return [row.code for row in rows]


def create_municipality(
    session: Session, code: str, name: str, kind: TenantKind = TenantKind.MUNICIPALITY
) -> MunicipalityRow:
    """A new tenant: a municipality, or (``kind`` hotline) a shared hotline."""
    try:
        Municipality(code=code, name=name)  # validates the code and the name
    except ValidationError as exc:
        raise Invalid(
            " ".join(
                err["msg"] if err["loc"] == ("code",) else "Skriv kommunens navn (1-200 tegn)."
                for err in exc.errors()
            ),
            code="municipality_invalid",
        ) from None
    if repository.by_code(session, code) is not None:
        raise Conflict(f"Kommunen {code} findes allerede.", code="municipality_exists")
    row = MunicipalityRow(
        code=code,
        name=name.strip(),
        change_seq=0,
        sync_history=new_sync_history(),
        created_at=utcnow(),
        kind=kind.value,
    )
    session.add(row)
    session.flush()
    return row


def find_municipality(session: Session, code: str) -> MunicipalityRow | None:
    return repository.by_code(session, code)


def find_account(session: Session, municipality_id: int, username: str) -> AccountRow | None:
    return repository.account(session, municipality_id, username)


def municipality_of(session: Session, caller: Caller) -> MunicipalityRow:
    """The caller's own municipality."""
    return repository.by_id(session, caller.municipality_id)


def by_id(session: Session, municipality_id: int) -> MunicipalityRow:
    return repository.by_id(session, municipality_id)


def list_municipalities(session: Session) -> list[Municipality]:
    """Every municipality on the server (public: the login screen offers them)."""
    return [
        Municipality(code=row.code, name=row.name) for row in repository.all_municipalities(session)
    ]


def settings_of(session: Session, caller: Caller) -> MunicipalitySettings:
    row = municipality_of(session, caller)
    return MunicipalitySettings(per_person_stats=row.per_person_stats)


def change_settings(
    session: Session, caller: Caller, body: MunicipalitySettings
) -> MunicipalitySettings:
    row = municipality_of(session, caller)
    row.per_person_stats = body.per_person_stats
    return MunicipalitySettings(per_person_stats=row.per_person_stats)


def require_municipality(session: Session, code: str) -> MunicipalityRow:
    row = repository.by_code(session, code)
    if row is None:
        raise NotFound(f"Kommunen {code} findes ikke.", code="unknown_municipality")
    return row


def create_account(
    session: Session,
    municipality_code: str,
    username: str,
    password: str,
    role: Role,
    display_name: str | None = None,
) -> AccountRow:
    municipality = require_municipality(session, municipality_code)
    name = username.strip().lower()
    if not name or len(name) > 100:
        raise Invalid("Brugernavnet skal være 1-100 tegn.", code="username_invalid")
    if len(password) < 8:
        raise Invalid("Adgangskoden skal være mindst 8 tegn.", code="password_too_short")
    if repository.account(session, municipality.id, name) is not None:
        raise Conflict(f"Brugeren {name} findes allerede.", code="account_exists")
    row = AccountRow(
        municipality_id=municipality.id,
        username=name,
        display_name=(display_name or username).strip(),
        role=role.value,
        password_hash=hash_password(password),
        pseudonym=new_pseudonym(),
        active=True,
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    return row
