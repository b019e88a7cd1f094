"""Server test data: two municipalities with every role, and a realistic guide body."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from sync_server.config import Settings
from sync_server.db.engine import make_session_factory, transaction
from sync_server.db.models import AccountRow
from sync_server.features.auth.security import new_pseudonym
from sync_server.features.auth.service import issue_token
from sync_server.features.municipalities.service import create_municipality
from sync_server.protocol import Role, utcnow


@dataclass
class World:
    """Two municipalities (101, 202), each with an agent, an admin and a manager."""

    client: TestClient
    tokens: dict[tuple[str, Role], str] = field(default_factory=dict)

    def headers(self, code: str, role: Role) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[(code, role)]}"}

    def call(
        self, method: str, path: str, code: str = "101", role: Role = Role.ADMIN, **kwargs: Any
    ) -> Any:
        return self.client.request(
            method, "/api/v1" + path, headers=self.headers(code, role), **kwargs
        )


def seed_world(
    engine: Engine, settings: Settings, password_hash: str, codes: tuple[str, ...] = ("101", "202")
) -> dict[tuple[str, Role], str]:
    tokens: dict[tuple[str, Role], str] = {}
    with transaction(make_session_factory(engine)) as session:
        for code in codes:
            municipality = create_municipality(session, code, f"Kommune {code}")
            for role in Role:
                account = AccountRow(
                    municipality_id=municipality.id,
                    username=role.value,
                    display_name=f"{role.value} {code}",
                    role=role.value,
                    password_hash=password_hash,
                    pseudonym=new_pseudonym(),
                    active=True,
                    created_at=utcnow(),
                )
                session.add(account)
                session.flush()
                tokens[(code, role)] = issue_token(session, settings, account, municipality).token
    return tokens


def guide_body(guide_id: str = "melde-flytning", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": guide_id,
        "title": "Melde flytning",
        "area": "Flytning",
        "synonyms": ["flytte", "adresseændring"],
        "guidance": ["Meld flytning på borger.dk senest 5 dage efter, du er flyttet."],
        "self_service_url": "https://www.borger.dk/",
        "steps": [
            {
                "title": "Log ind",
                "text": "Log ind med MitID.",
                "fields": [{"label": "Flyttedato", "note": "Den dag du flytter ind."}],
            }
        ],
        "referral": [{"name": "Borgerservice", "note": "Ring, hvis du ikke har MitID."}],
        "status": "published",
    }
    body.update(overrides)
    return body
