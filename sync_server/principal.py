"""Who is asking: the principal every service scopes its work to.

Services and the command line import this without FastAPI; the request dependencies that
produce a :class:`Caller` from a bearer token live in :mod:`sync_server.deps`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .protocol import Role


@dataclass(frozen=True)
class Caller:
    """The authenticated account, the only source of the municipality scope."""

    account_id: int
    username: str
    role: Role
    municipality_id: int
    municipality_code: str
    pseudonym: str
    token_id: int
    #: "municipality" or "hotline" (a hotline also reads the members that admit it).
    tenant_kind: str = "municipality"

    @property
    def is_hotline(self) -> bool:
        return self.tenant_kind == "hotline"
