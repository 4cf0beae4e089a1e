"""core.booking_adds: booking a place the trip lacks adds it at the booking's day and time,
then asks to confirm the request; a pronoun, a kind or a place on the trip changes nothing."""

from __future__ import annotations

import pytest

from bots.container import Services
from core.orchestrator import Turn
from core.protocol import AgentResponse, ResponseType
from core.services.itinerary import ItineraryService
from tests.core.test_orchestrator_languages import Chat, _chat


async def _say(chat: Chat, text: str) -> AgentResponse:
    """A turn in the chat's locale (English too: Chat.say checks es/pt answers only)."""
    outcome = await chat.services.orchestrator.handle(
        Turn(
            conversation_key=f"test:{chat.user}",
            user_id=chat.user,
            itinerary_id=chat.itinerary,
            locale=chat.locale,
            text=text,
        )
    )
    return outcome.response


async def _stops(services: Services, itinerary: str) -> dict[str, tuple[int, str | None]]:
    async with services.sessions() as session:
        trip = await ItineraryService(session, services.clock).get(itinerary)
    return {n.title: (d.day, n.time) for d in trip.days for n in d.nodes}


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "table at mandi house on day 2 for 3, 8.30pm"),
        ("es", "reserva en el Mandi House el dia 2 pa 3 a las 20:30"),
        ("pt", "reserva uma mesa no mandi house no dia 2 pra 3 às 20h30"),
    ],
)
async def test_a_booking_of_a_place_the_trip_lacks_adds_it_then_asks(
    services: Services, locale: str, text: str
) -> None:
    chat = await _chat(services, locale)
    assert "Mandi House" not in await _stops(services, chat.itinerary)
    answer = await (_say(chat, text) if locale == "en" else chat.say(text))
    assert answer.type is ResponseType.NEEDS_CONFIRMATION, answer.message
    assert "Mandi House" in answer.message
    day, at = (await _stops(services, chat.itinerary))["Mandi House"]
    assert (day, at) == (2, "20:30")


@pytest.mark.parametrize("text", ["book a table at the restaurant on day 2", "book it for 2"])
async def test_a_kind_or_a_pronoun_adds_nothing(services: Services, text: str) -> None:
    chat = await _chat(services, "en")
    before = await _stops(services, chat.itinerary)
    await _say(chat, text)
    assert await _stops(services, chat.itinerary) == before
