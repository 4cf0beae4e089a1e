"""Read-only share links to a trip: unguessable, revocable, and stored only as hashes.

A link is `{base}/share/{secret}` where the secret is 256 random bits; the database keeps its
SHA-256, so a leaked table cannot be turned into working links. Revoking a trip's links
("stop sharing") ends every link of that trip at once.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.storage.console_models import ShareLink

_MAX_SECRET = 128


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True)
class NewLink:
    """A link just made: the secret is shown once and never stored."""

    secret: str
    itinerary_id: str


class TripLinks:
    """Creates, resolves and revokes share links inside the caller's session."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    async def create(self, itinerary_id: str, traveler_id: str) -> NewLink:
        """A new link to the trip (earlier links keep working until revoked)."""
        secret = secrets.token_urlsafe(32)
        self._session.add(
            ShareLink(
                id=secrets.token_hex(8),
                itinerary_id=itinerary_id,
                traveler_id=traveler_id,
                token_hash=_digest(secret),
                created_at=self._clock.now(),
            )
        )
        await self._session.flush()
        return NewLink(secret, itinerary_id)

    async def resolve(self, secret: str) -> str | None:
        """The itinerary id a live link points at, or None (unknown, revoked, malformed)."""
        if not secret or len(secret) > _MAX_SECRET:
            return None
        return await self._session.scalar(
            select(ShareLink.itinerary_id).where(
                ShareLink.token_hash == _digest(secret), ShareLink.revoked_at.is_(None)
            )
        )

    async def revoke_all(self, itinerary_id: str, traveler_id: str) -> int:
        """End every live link of the traveler's trip; how many were live."""
        result = await self._session.execute(
            update(ShareLink)
            .where(
                ShareLink.itinerary_id == itinerary_id,
                ShareLink.traveler_id == traveler_id,
                ShareLink.revoked_at.is_(None),
            )
            .values(revoked_at=self._clock.now())
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)
