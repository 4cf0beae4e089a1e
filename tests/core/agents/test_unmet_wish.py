"""core.agents.unmet_wish: a wish no place of the kind meets shows the closest places of that
kind, and one line saying which wish none meets; a kind the city lacks is still not found."""

from __future__ import annotations

import pytest

from bots.container import Services
from core.orchestrator import Turn
from core.protocol import AgentResponse, CardsData, ResponseType
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


def _cards(answer: AgentResponse) -> list[str]:
    assert isinstance(answer.data, CardsData), answer
    return [c.name for c in answer.data.candidates]


# Hadibo's sushi bars are rated 3.9-4.7, its lobster grills are $$, its Yemeni kitchens $-$$.
UNMET: list[tuple[str, str, str, str]] = [
    ("en", "add a sushi place rated 4.9+ on day 2", "Sushi", "★4.9+"),
    ("en", "any lobster for dinner on day 2? cheap pls", "Seafood", "cheap"),
    ("en", "a fancy yemeni restaurant for day 3", "Yemeni", "upscale"),
    ("es", "agrega un sushi con mínimo 4.9 estrellas el día 2", "Sushi", "★4.9+"),
    ("es", "pon una langosta barata el dia 2, nada caro", "Seafood", "barato"),
    ("es", "cambia el Corniche Fish Grill por algo de langosta más barato", "Seafood", "barato"),
    ("pt", "coloca uma lagosta barata no jantar do dia 2", "Seafood", "barato"),
    ("pt", "põe um sushi com nota 4.9 ou mais no dia 3", "Sushi", "★4.9+"),
    ("pt", "troca o Corniche Fish Grill por um sítio de lagosta baratinho", "Seafood", "barato"),
]


@pytest.mark.parametrize(("locale", "text", "kind", "wish"), UNMET, ids=[u[1] for u in UNMET])
async def test_a_wish_none_meets_offers_the_closest_of_the_kind(
    services: Services, locale: str, text: str, kind: str, wish: str
) -> None:
    chat = await _chat(services, locale)
    answer = await (_say(chat, text) if locale == "en" else chat.say(text))
    assert answer.type is ResponseType.NEEDS_SELECTION, answer.message
    assert isinstance(answer.data, CardsData), answer
    assert answer.data.candidates, answer
    for card in answer.data.candidates:
        assert kind in card.cuisine, (card.name, card.cuisine)
    assert any(wish in line for line in answer.warnings), answer.warnings


async def test_the_closest_to_a_price_wish_come_first(services: Services) -> None:
    chat = await _chat(services, "en")
    answer = await _say(chat, "add a sushi place rated 4.9+ on day 2")
    assert _cards(answer)[0] == "Hadibo Sushi"  # the best rated, 4.7


async def test_a_kind_the_city_lacks_is_still_not_found(services: Services) -> None:
    chat = await _chat(services, "en")
    answer = await _say(chat, "add a cheap kaiseki place on day 2")
    assert answer.type is ResponseType.ERROR, answer.message
