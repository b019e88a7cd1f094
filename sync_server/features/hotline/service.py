"""Rules of shared hotlines: who may admit and dismiss, who a hotline may read and serve."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from ...db.models import MunicipalityRow
from ...errors import Forbidden, Invalid, NotFound
from ...principal import Caller
from ...protocol import AllocationReport, Hotline, HotlineMember, Role, TenantKind, utcnow
from ..messaging import templates
from ..municipalities import service as municipalities
from ..reports import service as reports
from . import allocation, repository

HOTLINE = TenantKind.HOTLINE.value


def _forbidden_tenant() -> Forbidden:
    return Forbidden("Det kan kun en kommunes egne brugere.", code="forbidden_tenant")


def not_admitted(code: str) -> Forbidden:
    return Forbidden(f"Kommunen {code} har ikke givet hotlinen adgang.", code="not_admitted")


def create_hotline(session: Session, code: str, name: str) -> MunicipalityRow:
    """A new hotline tenant (accounts are created as for a municipality)."""
    return municipalities.create_municipality(session, code, name, TenantKind.HOTLINE)


def _hotline(session: Session, code: str) -> MunicipalityRow:
    row = municipalities.find_municipality(session, code)
    if row is None or row.kind != HOTLINE:
        raise NotFound(f"Hotlinen {code} findes ikke.", code="unknown_hotline")
    return row


def _member(session: Session, code: str) -> MunicipalityRow:
    row = municipalities.require_municipality(session, code)
    if row.kind == HOTLINE:
        raise Invalid(f"{code} er en hotline, ikke en kommune.", code="not_a_municipality")
    return row


def admit(session: Session, hotline_code: str, member_code: str, by: str) -> bool:
    """The member admits the hotline; False when it already did (nothing changes)."""
    hotline, member = _hotline(session, hotline_code), _member(session, member_code)
    if repository.current(session, hotline.id, member.id) is not None:
        return False
    repository.admit(session, hotline.id, member.id, by[:100], utcnow())
    return True


def dismiss(session: Session, hotline_code: str, member_code: str) -> bool:
    """The member dismisses the hotline (at its next sync the hotline drops the member's
    content); False when it was not admitted."""
    hotline, member = _hotline(session, hotline_code), _member(session, member_code)
    row = repository.current(session, hotline.id, member.id)
    if row is None:
        return False
    row.dismissed_at = utcnow()
    session.flush()
    return True


def _municipality_caller(caller: Caller) -> None:
    if caller.is_hotline:
        raise _forbidden_tenant()


def list_for_member(session: Session, caller: Caller) -> list[Hotline]:
    """Every hotline on the server, and whether the caller's municipality admits it."""
    _municipality_caller(caller)
    admitted = repository.admissions_of_member(session, caller.municipality_id)
    out = []
    for row in repository.hotlines(session):
        admission = admitted.get(row.id)
        out.append(
            Hotline(
                code=row.code,
                name=row.name,
                admitted=admission is not None,
                admitted_at=admission.admitted_at if admission else None,
            )
        )
    return out


def admit_by(session: Session, caller: Caller, hotline_code: str) -> list[Hotline]:
    _municipality_caller(caller)
    admit(session, hotline_code, caller.municipality_code, caller.username)
    return list_for_member(session, caller)


def dismiss_by(session: Session, caller: Caller, hotline_code: str) -> list[Hotline]:
    _municipality_caller(caller)
    dismiss(session, hotline_code, caller.municipality_code)
    return list_for_member(session, caller)


def members(session: Session, caller: Caller) -> list[HotlineMember]:
    """The members admitting the caller's hotline (none for a municipality's account)."""
    if not caller.is_hotline:
        return []
    return [
        HotlineMember(
            code=row.code,
            name=row.name,
            sender_name=templates.load(session, row.id).sender_name,
        )
        for row in repository.members(session, caller.municipality_id)
    ]


def member_scope(session: Session, caller: Caller, code: str | None) -> Caller:
    """Whose content the caller reads with ``member=code``: itself (no code, or its own),
    or — for a hotline — an admitted member, read as its staff (published content only)."""
    if code is None or code == caller.municipality_code:
        return caller
    if not caller.is_hotline:
        raise _forbidden_tenant()
    member = served_member(session, caller, code)
    return replace(
        caller,
        role=Role.AGENT,
        municipality_id=member.id,
        municipality_code=member.code,
        tenant_kind=TenantKind.MUNICIPALITY.value,
    )


def served_member(session: Session, caller: Caller, code: str) -> MunicipalityRow:
    """The member ``code`` the caller's hotline is admitted by; 403 not_admitted if not."""
    member = municipalities.find_municipality(session, code)
    if (
        member is None
        or member.kind == HOTLINE
        or repository.current(session, caller.municipality_id, member.id) is None
    ):
        raise not_admitted(code)
    return member


def is_admitted(session: Session, hotline_id: int, member_id: int) -> bool:
    return repository.current(session, hotline_id, member_id) is not None


def is_admitted_code(session: Session, caller: Caller, code: str) -> bool:
    """Does the member ``code`` admit the caller's hotline now?"""
    member = municipalities.find_municipality(session, code)
    return (
        caller.is_hotline
        and member is not None
        and member.kind != HOTLINE
        and is_admitted(session, caller.municipality_id, member.id)
    )


def hotline_names(session: Session, member_id: int) -> dict[int, str]:
    """The names of the hotlines that ever served the member, by id."""
    return {row.id: row.name for row in repository.hotlines_of_member(session, member_id)}


class AllocationFormat(StrEnum):
    JSON = "json"
    XLSX = "xlsx"
    PDF = "pdf"
    CSV = "csv"


ALLOCATION_MEDIA = {
    AllocationFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    AllocationFormat.PDF: "application/pdf",
    AllocationFormat.CSV: "text/csv; charset=utf-8",
}


def period_of(first: date | None, last: date | None) -> tuple[date, date]:
    return reports.period_of(first, last)


def allocation_of(session: Session, caller: Caller, first: date, last: date) -> AllocationReport:
    """The caller's hotline's cost allocation of the period (a municipality: 403)."""
    if not caller.is_hotline:
        raise Forbidden("Fordelingen findes kun for en fælles hotline.", code="forbidden_tenant")
    return allocation.allocation(session, caller.municipality_id, first, last)


def write_allocation(
    session: Session,
    hotline: MunicipalityRow,
    first: date,
    last: date,
    fmt: AllocationFormat,
    path: Path,
) -> str:
    """Write the hotline's allocation file at ``path``; returns its download name."""
    report = allocation.allocation(session, hotline.id, first, last)
    title = f"Fordeling af udgifter – {hotline.name}"
    if fmt is AllocationFormat.XLSX:
        allocation.write_xlsx(path, report, title)
    elif fmt is AllocationFormat.PDF:
        allocation.write_pdf(path, report, title)
    else:
        allocation.write_csv(path, report)
    return f"fordeling-{hotline.code}-{first.isoformat()}-{last.isoformat()}.{fmt.value}"


def allocation_file(
    session: Session, caller: Caller, first: date, last: date, fmt: AllocationFormat, path: Path
) -> str:
    allocation_of(session, caller, first, last)  # the same checks
    return write_allocation(
        session, municipalities.municipality_of(session, caller), first, last, fmt, path
    )


def require_hotline(session: Session, code: str) -> MunicipalityRow:
    return _hotline(session, code)
