"""Management reports for the manager and admin roles (Qt-free): the figures of a period
and the report files, fetched from the server (nothing is cached: an offline workstation
says so)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from sync_server.protocol import (
    Benchmark,
    BenchmarkParticipation,
    ExportFormat,
    PeriodKind,
    Report,
    ReportFrequency,
    ReportSettings,
    ReportSubscription,
    Role,
)

from ..core.errors import VejviserError, refusal
from ..sync.transport import ApiClient
from .session import SessionService

T = TypeVar("T")
REPORT_ROLES = frozenset({Role.MANAGER.value, Role.ADMIN.value})


@dataclass(frozen=True)
class ReportQuery:
    """A period of ``kind`` holding ``anchor``, with optional filters."""

    kind: PeriodKind
    anchor: date
    channel: str | None = None
    area: str | None = None
    location: str | None = None

    def params(self) -> dict[str, Any]:
        params: dict[str, Any] = {"period": self.kind.value, "date": self.anchor.isoformat()}
        for name in ("channel", "area", "location"):
            value = getattr(self, name)
            if value is not None:
                params[name] = value
        return params


class InvalidReportInput(VejviserError):
    """Report settings or a subscription the contract refuses (shown as it is)."""


class ReportsService:
    def __init__(self, session: SessionService) -> None:
        self.session = session

    @property
    def allowed(self) -> bool:
        return self.session.profile.role in REPORT_ROLES

    def _call(self, work: Callable[[ApiClient], T]) -> T:
        return self.session.call(work, "Log ind for at se rapporterne.")

    def figures(self, query: ReportQuery) -> Report:
        return self._call(lambda api: api.report(query.params()))

    @property
    def is_admin(self) -> bool:
        return self.session.profile.role == Role.ADMIN.value

    def benchmark(self, query: ReportQuery) -> Benchmark:
        """The own figures of the query's period beside the participating municipalities'
        medians (all channels, places and areas: the filters do not apply)."""
        params = {"period": query.kind.value, "date": query.anchor.isoformat()}
        return self._call(lambda api: api.benchmark(params))

    def participation(self, participating: bool | None = None) -> BenchmarkParticipation:
        """Whether the municipality takes part in the benchmark; with ``participating``:
        set it (admin)."""
        return self._call(lambda api: api.benchmark_participation(participating))

    def export(
        self,
        query: ReportQuery,
        fmt: ExportFormat,
        target: Path,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Download the report file to ``target``; returns its size in bytes."""
        params = {**query.params(), "format": fmt.value}
        return self._call(lambda api: api.download("/reports/export", params, target, progress))

    def export_komhen(
        self,
        year: int,
        week: int,
        target: Path,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """The KOMHEN counts of counting week ``week`` of ``year`` (CSV) to ``target``."""
        params = {"year": year, "week": week, "format": ExportFormat.KOMHEN.value}
        return self._call(lambda api: api.download("/reports/export", params, target, progress))

    # -- report settings (read: manager and admin; write: admin) -----------------------------
    def settings(self) -> ReportSettings:
        return self._call(lambda api: api.report_settings())

    def save_settings(self, data: dict[str, Any]) -> ReportSettings:
        """Check ``data`` against the contract first (nothing is sent when it breaks a rule),
        then replace the settings as one whole: the server stores all of it or none."""
        try:
            body = ReportSettings.model_validate(data)
        except ValidationError as exc:
            raise refusal(exc, InvalidReportInput) from exc
        return self._call(lambda api: api.put_report_settings(body))

    # -- the caller's report by e-mail --------------------------------------------------------
    def subscription(self) -> ReportSubscription:
        return self._call(lambda api: api.report_subscription())

    def subscribe(self, frequency: ReportFrequency, email: str | None) -> ReportSubscription:
        """Subscribe (or change) to the monthly or weekly report; ``NONE`` ends it."""
        try:
            body = ReportSubscription(frequency=frequency, email=email)
        except ValidationError as exc:
            raise refusal(exc, InvalidReportInput) from exc
        return self._call(lambda api: api.put_report_subscription(body))
