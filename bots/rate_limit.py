"""Rate limits: token buckets per key (client IP, traveler, chat user), 429 with Retry-After.

Limits are per process: behind a load balancer spreading requests over N web processes a
client gets up to N times the budget, which still bounds a flood while costing no shared state.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from starlette.types import Receive, Scope, Send

from bots.errors import send_error
from core.token_bucket import KeyedBuckets

# Keys beyond this many are forgotten least-recently-used first: an attacker cycling through
# addresses costs bounded memory (and a forgotten key merely starts with a full bucket).
MAX_KEYS = 100_000


class RateLimiter:
    """`per_minute` requests a minute per key, up to `burst` at once; 0 per minute turns it off.

    A request over the limit is refused (with how long to wait), never queued.
    """

    def __init__(self, per_minute: int, burst: int | None, monotonic: Callable[[], float]) -> None:
        self.per_minute = per_minute
        capacity = float(burst if burst is not None else max(1, per_minute // 3))
        self._buckets = KeyedBuckets(per_minute / 60.0, capacity, monotonic, max_keys=MAX_KEYS)

    @property
    def enabled(self) -> bool:
        """False when configured with 0 per minute."""
        return self.per_minute > 0

    def retry_after(self, key: str) -> float | None:
        """Take one token for `key`: None when allowed, else the seconds until one is free."""
        if not self.enabled:
            return None
        wait = self._buckets[key].try_take()
        return None if wait == 0 else wait


def retry_after_header(seconds: float) -> str:
    """Whole seconds, at least 1, as HTTP's Retry-After wants them."""
    return str(max(1, math.ceil(seconds)))


# Platform webhooks are not limited per address: a busy bot's deliveries all come from a few
# platform addresses. Their deliveries are limited per chat user once verified, and deliveries
# that fail verification spend the address's budget (bots/routers/webhooks.py).
LIMITED_PREFIXES = ("/api/",)


async def refuse_if_limited(
    limiter: RateLimiter, scope: Scope, receive: Receive, send: Send
) -> bool:
    """Answer 429 (a socket: closed with 1013) when the client is over the limit; whether it was.

    Only HTTP requests and sockets under LIMITED_PREFIXES are counted.
    """
    if (
        scope["type"] not in {"http", "websocket"}
        or not limiter.enabled
        or not str(scope.get("path", "")).startswith(LIMITED_PREFIXES)
    ):
        return False
    client = scope.get("client")
    wait = limiter.retry_after(client[0] if client else "unknown")
    if wait is None:
        return False
    if scope["type"] == "websocket":
        # Accepted, then closed with 1013 "try again later": closed before the handshake,
        # the client would see a bare HTTP 403 instead.
        if (await receive())["type"] == "websocket.connect":
            await send({"type": "websocket.accept"})
            await send({"type": "websocket.close", "code": 1013})
        return True
    await send_error(
        send,
        429,
        "rate_limited",
        "Too many requests from your address; slow down.",
        [(b"retry-after", retry_after_header(wait).encode())],
    )
    return True
