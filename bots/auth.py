"""Bearer-token authentication with a short in-process cache of verified tokens."""

from __future__ import annotations

from dataclasses import dataclass

from cachetools import TTLCache
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.clock import Clock
from core.services.travelers import TravelerService, hash_token

# Tokens cannot be revoked yet; when they can, revocation must clear this cache too.
_CACHE_SECONDS = 300
_CACHE_SIZE = 10_000


@dataclass(frozen=True)
class Principal:
    """Who a request acts for."""

    id: str
    locale: str


class Authenticator:
    """Resolves bearer tokens to travelers; a verified token is remembered for a few minutes."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock
        self._verified: TTLCache[str, Principal] = TTLCache(
            maxsize=_CACHE_SIZE, ttl=_CACHE_SECONDS, timer=clock.monotonic
        )

    async def authenticate(self, token: str) -> Principal | None:
        """The traveler owning `token`, or None (unknown tokens are never cached)."""
        if not token:
            return None
        key = hash_token(token)
        if (known := self._verified.get(key)) is not None:
            return known
        async with self._sessions() as session:
            traveler = await TravelerService(session, self._clock).by_token(token)
        if traveler is None:
            return None
        principal = Principal(traveler.id, traveler.locale)
        self._verified[key] = principal
        return principal
