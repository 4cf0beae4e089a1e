"""What chat offers travelers to take their trip along: a share link, a calendar link, unsharing.

The links point at the read-only share page (`/share/{secret}`) and its calendar file
(`/share/{secret}/trip.ics`); "stop sharing" ends every link of the trip, both kinds.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.calendar_export import timed_item_count
from core.services.destination_zone import destination_zone
from core.services.itinerary import ItineraryView
from core.services.trip_links import TripLinks


@dataclass(frozen=True)
class CalendarLink:
    """A calendar file link and what it holds."""

    url: str
    events: int
    zone: str


class TripTakeaway:
    """Share, export and unshare one traveler's trips inside the turn's session."""

    def __init__(self, session: AsyncSession, clock: Clock, base_url: str) -> None:
        self._links = TripLinks(session, clock)
        self._base = base_url.rstrip("/")

    async def share(self, itinerary: ItineraryView) -> str:
        """A new read-only link to the trip's page."""
        link = await self._links.create(itinerary.id, itinerary.user_id)
        return f"{self._base}/share/{link.secret}"

    async def export(self, itinerary: ItineraryView) -> CalendarLink | None:
        """A link to the trip's .ics, or None when no item has both a date and a time."""
        count = timed_item_count(itinerary)
        if count == 0:
            return None
        link = await self._links.create(itinerary.id, itinerary.user_id)
        zone = destination_zone(itinerary.destination)
        return CalendarLink(f"{self._base}/share/{link.secret}/trip.ics", count, zone.key)

    async def stop_sharing(self, itinerary: ItineraryView) -> int:
        """End every link of the trip; how many were live."""
        return await self._links.revoke_all(itinerary.id, itinerary.user_id)
