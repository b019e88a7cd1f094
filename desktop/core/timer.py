"""The contact timer: start, pause/resume (paused time is not counted), stop.

Plain data with an injectable clock; every state is serialisable, so a running timer
survives a crash of the app and resumes with its original start time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from .errors import VejviserError

#: Returns the current time, timezone-aware. Tests inject a fake clock.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


class TimerState(StrEnum):
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"


class TimerError(VejviserError):
    """An impossible timer transition (e.g. pausing a stopped timer)."""


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("the timer needs timezone-aware datetimes")
    return moment.astimezone(UTC)


@dataclass
class ContactTimer:
    """Wall-clock timer of one contact. ``paused_seconds`` holds finished pauses;
    ``paused_at`` the start of the current pause."""

    started_at: datetime
    paused_seconds: float = 0.0
    paused_at: datetime | None = None
    ended_at: datetime | None = None

    @classmethod
    def start(cls, now: datetime) -> ContactTimer:
        return cls(started_at=_aware(now))

    @property
    def state(self) -> TimerState:
        if self.ended_at is not None:
            return TimerState.STOPPED
        if self.paused_at is not None:
            return TimerState.PAUSED
        return TimerState.RUNNING

    def pause(self, now: datetime) -> None:
        if self.state is not TimerState.RUNNING:
            raise TimerError("Tiden kan kun sættes på pause, mens den kører.", code="not_running")
        self.paused_at = max(_aware(now), self.started_at)

    def resume(self, now: datetime) -> None:
        if self.state is not TimerState.PAUSED or self.paused_at is None:
            raise TimerError("Tiden er ikke sat på pause.", code="not_paused")
        moment = max(_aware(now), self.paused_at)
        self.paused_seconds += (moment - self.paused_at).total_seconds()
        self.paused_at = None

    def stop(self, now: datetime) -> None:
        """Stop the timer; a pause still open ends at the stop."""
        if self.state is TimerState.STOPPED:
            raise TimerError("Tiden er allerede stoppet.", code="already_stopped")
        moment = max(_aware(now), self.started_at)
        if self.paused_at is not None:
            self.paused_seconds += (max(moment, self.paused_at) - self.paused_at).total_seconds()
            self.paused_at = None
        self.ended_at = moment

    def active_seconds(self, now: datetime) -> float:
        """Time counted so far: from the start to ``now`` (or the stop), minus pauses."""
        end = self.ended_at or self.paused_at or _aware(now)
        end = max(end, self.started_at)
        return max(0.0, (end - self.started_at).total_seconds() - self.paused_seconds)

    def to_dict(self) -> dict[str, Any]:
        return {
            "started_at": self.started_at.isoformat(),
            "paused_seconds": self.paused_seconds,
            "paused_at": self.paused_at.isoformat() if self.paused_at else None,
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ContactTimer:
        def moment(key: str) -> datetime | None:
            value = data.get(key)
            return _aware(datetime.fromisoformat(value)) if value else None

        started = moment("started_at")
        if started is None:
            raise ValueError("timer state without a start")
        return cls(
            started_at=started,
            paused_seconds=float(data.get("paused_seconds") or 0.0),
            paused_at=moment("paused_at"),
            ended_at=moment("ended_at"),
        )
