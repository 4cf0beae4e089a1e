"""Protection around a paid, fallible API: a circuit breaker and a daily quota."""

from __future__ import annotations

import logging
from datetime import date

from core.clock import Clock

log = logging.getLogger(__name__)


class CircuitBreaker:
    """Opens after `threshold` consecutive failures and stays open for `open_seconds`.

    After that exactly one trial call is let through (half-open); its success closes the
    breaker, its failure reopens it for another `open_seconds`.
    """

    def __init__(
        self,
        clock: Clock,
        threshold: int = 5,
        open_seconds: float = 60,
        *,
        name: str = "place search",
    ) -> None:
        self._clock = clock
        self._name = name
        self._threshold = threshold
        self._open_seconds = open_seconds
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_in_flight = False

    @property
    def is_open(self) -> bool:
        """True while calls are refused (open, or half-open with its trial call under way)."""
        if self._opened_at is None:
            return False
        cooling = self._clock.monotonic() - self._opened_at < self._open_seconds
        return cooling or self._trial_in_flight

    @property
    def state(self) -> str:
        """One of closed (calls go out), open (refused while cooling), half_open (one trial)."""
        if self._opened_at is None:
            return "closed"
        if self._clock.monotonic() - self._opened_at < self._open_seconds:
            return "open"
        return "half_open"

    def allow_request(self) -> bool:
        """Whether a call may go out now; in half-open state only the first caller gets True."""
        if self._opened_at is None:
            return True
        if self.is_open:
            return False
        self._trial_in_flight = True
        return True

    def record_success(self) -> None:
        """The provider answered: close the breaker."""
        if self._opened_at is not None:
            log.info("%s circuit closed", self._name)
        self._failures = 0
        self._opened_at = None
        self._trial_in_flight = False

    def record_abandoned(self) -> None:
        """A call ended without an answer either way (cancelled): the next caller may try.

        Without this a cancelled half-open trial would keep the breaker open for good.
        """
        self._trial_in_flight = False

    def record_failure(self) -> None:
        """A call failed: count it; open at the threshold, reopen when the trial failed."""
        self._failures += 1
        if self._failures >= self._threshold or self._trial_in_flight:
            self._opened_at = self._clock.monotonic()
            self._trial_in_flight = False
            log.error("%s circuit opened after %d failures", self._name, self._failures)


class DailyQuota:
    """Counts calls per UTC day; warns at 80 % and refuses at 95 % of the quota."""

    def __init__(
        self,
        clock: Clock,
        daily_limit: int,
        warn_ratio: float = 0.8,
        refuse_ratio: float = 0.95,
        *,
        name: str = "Google Places",
    ) -> None:
        self._clock = clock
        self._name = name
        self._limit = daily_limit
        self._warn_at = int(daily_limit * warn_ratio)
        self._refuse_at = max(1, int(daily_limit * refuse_ratio))
        self._day: date | None = None
        self._used = 0
        self._warned = False

    @property
    def used(self) -> int:
        """Calls counted today."""
        self._roll()
        return self._used

    def _roll(self) -> None:
        today = self._clock.now().date()
        if today != self._day:
            self._day, self._used, self._warned = today, 0, False

    def try_acquire(self) -> bool:
        """Count one call if the quota allows it; False when the refuse threshold is reached."""
        self._roll()
        if self._used >= self._refuse_at:
            return False
        self._used += 1
        if self._used >= self._warn_at and not self._warned:
            self._warned = True
            log.warning("%s quota at %d of %d calls today", self._name, self._used, self._limit)
        return True
