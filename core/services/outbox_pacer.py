"""Pacing pushes per channel: one token bucket a channel, so a drain never floods a platform."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping

# Messages per second per channel. The channel senders pace and retry too; this keeps the
# dispatcher from waking thousands of sends at once. Telegram allows ~30/s per bot; Twilio's
# default WhatsApp sender throughput is ~10/s (more after a raise); Slack allows ~1/s per
# conversation, and pushes to Slack are rare, so one cautious bucket serves the workspace.
RATES: dict[str, float] = {"telegram": 25.0, "whatsapp": 10.0, "slack": 1.0}
DEFAULT_RATE = 5.0

Monotonic = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class TokenBucket:
    """`rate` tokens a second, holding at most `burst`; waiters are served in arrival order.

    Each acquire takes its token at once (the balance may go negative) and sleeps until the
    balance it left behind is paid back, so many waiters cost one timer each, not a stampede.
    A cancelled waiter forfeits its token: that only ever slows sending down.
    """

    def __init__(
        self, rate: float, burst: float | None = None, monotonic: Monotonic = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = burst if burst is not None else max(1.0, rate / 20)
        self._monotonic = monotonic
        self._tokens = self.burst
        self._stamp = monotonic()

    def reserve(self) -> float:
        """Take a token now; the seconds to wait before using it."""
        now = self._monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        self._tokens -= 1
        return max(0.0, -self._tokens / self.rate)

    def refund(self) -> None:
        """Give back a reserved token that will not be used."""
        self._tokens = min(self.burst, self._tokens + 1)


class Pacer:
    """One token bucket per channel, created on first use."""

    def __init__(
        self,
        rates: Mapping[str, float],
        monotonic: Monotonic = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._rates = rates
        self._monotonic = monotonic
        self._sleep = sleep
        self._buckets: dict[str, TokenBucket] = {}

    async def acquire(self, channel: str, max_wait: float) -> bool:
        """Wait until one more message may go out on `channel`; False if not within `max_wait`."""
        bucket = self._buckets.get(channel)
        if bucket is None:
            rate = self._rates.get(channel, DEFAULT_RATE)
            bucket = self._buckets[channel] = TokenBucket(rate, monotonic=self._monotonic)
        delay = bucket.reserve()
        if delay > max_wait:
            bucket.refund()
            return False
        if delay > 0:
            await self._sleep(delay)
        return True
