"""Pacing pushes per channel: one token bucket a channel, so a drain never floods a platform."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping

from core.token_bucket import Monotonic, TokenBucket

# Messages per second per channel. The channel senders pace and retry too; this keeps the
# dispatcher from waking thousands of sends at once. Telegram allows ~30/s per bot; Twilio's
# default WhatsApp sender throughput is ~10/s (more after a raise); Slack allows ~1/s per
# conversation, and pushes to Slack are rare, so one cautious bucket serves the workspace.
RATES: dict[str, float] = {"telegram": 25.0, "whatsapp": 10.0, "slack": 1.0}
DEFAULT_RATE = 5.0

Sleep = Callable[[float], Awaitable[None]]


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
            # A burst of a twentieth of a second's worth: a drain starts at once, then spaces.
            burst = max(1.0, rate / 20)
            bucket = self._buckets[channel] = TokenBucket(rate, burst, self._monotonic)
        delay = bucket.reserve()
        if delay > max_wait:
            bucket.refund()
            return False
        if delay > 0:
            await self._sleep(delay)
        return True
