"""Bearer-token authentication with a short in-process cache of verified tokens."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from cachetools import TTLCache
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.clock import Clock
from core.services.traveler_tokens import TravelerTokens
from core.services.travelers import hash_token

# A revocation clears this process's cache at once; other web processes forget the token
# within this many seconds, which bounds how long a revoked token keeps working in a fleet.
CACHE_SECONDS = 30
# A token in use is looked up again in the background once its verification is this old, while
# the cached answer is still served (never past CACHE_SECONDS). Otherwise every busy token's
# entry expired every 30 s and the request that found it expired queued twice for a database
# connection (lookup, then turn): under load, each wait is the length of the pool's line.
REFRESH_AFTER_SECONDS = 20
_CACHE_SIZE = 10_000

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Principal:
    """Who a request acts for."""

    id: str
    locale: str


@dataclass(frozen=True)
class _Verified:
    principal: Principal
    expires_at: datetime | None
    verified_at: float  # the clock's monotonic seconds


class Authenticator:
    """Resolves bearer tokens to travelers; a verified token is remembered for a few seconds."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        max_age: timedelta | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self.max_age = max_age
        self._verified: TTLCache[str, _Verified] = TTLCache(
            maxsize=_CACHE_SIZE, ttl=CACHE_SECONDS, timer=clock.monotonic
        )
        # Bumped by `forget`: a lookup that raced a revocation must not cache its stale answer.
        self._generation = 0
        # One lookup per token at a time: the requests and event sockets that find the same
        # token unverified at once share it (a trip's page holds several sockets).
        self._lookups: dict[str, asyncio.Task[Principal | None]] = {}

    def tokens(self, session: AsyncSession) -> TravelerTokens:
        """The token service on `session`, with this process's maximum token age."""
        return TravelerTokens(session, self._clock, self.max_age)

    async def authenticate(self, token: str) -> Principal | None:
        """The traveler owning `token`, or None (unknown tokens are never cached)."""
        if not token:
            return None
        key = hash_token(token)
        if (known := self._verified.get(key)) is not None:
            if known.expires_at is not None and self._clock.now() >= known.expires_at:
                del self._verified[key]
                return None
            if self._clock.monotonic() - known.verified_at >= REFRESH_AFTER_SECONDS:
                self._lookup(token, key)  # in the background; this request goes on at once
            return known.principal
        return await asyncio.shield(self._lookup(token, key))

    def _lookup(self, token: str, key: str) -> asyncio.Task[Principal | None]:
        """The lookup of `token` under way, or a new one."""
        if (running := self._lookups.get(key)) is not None:
            return running
        task = asyncio.create_task(self._verify(token, key))
        self._lookups[key] = task
        task.add_done_callback(self._lookup_done)
        return task

    def _lookup_done(self, task: asyncio.Task[Principal | None]) -> None:
        for key, running in list(self._lookups.items()):
            if running is task:
                del self._lookups[key]
        if not task.cancelled() and (error := task.exception()) is not None:
            log.warning("token lookup failed: %r", error)

    async def _verify(self, token: str, key: str) -> Principal | None:
        generation = self._generation
        async with self._sessions() as session:
            valid = await self.tokens(session).resolve(token)
        if valid is None:
            self._verified.pop(key, None)  # revoked or expired meanwhile
            return None
        principal = Principal(valid.traveler.id, valid.traveler.locale)
        if generation == self._generation:
            self._verified[key] = _Verified(principal, valid.expires_at, self._clock.monotonic())
        return principal

    async def close(self) -> None:
        """Cancel the lookups still under way (at shutdown, before the engine goes)."""
        running = list(self._lookups.values())
        for task in running:
            task.cancel()
        for task in running:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    def forget(self, traveler_id: str) -> None:
        """Drop the traveler's cached tokens (after a rotation or revocation)."""
        self._generation += 1
        for key, verified in list(self._verified.items()):
            if verified.principal.id == traveler_id:
                self._verified.pop(key, None)
