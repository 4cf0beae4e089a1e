"""CircuitBreaker and DailyQuota on a hand-moved clock."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from core.services.places.guard import CircuitBreaker, DailyQuota
from tests.fakes.clock import FakeClock

GUARD_LOGGER = "core.services.places.guard"


def fail(breaker: CircuitBreaker, times: int) -> None:
    for _ in range(times):
        breaker.record_failure()


# --- CircuitBreaker ----------------------------------------------------------------------------


def test_new_breaker_is_closed(clock: FakeClock) -> None:
    assert CircuitBreaker(clock).is_open is False


def test_opens_at_the_fifth_consecutive_failure_by_default(clock: FakeClock) -> None:
    breaker = CircuitBreaker(clock)

    fail(breaker, 4)
    assert breaker.is_open is False

    fail(breaker, 1)
    assert breaker.is_open is True


def test_success_resets_the_consecutive_count(clock: FakeClock) -> None:
    breaker = CircuitBreaker(clock)

    fail(breaker, 4)
    breaker.record_success()
    fail(breaker, 4)

    assert breaker.is_open is False
    fail(breaker, 1)
    assert breaker.is_open is True


def test_stays_open_for_60_seconds_by_default(clock: FakeClock) -> None:
    breaker = CircuitBreaker(clock)
    fail(breaker, 5)

    clock.advance(seconds=59.9)
    assert breaker.is_open is True

    clock.advance(seconds=0.1)
    assert breaker.is_open is False  # half-open: a trial may go through


def test_state_names_closed_open_and_half_open(clock: FakeClock) -> None:
    breaker = CircuitBreaker(clock)
    assert breaker.state == "closed"
    fail(breaker, 5)
    assert breaker.state == "open"
    clock.advance(seconds=60)
    assert breaker.state == "half_open"
    assert breaker.allow_request() is True  # the trial call
    assert breaker.state == "half_open"
    breaker.record_failure()
    assert breaker.state == "open"
    clock.advance(seconds=60)
    breaker.record_success()
    assert breaker.state == "closed"


def test_success_of_the_trial_closes_it(clock: FakeClock) -> None:
    breaker = CircuitBreaker(clock)
    fail(breaker, 5)
    clock.advance(seconds=60)

    breaker.record_success()

    assert breaker.is_open is False
    fail(breaker, 4)  # a full new count is needed to open again
    assert breaker.is_open is False


def test_failure_of_the_trial_reopens_it_for_a_full_period(clock: FakeClock) -> None:
    breaker = CircuitBreaker(clock)
    fail(breaker, 5)
    clock.advance(seconds=75)

    fail(breaker, 1)

    assert breaker.is_open is True
    clock.advance(seconds=59)
    assert breaker.is_open is True
    clock.advance(seconds=1)
    assert breaker.is_open is False


def test_custom_threshold_and_open_period(clock: FakeClock) -> None:
    breaker = CircuitBreaker(clock, threshold=2, open_seconds=10)

    fail(breaker, 1)
    assert breaker.is_open is False
    fail(breaker, 1)
    assert breaker.is_open is True
    clock.advance(seconds=9)
    assert breaker.is_open is True
    clock.advance(seconds=1)
    assert breaker.is_open is False


def test_breaker_follows_monotonic_time_not_wall_time() -> None:
    clock = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    breaker = CircuitBreaker(clock)
    fail(breaker, 5)

    clock.advance(days=1)

    assert breaker.is_open is False


def test_breaker_logs_opening_and_closing(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    breaker = CircuitBreaker(clock)

    with caplog.at_level(logging.INFO, logger=GUARD_LOGGER):
        breaker.record_success()  # closing a closed breaker says nothing
        assert caplog.records == []
        fail(breaker, 5)
        clock.advance(seconds=60)
        breaker.record_success()

    levels = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == GUARD_LOGGER]
    assert levels == [
        (logging.ERROR, "place search circuit opened after 5 failures"),
        (logging.INFO, "place search circuit closed"),
    ]


# --- DailyQuota --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("limit", "allowed"),
    [
        (1000, 950),
        (100, 95),
        (20, 19),
        (10, 9),
        (3, 2),
        (1, 1),  # never less than one call a day
    ],
)
def test_refuses_at_95_percent(clock: FakeClock, limit: int, allowed: int) -> None:
    quota = DailyQuota(clock, limit)

    granted = [quota.try_acquire() for _ in range(limit + 2)]

    assert granted == [True] * allowed + [False] * (limit + 2 - allowed)
    assert quota.used == allowed


def test_refusal_does_not_count(clock: FakeClock) -> None:
    quota = DailyQuota(clock, 10)
    for _ in range(9):
        assert quota.try_acquire() is True

    for _ in range(5):
        assert quota.try_acquire() is False

    assert quota.used == 9


def test_used_counts_granted_calls(clock: FakeClock) -> None:
    quota = DailyQuota(clock, 1000)
    assert quota.used == 0

    for _ in range(3):
        quota.try_acquire()

    assert quota.used == 3


def test_warns_once_when_reaching_80_percent(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    quota = DailyQuota(clock, 20)

    with caplog.at_level(logging.WARNING, logger=GUARD_LOGGER):
        for _ in range(15):
            quota.try_acquire()
        assert caplog.records == []

        quota.try_acquire()  # 16 of 20
        assert [r.getMessage() for r in caplog.records] == [
            "Google Places quota at 16 of 20 calls today"
        ]
        assert caplog.records[0].levelno == logging.WARNING

        for _ in range(10):
            quota.try_acquire()
    assert len(caplog.records) == 1


def test_custom_ratios(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    quota = DailyQuota(clock, 10, warn_ratio=0.5, refuse_ratio=0.7)

    with caplog.at_level(logging.WARNING, logger=GUARD_LOGGER):
        granted = [quota.try_acquire() for _ in range(10)]

    assert granted == [True] * 7 + [False] * 3
    assert [r.getMessage() for r in caplog.records] == [
        "Google Places quota at 5 of 10 calls today"
    ]


def test_resets_on_the_next_utc_day(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 23, 58, tzinfo=UTC))
    quota = DailyQuota(clock, 10)
    with caplog.at_level(logging.WARNING, logger=GUARD_LOGGER):
        for _ in range(9):
            quota.try_acquire()
        assert quota.try_acquire() is False

        clock.advance(minutes=1)  # 23:59
        assert quota.try_acquire() is False
        assert quota.used == 9

        clock.advance(minutes=1)  # 00:00 the next day
        assert quota.used == 0
        for _ in range(9):
            assert quota.try_acquire() is True
        assert quota.try_acquire() is False

    # the warning is given again on the new day
    assert len(caplog.records) == 2


def test_day_boundary_is_utc_midnight_not_24_hours_after_first_use() -> None:
    clock = FakeClock(datetime(2026, 11, 23, 0, 5, tzinfo=UTC))
    quota = DailyQuota(clock, 10)
    for _ in range(9):
        quota.try_acquire()

    clock.advance(hours=23, minutes=54)  # 23:59 the same day
    assert quota.try_acquire() is False

    clock.advance(minutes=2)
    assert quota.try_acquire() is True
    assert quota.used == 1
