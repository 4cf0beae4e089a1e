"""A running job context; travelers with trips made through the services; the outbox rows."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bots.composition import build_job_process
from core.clock import Clock
from core.config import Settings
from core.services.itinerary import ItineraryService
from core.services.travelers import TravelerService
from core.storage.db import upgrade_schema
from core.storage.models import ChannelIdentity, OutboxMessage
from jobs.context import JobContext


@asynccontextmanager
async def running_jobs(settings: Settings, clock: Clock) -> AsyncIterator[JobContext]:
    """A worker's job context on a migrated database, closed afterwards."""
    process = build_job_process(settings, clock)
    await upgrade_schema(process.engine)
    try:
        yield process.ctx
    finally:
        await process.aclose()


class World(Protocol):
    """What the helpers below use: a job context or the web app's services."""

    @property
    def clock(self) -> Clock: ...

    @property
    def sessions(self) -> async_sessionmaker[AsyncSession]: ...


async def add_traveler(
    ctx: World,
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
    clock = ctx.clock
    async with ctx.sessions() as session, session.begin():
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


async def add_trip(ctx: World, traveler_id: str, destination: str, start_in: int) -> None:
    """Another trip for an existing traveler."""
    async with ctx.sessions() as session, session.begin():
        start = ctx.clock.now().date() + timedelta(days=start_in)
        await ItineraryService(session, ctx.clock).create(traveler_id, destination, start, 3)


async def outbox(ctx: World) -> list[OutboxMessage]:
    """Every queued push, oldest first."""
    async with ctx.sessions() as session:
        return list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
