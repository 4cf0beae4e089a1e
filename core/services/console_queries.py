"""What the operator console reads: travelers, their chats and trips, bookings, the outbox.

Read-only queries; every list is bounded so a large table never makes a page slow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.outbox import DEAD, HELD, PENDING
from core.storage.models import (
    BookingRequest,
    ChannelIdentity,
    ChatMessage,
    Itinerary,
    OutboxMessage,
    Traveler,
)

PAGE = 50
TRANSCRIPT_LINES = 500


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def search_travelers(session: AsyncSession, query: str) -> list[Traveler]:
    """Travelers whose name, phone, id or a linked chat id / user id contains `query`."""
    query = query.strip()[:100]
    statement = select(Traveler).order_by(Traveler.created_at.desc()).limit(PAGE)
    if query:
        pattern = _like(query.lower())
        linked = select(ChannelIdentity.traveler_id).where(
            or_(
                ChannelIdentity.chat_id.like(pattern, escape="\\"),
                ChannelIdentity.external_user_id.like(pattern, escape="\\"),
            )
        )
        statement = statement.where(
            or_(
                func.lower(Traveler.name).like(pattern, escape="\\"),
                Traveler.phone.like(pattern, escape="\\"),
                Traveler.id == query,
                Traveler.id.in_(linked),
            )
        )
    return list(await session.scalars(statement))


@dataclass(frozen=True)
class TravelerFile:
    """One traveler and what hangs off them."""

    traveler: Traveler
    channels: list[ChannelIdentity]
    itineraries: list[Itinerary]
    bookings: list[BookingRequest]


async def traveler_file(session: AsyncSession, traveler_id: str) -> TravelerFile | None:
    """The traveler with channels, trips and booking requests, or None."""
    traveler = await session.get(Traveler, traveler_id)
    if traveler is None:
        return None
    channels = await session.scalars(
        select(ChannelIdentity).where(ChannelIdentity.traveler_id == traveler_id)
    )
    trips = await session.scalars(
        select(Itinerary)
        .where(Itinerary.user_id == traveler_id)
        .order_by(Itinerary.updated_at.desc())
        .limit(PAGE)
    )
    bookings = await session.scalars(
        select(BookingRequest)
        .where(BookingRequest.user_id == traveler_id)
        .order_by(BookingRequest.created_at.desc())
        .limit(PAGE)
    )
    return TravelerFile(traveler, list(channels), list(trips), list(bookings))


async def transcript(session: AsyncSession, traveler_id: str) -> list[ChatMessage]:
    """The traveler's messages and the bot's answers on every channel, oldest first."""
    newest = (
        select(ChatMessage)
        .where(ChatMessage.user_id == traveler_id)
        .order_by(ChatMessage.created_at.desc(), ChatMessage.id.desc())
        .limit(TRANSCRIPT_LINES)
        .subquery()
    )
    rows = await session.scalars(
        select(ChatMessage)
        .join(newest, newest.c.id == ChatMessage.id)
        .order_by(ChatMessage.created_at, ChatMessage.id)
    )
    return list(rows)


async def bookings(session: AsyncSession, status: str | None) -> list[BookingRequest]:
    """Booking requests (of one status, or all), newest first."""
    statement = select(BookingRequest).order_by(BookingRequest.created_at.desc()).limit(PAGE)
    if status:
        statement = statement.where(BookingRequest.status == status)
    return list(await session.scalars(statement))


async def outbox_rows(session: AsyncSession, status: str) -> list[OutboxMessage]:
    """Outbox rows of one status, newest first."""
    rows = await session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.status == status)
        .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
        .limit(PAGE)
    )
    return list(rows)


async def requeue_dead_letter(session: AsyncSession, clock: Clock, message_id: int) -> bool:
    """Give a dead letter (or a held row) a fresh set of attempts, due now; False if not one."""
    result = await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.status.in_((DEAD, HELD)))
        .values(status=PENDING, attempts=0, next_attempt_at=clock.now(), lease_until=None)
        .execution_options(synchronize_session=False)
    )
    return getattr(result, "rowcount", 0) == 1


@dataclass(frozen=True)
class Health:
    """The console's front page numbers."""

    travelers: int
    pending_bookings: int
    outbox: dict[str, int]
    checked_at: datetime


async def health(session: AsyncSession, clock: Clock) -> Health:
    """Counts that say whether anything needs an operator."""
    travelers = await session.scalar(select(func.count()).select_from(Traveler)) or 0
    pending = await session.scalar(
        select(func.count())
        .select_from(BookingRequest)
        .where(BookingRequest.status == "pending_review")
    )
    by_status = await session.execute(
        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
    )
    outbox = {str(status): int(count) for status, count in by_status.all()}
    return Health(int(travelers), int(pending or 0), outbox, clock.now())
