"""Server test data for shared hotlines: a hotline tenant with an account of every role."""

from __future__ import annotations

from sqlalchemy import Engine

from sync_server.config import Settings
from sync_server.db.engine import make_session_factory, transaction
from sync_server.db.models import AccountRow
from sync_server.features.auth.security import new_pseudonym
from sync_server.features.auth.service import issue_token
from sync_server.features.hotline.service import admit, create_hotline
from sync_server.protocol import Role, utcnow

HOTLINE = "990"


def seed_hotline(
    engine: Engine,
    settings: Settings,
    password_hash: str,
    code: str = HOTLINE,
    members: tuple[str, ...] = (),
) -> dict[tuple[str, Role], str]:
    """The hotline ``code`` ("Fælles hotline"), an agent, admin and manager, admitted by
    ``members``; the tokens by (code, role) as in the world's."""
    tokens: dict[tuple[str, Role], str] = {}
    with transaction(make_session_factory(engine)) as session:
        hotline = create_hotline(session, code, f"Fælles hotline {code}")
        for role in Role:
            account = AccountRow(
                municipality_id=hotline.id,
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
            tokens[(code, role)] = issue_token(session, settings, account, hotline).token
        for member in members:
            admit(session, code, member, "test")
    return tokens
