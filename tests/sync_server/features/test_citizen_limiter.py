"""The abuse limit of citizens' answers: per client and per municipality, per window, and
the client known only by a keyed hash."""

from __future__ import annotations

from sync_server.features.citizen.limiter import AnswerLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_per_client_limit_resets_with_the_window() -> None:
    clock = Clock()
    limiter = AnswerLimiter(per_client=3, per_site=100, window=60, clock=clock)
    assert [limiter.allow("10.0.0.1", "101") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("10.0.0.2", "101")  # another client is not affected
    clock.now = 61
    assert limiter.allow("10.0.0.1", "101")


def test_per_municipality_limit_holds_against_many_addresses() -> None:
    limiter = AnswerLimiter(per_client=5, per_site=10, window=60, clock=Clock())
    allowed = [limiter.allow(f"10.0.{i}.1", "101") for i in range(12)]
    assert allowed == [True] * 10 + [False] * 2
    assert limiter.allow("10.0.99.1", "202")  # another municipality has its own limit


def test_addresses_are_not_kept_in_clear() -> None:
    limiter = AnswerLimiter(clock=Clock())
    limiter.allow("192.168.17.42", "101")
    kept = repr(limiter._counts)
    assert "192.168.17.42" not in kept
    assert limiter.client_key("192.168.17.42") != AnswerLimiter().client_key("192.168.17.42")
