"""Booking requests: stored as `pending_review` until an expert or operator confirms them."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.storage.models import BookingRequest

PENDING_REVIEW = "pending_review"
CANCELLED = "cancelled"


@dataclass(frozen=True)
class BookingView:
    """A booking request as agents and clients see it."""

    id: str
    place_name: str
    kind: str
    day: int | None
    date: date | None
    time: str | None
    party_size: int | None
    status: str
    node_id: str | None

    @property
    def ref(self) -> str:
        """The short reference travelers quote ('B-7f3a9c')."""
        return f"B-{self.id}"

    def to_json(self) -> dict[str, Any]:
        """Wire form."""
        return {
            "ref": self.ref,
            "placeName": self.place_name,
            "kind": self.kind,
            "day": self.day,
            "date": self.date.isoformat() if self.date else None,
            "time": self.time,
            "partySize": self.party_size,
            "status": self.status,
        }


def _view(row: BookingRequest) -> BookingView:
    return BookingView(
        row.id,
        row.place_name,
        row.kind,
        row.day,
        row.date,
        row.time,
        row.party_size,
        row.status,
        row.node_id,
    )


class BookingService:
    """Creates, lists and cancels booking requests inside the caller's session."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    async def create(
        self,
        *,
        user_id: str,
        itinerary_id: str,
        node_id: str | None,
        place_id: str | None,
        place_name: str,
        kind: str,
        day: int | None,
        on: date | None,
        time: str | None,
        party_size: int | None,
    ) -> BookingView:
        """A new request with status pending_review."""
        now = self._clock.now()
        row = BookingRequest(
            id=secrets.token_hex(3),
            user_id=user_id,
            itinerary_id=itinerary_id,
            node_id=node_id,
            place_id=place_id,
            place_name=place_name,
            kind=kind,
            day=day,
            date=on,
            time=time,
            party_size=party_size,
            details={},
            status=PENDING_REVIEW,
            created_at=now,
            updated_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return _view(row)

    async def for_itinerary(self, user_id: str, itinerary_id: str) -> list[BookingView]:
        """The traveler's requests for one trip, oldest first."""
        rows = await self._session.scalars(
            select(BookingRequest)
            .where(BookingRequest.user_id == user_id, BookingRequest.itinerary_id == itinerary_id)
            .order_by(BookingRequest.created_at, BookingRequest.id)
        )
        return [_view(row) for row in rows]

    async def cancel(self, user_id: str, booking_id: str) -> bool:
        """Withdraw a pending request; False if it is not the traveler's or not pending."""
        result = await self._session.execute(
            update(BookingRequest)
            .where(
                BookingRequest.id == booking_id,
                BookingRequest.user_id == user_id,
                BookingRequest.status == PENDING_REVIEW,
            )
            .values(status=CANCELLED, updated_at=self._clock.now())
            .execution_options(synchronize_session=False)
        )
        return getattr(result, "rowcount", 0) == 1
