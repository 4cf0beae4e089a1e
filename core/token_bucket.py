"""The token bucket: `rate` tokens a second, at most `burst` saved up; time is injected (pure).

One arithmetic for every limit in the service: the outbox pacer and the channel senders queue
behind a bucket (`reserve`), the HTTP rate limits refuse when it is empty (`try_take`).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from cachetools import LRUCache

Monotonic = Callable[[], float]


class TokenBucket:
    """`rate` tokens a second, holding at most `burst` (a burst of 1 spaces calls evenly).

    `reserve` always takes its token, letting the balance go negative, and says how long to
    wait before using it: callers queue in arrival order, each sleeping once. `try_take` only
    takes a token that is there. Time comes from `monotonic`, so tests move it by hand.
    """

    def __init__(
        self, rate: float, burst: float = 1.0, monotonic: Monotonic = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = burst
        self._monotonic = monotonic
        self._tokens = burst
        self._stamp = monotonic()

    def reserve(self) -> float:
        """Take a token now; the seconds to wait before using it (0 when one was there)."""
        self._refill()
        self._tokens -= 1
        return max(0.0, -self._tokens / self.rate)

    def try_take(self) -> float:
        """Take a token if one is there (0.0); else the seconds until one is, taking nothing."""
        self._refill()
        if self._tokens >= 1:
            self._tokens -= 1
            return 0.0
        return (1 - self._tokens) / self.rate

    def refund(self) -> None:
        """Give back a reserved token that will not be used."""
        self._tokens = min(self.burst, self._tokens + 1)

    def _refill(self) -> None:
        now = self._monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now


class KeyedBuckets:
    """One bucket per key (chat, channel, client address), the least recently used forgotten.

    Memory stays bounded however many keys arrive; a forgotten key merely starts again with a
    full bucket, and only keys quiet for longer than the others are forgotten.
    """

    def __init__(
        self,
        rate: float,
        burst: float = 1.0,
        monotonic: Monotonic = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self._monotonic = monotonic
        self._buckets: LRUCache[str, TokenBucket] = LRUCache(maxsize=max_keys)

    def __getitem__(self, key: str) -> TokenBucket:
        """The bucket of `key`, created full on first use."""
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = TokenBucket(self.rate, self.burst, self._monotonic)
        return bucket

    def __len__(self) -> int:
        return len(self._buckets)
