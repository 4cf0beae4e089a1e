"""Travelers with trips, made through the services, and what the outbox holds."""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import select

from bots.container import Services
from core.services.itinerary import ItineraryService
from core.services.travelers import TravelerService
from core.storage.models import ChannelIdentity, OutboxMessage


async def add_traveler(
    services: Services,
    destination: str,
    start_in_days: int | None,
    *,
    days: int = 3,
    timezone: str = "UTC",
    locale: str = "en",
    quiet: tuple[str, str] | None = None,
    name: str = "Ana",
    chat: bool = True,
    opted_out: bool = False,
) -> str:
    """A traveler with a Telegram chat and one trip starting `start_in_days` from today (UTC)."""
    clock = services.clock
    async with services.sessions() as session, session.begin():
        traveler = (await TravelerService(session, clock).create(name, locale, timezone)).traveler
        if quiet is not None:
            traveler.quiet_start, traveler.quiet_end = quiet
        start = None
        if start_in_days is not None:
            start = clock.now().date() + timedelta(days=start_in_days)
        itinerary = await ItineraryService(session, clock).create(
            traveler.id, destination, start, days
        )
        if chat:
            chat_id = secrets.token_hex(4)
            session.add(
                ChannelIdentity(
                    channel="telegram",
                    external_user_id=chat_id,
                    chat_id=chat_id,
                    traveler_id=traveler.id,
                    itinerary_id=itinerary.id,
                    opted_out=opted_out,
                    created_at=clock.now(),
                )
            )
    return traveler.id


async def add_trip(services: Services, traveler_id: str, destination: str, start_in: int) -> None:
    """Another trip for an existing traveler."""
    async with services.sessions() as session, session.begin():
        start = services.clock.now().date() + timedelta(days=start_in)
        await ItineraryService(session, services.clock).create(traveler_id, destination, start, 3)


async def outbox(services: Services) -> list[OutboxMessage]:
    """Every queued push, oldest first."""
    async with services.sessions() as session:
        return list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
