"""The demo municipality: three accounts and the starter library from resources/content."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import update
from sqlalchemy.orm import Session

from .db.models import AccountRow
from .features.auth.security import generate_password, hash_password
from .features.exchange.service import import_file
from .features.municipalities.service import (
    create_account,
    create_municipality,
    find_account,
    find_municipality,
)
from .protocol import Role
from .resources import content_files

DEMO_CODE = "999"
DEMO_NAME = "Demo Kommune"
DEMO_ACCOUNTS = (
    ("agent", Role.AGENT, "Demo Medarbejder"),
    ("admin", Role.ADMIN, "Demo Admin"),
    ("leder", Role.MANAGER, "Demo Leder"),
)


@dataclass
class SeedResult:
    accounts: list[tuple[str, str, str]] = field(default_factory=list)
    loaded: int = 0
    files: int = 0


def seed_demo(session: Session) -> SeedResult:
    result = SeedResult()
    municipality = find_municipality(session, DEMO_CODE) or create_municipality(
        session, DEMO_CODE, DEMO_NAME
    )
    for username, role, display in DEMO_ACCOUNTS:
        password = generate_password()
        existing = find_account(session, municipality.id, username)
        if existing is None:
            create_account(session, DEMO_CODE, username, password, role, display)
        else:
            session.execute(
                update(AccountRow)
                .where(AccountRow.id == existing.id)
                .values(password_hash=hash_password(password), active=True)
            )
        result.accounts.append((username, role.value, password))
    for path in content_files():
        report = import_file(
            session, municipality, json.loads(path.read_text("utf-8")), author="seed-demo"
        )
        result.loaded += report.created + report.updated + report.unchanged
        result.files += 1
    return result
