"""The DEMO trip: a 3-day Hadibo itinerary built from the labeled demo dataset."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.domain.itinerary import Node, NodeType, PlaceSnapshot
from core.services.itinerary import ItineraryService, ItineraryView
from core.services.places.demo import DemoPlacesProvider
from core.services.travelers import NewTraveler, TravelerService

DEMO_DESTINATION = "Hadibo"
# (day, time, place id or None for an open meal slot, title for open slots, type)
_PLAN: list[tuple[int, str, str | None, str, NodeType]] = [
    (1, "08:30", "demo-hadibo-sunrise-breakfast-cafe", "", NodeType.MEAL),
    (1, "10:00", "demo-hadibo-socotra-heritage-house", "", NodeType.ATTRACTION),
    (1, "13:00", None, "Lunch", NodeType.MEAL),
    (1, "16:00", "demo-hadibo-delisha-beach", "", NodeType.ATTRACTION),
    (1, "19:30", "demo-hadibo-corniche-fish-grill", "", NodeType.MEAL),
    (2, "08:30", None, "Breakfast", NodeType.MEAL),
    (2, "10:00", "demo-hadibo-dragons-blood-nursery-garden", "", NodeType.ATTRACTION),
    (2, "13:00", None, "Lunch", NodeType.MEAL),
    (2, "19:30", None, "Dinner", NodeType.MEAL),
    (3, "09:00", "demo-hadibo-haggeher-foothills-viewpoint", "", NodeType.ATTRACTION),
    (3, "13:00", "demo-hadibo-al-saqr-yemeni-kitchen", "", NodeType.MEAL),
    (3, "16:00", "demo-hadibo-hadibo-old-market", "", NodeType.ATTRACTION),
]


def demo_nodes(places: DemoPlacesProvider) -> dict[int, list[Node]]:
    """The demo trip's nodes by day."""
    by_day: dict[int, list[Node]] = {}
    for day, time, place_id, title, node_type in _PLAN:
        candidate = places.place(place_id) if place_id else None
        node = (
            Node(
                title=candidate.name,
                type=node_type,
                time=time,
                place_id=candidate.place_id,
                place=PlaceSnapshot.from_candidate(candidate),
            )
            if candidate
            else Node(title=title or "Free time", type=node_type, time=time)
        )
        by_day.setdefault(day, []).append(node)
    return by_day


async def create_demo_trip(
    session: AsyncSession, places: DemoPlacesProvider, clock: Clock
) -> tuple[NewTraveler, ItineraryView]:
    """A fresh demo traveler with the 3-day Hadibo trip starting in two weeks."""
    created = await TravelerService(session, clock).create(
        "Demo traveler", is_demo=True, timezone="Asia/Aden"
    )
    start: date = clock.now().date() + timedelta(days=14)
    itinerary = await ItineraryService(session, clock).create(
        created.traveler.id, DEMO_DESTINATION, start, 3, demo_nodes(places)
    )
    return created, itinerary
