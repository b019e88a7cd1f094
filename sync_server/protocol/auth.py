"""Login, accounts and municipalities."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from .common import AwareDatetime, MunicipalityCode, Name, WireModel


class Role(StrEnum):
    AGENT = "agent"
    ADMIN = "admin"
    MANAGER = "manager"


class TenantKind(StrEnum):
    """A tenant is a municipality or a shared hotline serving admitted member municipalities."""

    MUNICIPALITY = "municipality"
    HOTLINE = "hotline"


class Municipality(WireModel):
    code: MunicipalityCode
    name: Name


class MunicipalitySettings(WireModel):
    """Settings a municipality's admin controls. ``per_person_stats``: statistics may be
    grouped by staff member (a pseudonym); off by default."""

    per_person_stats: bool = False


class LoginRequest(WireModel):
    municipality: MunicipalityCode
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class AccountInfo(WireModel):
    username: str
    display_name: str
    role: Role
    municipality: Municipality
    staff_pseudonym: str
    tenant_kind: TenantKind = Field(
        default=TenantKind.MUNICIPALITY,
        description="The kind of the account's tenant (protocol 5): a hotline reads members.",
    )


class TokenResponse(WireModel):
    token: str
    expires_at: AwareDatetime
    account: AccountInfo


class ErrorBody(WireModel):
    """Every error answer of the API."""

    error: str
    detail: str | list[dict[str, object]] | dict[str, object] | None = None
