"""The life of a traveler's bearer token: checked for revocation and age, rotated, revoked.

A traveler has one token at a time. Rotating replaces it (every copy of the old one stops
working: "log me out everywhere else"); revoking switches it off until the next rotation ("log
me out everywhere", or the operator's cut-off). Tokens older than the configured maximum age
are refused, counted from when they were issued.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.travelers import hash_token
from core.storage.models import Traveler


@dataclass(frozen=True)
class ValidToken:
    """A token that may be used now, and until when (None: it does not expire)."""

    traveler: Traveler
    expires_at: datetime | None


@dataclass(frozen=True)
class IssuedToken:
    """A freshly issued token; the plain value is shown once and never stored."""

    token: str
    created_at: datetime
    expires_at: datetime | None


class TravelerTokens:
    """Resolves, rotates and revokes travelers' tokens; `max_age` None means no expiry."""

    def __init__(self, session: AsyncSession, clock: Clock, max_age: timedelta | None) -> None:
        self._session = session
        self._clock = clock
        self._max_age = max_age

    def _expiry(self, created_at: datetime) -> datetime | None:
        return None if self._max_age is None else created_at + self._max_age

    async def resolve(self, token: str) -> ValidToken | None:
        """The traveler of a live token; None for unknown, revoked or expired tokens."""
        traveler = await self._session.scalar(
            select(Traveler).where(
                Traveler.token_hash == hash_token(token), Traveler.token_revoked_at.is_(None)
            )
        )
        if traveler is None:
            return None
        expires_at = self._expiry(traveler.token_created_at or traveler.created_at)
        if expires_at is not None and self._clock.now() >= expires_at:
            return None
        return ValidToken(traveler, expires_at)

    async def rotate(self, traveler_id: str) -> IssuedToken | None:
        """A new token for the traveler (None if there is no such traveler); the old one dies."""
        token = secrets.token_urlsafe(32)
        now = self._clock.now()
        result = await self._session.execute(
            update(Traveler)
            .where(Traveler.id == traveler_id)
            .values(token_hash=hash_token(token), token_created_at=now, token_revoked_at=None)
        )
        if result.rowcount == 0:  # type: ignore[attr-defined]
            return None
        return IssuedToken(token, now, self._expiry(now))

    async def revoke(self, traveler_id: str) -> bool:
        """Switch the traveler's token off (False if there is no such traveler)."""
        result = await self._session.execute(
            update(Traveler)
            .where(Traveler.id == traveler_id)
            .values(token_revoked_at=self._clock.now())
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]
