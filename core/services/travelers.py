"""Travelers and their API bearer tokens (stored only as SHA-256 hashes)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.intents.language import detect_language
from core.messages import language_of
from core.storage.models import ChatMessage, Traveler


def hash_token(token: str) -> str:
    """The stored form of a bearer token."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class NewTraveler:
    """A created traveler and the token shown once to whoever created it."""

    traveler: Traveler
    token: str


class TravelerService:
    """Creates travelers and resolves bearer tokens to them."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    async def create(
        self,
        name: str,
        locale: str = "en",
        timezone: str = "UTC",
        phone: str | None = None,
        *,
        is_demo: bool = False,
    ) -> NewTraveler:
        """A traveler with a fresh random token."""
        token = secrets.token_urlsafe(32)
        traveler = Traveler(
            id=secrets.token_hex(16),
            name=name,
            locale=locale,
            timezone=timezone,
            phone=phone,
            token_hash=hash_token(token),
            token_created_at=self._clock.now(),
            is_demo=is_demo,
            created_at=self._clock.now(),
        )
        self._session.add(traveler)
        await self._session.flush()
        return NewTraveler(traveler, token)

    async def get(self, traveler_id: str) -> Traveler | None:
        """One traveler by id."""
        return await self._session.get(Traveler, traveler_id)


async def follow_language(
    session: AsyncSession, traveler_id: str, language: str, stored: str | None
) -> None:
    """Make `language` the traveler's locale once their last two messages are written in it.

    One message in another language may be a quoted name or a test; two in a row is how the
    traveler writes now, so later pushes (alerts, digests) follow too.
    """
    if language_of(stored) == language:
        return
    texts = await session.scalars(
        select(ChatMessage.text)
        .where(ChatMessage.user_id == traveler_id, ChatMessage.role == "traveler")
        .order_by(ChatMessage.id.desc())
        .limit(2)
    )
    said = list(texts)
    if len(said) == 2 and all(detect_language(text) == language for text in said):
        await session.execute(
            update(Traveler).where(Traveler.id == traveler_id).values(locale=language)
        )


async def set_language(session: AsyncSession, traveler_id: str, language: str) -> None:
    """Make `language` the traveler's locale at once: they asked to be spoken to in it."""
    await session.execute(
        update(Traveler).where(Traveler.id == traveler_id).values(locale=language)
    )
