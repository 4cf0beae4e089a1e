"""Bearer-token authentication with a short in-process cache of verified tokens."""

from __future__ import annotations

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
_CACHE_SIZE = 10_000


@dataclass(frozen=True)
class Principal:
    """Who a request acts for."""

    id: str
    locale: str


@dataclass(frozen=True)
class _Verified:
    principal: Principal
    expires_at: datetime | None


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

    def tokens(self, session: AsyncSession) -> TravelerTokens:
        """The token service on `session`, with this process's maximum token age."""
        return TravelerTokens(session, self._clock, self.max_age)

    async def authenticate(self, token: str) -> Principal | None:
        """The traveler owning `token`, or None (unknown tokens are never cached)."""
        if not token:
            return None
        key = hash_token(token)
        if (known := self._verified.get(key)) is not None:
            if known.expires_at is None or self._clock.now() < known.expires_at:
                return known.principal
            del self._verified[key]
            return None
        generation = self._generation
        async with self._sessions() as session:
            valid = await self.tokens(session).resolve(token)
        if valid is None:
            return None
        principal = Principal(valid.traveler.id, valid.traveler.locale)
        if generation == self._generation:
            self._verified[key] = _Verified(principal, valid.expires_at)
        return principal

    def forget(self, traveler_id: str) -> None:
        """Drop the traveler's cached tokens (after a rotation or revocation)."""
        self._generation += 1
        for key, verified in list(self._verified.items()):
            if verified.principal.id == traveler_id:
                self._verified.pop(key, None)
