"""Shared hotlines: a tenant that serves the municipalities that admitted it, and the
allocation of its costs between them (protocol 5)."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from .common import AwareDatetime, MunicipalityCode, WireModel
from .registrations import Authority


class Hotline(WireModel):
    """A hotline as a municipality's admin sees it: may it read our guides?"""

    code: MunicipalityCode
    name: str
    admitted: bool
    admitted_at: AwareDatetime | None = None


class HotlineMember(WireModel):
    """A municipality that currently admits the caller's hotline."""

    code: MunicipalityCode
    name: str
    sender_name: str = Field(
        default="", description="The name the member's messages to citizens are sent as."
    )


class AllocationRow(WireModel):
    """The hotline's contacts for one member about one authority (None: not stated)."""

    municipality: MunicipalityCode
    municipality_name: str
    authority: Authority | None
    contacts: int
    minutes: float
    contact_share: float | None
    minute_share: float | None
    amount: float  # kroner: minutes × cost per minute + contacts × cost per contact


class AllocationReport(WireModel):
    """The hotline's cost allocation of a period, per member × authority."""

    period_from: date
    period_to: date
    contacts: int
    minutes: float
    amount: float
    rows: list[AllocationRow] = Field(default_factory=list)
