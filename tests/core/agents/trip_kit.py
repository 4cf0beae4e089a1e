"""Helpers for the TripAgent and planner tests: a demo trip and turns driven through the
orchestrator's routing with ParsedTurn values (each turn in its own transaction, prompts
stored and answered like the orchestrator does).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bots.container import Services, build_services
from core.agents.base import AgentResult, TurnContext
from core.config import Settings
from core.domain.changeset import ChangeOpModel, ChangeSet
from core.intents.model import Intent, ParsedTurn
from core.messages import use_locale
from core.protocol import AgentResponse
from core.services.bookings import BookingService
from core.services.conversation_state import ConversationStateService
from core.services.demo_seed import create_demo_trip
from core.services.itinerary import ItineraryService, ItineraryView
from core.services.leads import LeadService
from core.storage.db import upgrade_schema
from tests.fakes.clock import FakeClock


@asynccontextmanager
async def open_services(settings: Settings, clock: FakeClock) -> AsyncIterator[Services]:
    services = build_services(settings, clock)
    await upgrade_schema(services.engine)
    try:
        yield services
    finally:
        await services.close()


@dataclass
class Driver:
    """One traveler's conversation about one itinerary."""

    services: Services
    user_id: str
    itinerary_id: str
    locale: str = "en"

    @property
    def key(self) -> str:
        return f"test:{self.user_id}"

    async def _context(self, session: AsyncSession) -> tuple[TurnContext, ConversationStateService]:
        itineraries = ItineraryService(session, self.services.clock)
        ctx = TurnContext(
            itineraries=itineraries,
            places=self.services.places,
            bookings=BookingService(session, self.services.clock),
            leads=LeadService(session, self.services.clock),
            itinerary=await itineraries.get(self.itinerary_id),
            user_id=self.user_id,
            actor="traveler",
        )
        return ctx, ConversationStateService(session, self.services.clock, 5)

    async def _keep_prompt(
        self, prompts: ConversationStateService, result: AgentResult
    ) -> AgentResponse:
        if result.prompt is not None:
            await prompts.open(
                self.key,
                self.user_id,
                self.itinerary_id,
                result.prompt.kind,
                result.prompt.labels,
                result.prompt.payload,
            )
        return result.response

    async def turn(self, intent: Intent, **slots: Any) -> AgentResponse:
        """Route one parsed turn as the orchestrator does."""
        parsed = ParsedTurn(intent=intent, **slots)
        async with self.services.sessions() as session, session.begin():
            ctx, prompts = await self._context(session)
            with use_locale(self.locale):
                result = await self.services.orchestrator._route(parsed, ctx)
            return await self._keep_prompt(prompts, result)

    async def choose(self, index: int) -> AgentResponse:
        """Answer the open prompt with option `index` (0 is "yes" in a confirmation)."""
        async with self.services.sessions() as session, session.begin():
            ctx, prompts = await self._context(session)
            prompt = await prompts.latest(self.key, self.user_id)
            assert prompt is not None
            with use_locale(self.locale):
                result = await self.services.orchestrator._resume(prompt, index, prompts, ctx)
            return await self._keep_prompt(prompts, result)

    async def apply(self, *ops: ChangeOpModel) -> None:
        """A change made elsewhere (another channel, a setup step)."""
        async with self.services.sessions() as session, session.begin():
            itineraries = ItineraryService(session, self.services.clock)
            current = await itineraries.get(self.itinerary_id)
            changeset = ChangeSet(ops=list(ops), summary="setup")
            await itineraries.apply(self.itinerary_id, changeset, current.version, "traveler")

    async def view(self) -> ItineraryView:
        async with self.services.sessions() as session:
            return await ItineraryService(session, self.services.clock).get(self.itinerary_id)

    async def create(self, destination: str, days: int, start: date | None) -> Driver:
        """A new empty itinerary of the same traveler."""
        async with self.services.sessions() as session, session.begin():
            itinerary = await ItineraryService(session, self.services.clock).create(
                self.user_id, destination, start, days
            )
        return Driver(self.services, self.user_id, itinerary.id, self.locale)


async def demo_driver(services: Services) -> Driver:
    """The 3-day Hadibo demo trip, starting two weeks after the clock's today."""
    assert services.demo_places is not None
    async with services.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    return Driver(services, created.traveler.id, itinerary.id)


def titles(view: ItineraryView) -> list[list[str]]:
    return [[node.title for node in day.nodes] for day in view.days]


def node_ids(view: ItineraryView) -> list[list[str]]:
    return [[node.id for node in day.nodes] for day in view.days]
