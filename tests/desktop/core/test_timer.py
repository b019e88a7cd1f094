"""The contact timer: pauses are not counted; every state survives serialisation."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from support.clock import FakeClock

from desktop.core.timer import ContactTimer, TimerError, TimerState

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_running_counts_wall_time() -> None:
    timer = ContactTimer.start(T0)
    assert timer.state is TimerState.RUNNING
    assert timer.active_seconds(T0 + timedelta(seconds=95)) == 95


def test_paused_time_is_not_counted() -> None:
    clock = FakeClock(T0)
    timer = ContactTimer.start(clock())
    clock.advance(60)
    timer.pause(clock())
    assert timer.state is TimerState.PAUSED
    clock.advance(300)
    assert timer.active_seconds(clock()) == 60  # frozen during the pause
    timer.resume(clock())
    clock.advance(30)
    timer.pause(clock())
    clock.advance(100)
    timer.resume(clock())
    clock.advance(10)
    timer.stop(clock())
    assert timer.state is TimerState.STOPPED
    assert timer.active_seconds(clock() + timedelta(hours=1)) == 100
    assert timer.ended_at == clock()
    assert timer.paused_seconds == 400


def test_stop_while_paused_ends_the_pause() -> None:
    timer = ContactTimer.start(T0)
    timer.pause(T0 + timedelta(seconds=40))
    timer.stop(T0 + timedelta(seconds=100))
    assert timer.active_seconds(T0 + timedelta(days=1)) == 40
    assert timer.ended_at == T0 + timedelta(seconds=100)


def test_impossible_transitions_are_refused() -> None:
    timer = ContactTimer.start(T0)
    with pytest.raises(TimerError):
        timer.resume(T0)
    timer.pause(T0)
    with pytest.raises(TimerError):
        timer.pause(T0)
    timer.stop(T0)
    with pytest.raises(TimerError):
        timer.stop(T0)
    with pytest.raises(TimerError):
        timer.pause(T0)


def test_clock_going_backwards_never_gives_negative_time() -> None:
    timer = ContactTimer.start(T0)
    assert timer.active_seconds(T0 - timedelta(minutes=5)) == 0
    timer.stop(T0 - timedelta(minutes=5))
    assert timer.ended_at == T0


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        ContactTimer.start(datetime(2026, 3, 2, 9, 0))


@pytest.mark.parametrize("state", ["running", "paused", "stopped"])
def test_serialise_and_restore_every_state(state: str) -> None:
    clock = FakeClock(T0)
    timer = ContactTimer.start(clock())
    clock.advance(50)
    timer.pause(clock())
    clock.advance(20)
    timer.resume(clock())
    clock.advance(5)
    if state in ("paused", "stopped"):
        timer.pause(clock())
        clock.advance(7)
    if state == "stopped":
        timer.stop(clock())
    restored = ContactTimer.from_dict(json.loads(json.dumps(timer.to_dict())))
    assert restored == timer
    assert restored.state.value == state
    later = clock() + timedelta(minutes=3)
    assert restored.active_seconds(later) == timer.active_seconds(later)
    assert restored.started_at == T0
