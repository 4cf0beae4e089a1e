"""Helpers for the InfoAgent tests: a trip, stored intelligence, one turn through the agent.

Each test module declares its `services` and `trip` fixtures with `open_services` and
`kyoto_trip` (fixtures imported from another module would shadow their own names).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from bots.container import Services, build_services
from core.agents.base import TurnContext
from core.agents.info import InfoAgent
from core.config import Settings
from core.domain.itinerary import Node, NodeType, PlaceSnapshot
from core.intents.model import Intent, ParsedTurn, Topic
from core.messages import use_locale
from core.protocol import AgentResponse
from core.services.bookings import BookingService
from core.services.intel_items import parse_item
from core.services.intel_read import IntelReader
from core.services.intelligence import store_item
from core.services.itinerary import ItineraryService, ItineraryView
from core.services.leads import LeadService
from core.services.travelers import TravelerService
from core.storage.db import upgrade_schema
from tests.fakes.clock import FakeClock


@dataclass(frozen=True)
class Trip:
    user_id: str
    itinerary_id: str


async def store(services: Services, kind: str, raw: dict[str, Any]) -> None:
    async with services.sessions() as session, session.begin():
        await store_item(session, services.clock, "Kyoto", parse_item(kind, raw))


async def view(services: Services, trip: Trip) -> ItineraryView:
    async with services.sessions() as session:
        return await ItineraryService(session, services.clock).get(trip.itinerary_id)


async def ask(
    services: Services,
    trip: Trip,
    topic: Topic,
    locale: str = "en",
    *,
    wired: bool = True,
    **slots: Any,
) -> AgentResponse:
    """Run the agent on one INFO/SOCIAL turn, in its own transaction like the orchestrator."""
    intent = Intent.SOCIAL if topic in (Topic.GREETING, Topic.THANKS, Topic.BYE) else Intent.INFO
    turn = ParsedTurn(intent=intent, topic=topic, **slots)
    async with services.sessions() as session, session.begin():
        itineraries = ItineraryService(session, services.clock)
        ctx = TurnContext(
            itineraries=itineraries,
            places=services.places,
            bookings=BookingService(session, services.clock),
            leads=LeadService(session, services.clock),
            itinerary=await itineraries.get(trip.itinerary_id),
            user_id=trip.user_id,
            actor="traveler",
            intel=IntelReader(session, services.clock) if wired else None,
        )
        with use_locale(locale):
            result = await InfoAgent().handle(turn, ctx)
    assert result.prompt is None
    assert result.events == []
    return result.response


WEATHER = {
    "current": "12°C, clear",
    "forecast_7day": ["clear, 14°C", "rain, 9°C", "snow, 2°C"],
    "seasonal_note": "Autumn leaves peak",
    "packing_suggestion": "Layers",
}


@asynccontextmanager
async def open_services(settings: Settings, clock: FakeClock) -> AsyncIterator[Services]:
    """The service container on the test's database, at the migrations' head."""
    built = build_services(settings, clock)
    try:
        await upgrade_schema(built.engine)
        yield built
    finally:
        await built.close()


def _snapshot(services: Services, place_id: str) -> PlaceSnapshot:
    assert services.demo_places is not None
    candidate = services.demo_places.place(place_id)
    assert candidate is not None
    return PlaceSnapshot.from_candidate(candidate)


def _node(snapshot: PlaceSnapshot, time: str) -> Node:
    return Node(title=snapshot.name, type=NodeType.ACTIVITY, time=time, place=snapshot)


async def kyoto_trip(services: Services) -> Trip:
    """A 3-day Kyoto trip from today (Monday 23 November 2026) for a traveler in Tokyo."""
    kawabata = _snapshot(services, "demo-kyoto-sushi-kawabata")  # $$$$
    free = PlaceSnapshot(place_id="test-free-garden", name="Free Garden", price_level=0)
    nodes = {
        1: [
            _node(kawabata, "19:00"),
            _node(_snapshot(services, "demo-kyoto-shojin-garden-table"), "12:00"),  # $$$
            _node(_snapshot(services, "demo-kyoto-kiyomizu-dera"), "09:00"),  # $
        ],
        2: [
            _node(_snapshot(services, "demo-kyoto-fushimi-inari-taisha"), "09:00"),  # no level
            _node(free, "15:00"),
            _node(kawabata, "20:00"),  # the same place again
        ],
    }
    async with services.sessions() as session, session.begin():
        created = await TravelerService(session, services.clock).create(
            "Aiko", timezone="Asia/Tokyo"
        )
        itinerary = await ItineraryService(session, services.clock).create(
            created.traveler.id, "Kyoto, Japan", services.clock.now().date(), 3, nodes
        )
    return Trip(created.traveler.id, itinerary.id)
