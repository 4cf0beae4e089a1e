"""Typed replies to cards through the orchestrator: chat positions, descriptions, dismissals."""

from __future__ import annotations

from typing import Any

import pytest

from bots.container import Services
from core.messages import CATALOG
from core.orchestrator import Turn
from core.protocol import AgentResponse, ResponseType
from core.services.itinerary import ItineraryService
from tests.core.test_orchestrator_languages import Chat, _chat


class _AnyLanguageChat(Chat):
    """A chat whose answers may be in English (the Spanish/Portuguese check is off)."""

    async def _turn(self, **what: Any) -> AgentResponse:
        outcome = await self.services.orchestrator.handle(
            Turn(
                conversation_key=f"test:{self.user}",
                user_id=self.user,
                itinerary_id=self.itinerary,
                locale=self.locale,
                **what,
            )
        )
        return outcome.response


async def _open(services: Services, locale: str) -> Chat:
    chat = await _chat(services, locale)
    if locale != "en":
        return chat
    return _AnyLanguageChat(chat.services, chat.user, chat.itinerary, chat.locale, chat.start)


async def _titles(chat: Chat, day: int) -> list[str]:
    async with chat.services.sessions() as session:
        trip = await ItineraryService(session, chat.services.clock).get(chat.itinerary)
    return [node.title for node in trip.days[day - 1].nodes]


def _cards(response: AgentResponse) -> list[dict[str, object]]:
    assert response.type is ResponseType.NEEDS_SELECTION, response.message
    assert response.data is not None
    return list(response.data["candidates"])


@pytest.mark.parametrize(
    ("locale", "ask", "refuse"),
    [
        ("en", "add a sushi place on day 2", "nah, none of those"),
        ("es", "agrega un lugar de sushi el día 2", "ninguno me convence, gracias"),
        ("pt", "adiciona um lugar de sushi no dia 2", "hmm nenhum desses, deixa pra lá"),
    ],
)
async def test_turning_the_cards_down_closes_them_and_changes_nothing(
    services: Services, locale: str, ask: str, refuse: str
) -> None:
    chat = await _open(services, locale)
    before = await _titles(chat, 2)
    _cards(await chat.say(ask))
    answered = await chat.say(refuse)
    assert answered.type is ResponseType.COMPLETE, answered.message
    assert answered.message == CATALOG[locale]["choice_dismissed"]
    assert await _titles(chat, 2) == before
    later = await chat.tap(0)  # the cards are closed: an old button changes nothing
    assert later.type is ResponseType.ERROR
    assert await _titles(chat, 2) == before


async def test_a_position_said_in_a_sentence_picks_that_card(services: Services) -> None:
    chat = await _open(services, "pt")
    cards = _cards(await chat.say("adiciona um lugar de sushi no dia 2"))
    answered = await chat.say("acho que vou no segundo mesmo")
    assert answered.type is ResponseType.COMPLETE, answered.message
    assert cards[1]["name"] in await _titles(chat, 2)


async def test_the_cheapest_card_is_the_one_with_the_lowest_price(services: Services) -> None:
    chat = await _open(services, "es")
    cards = _cards(await chat.say("agrega un restaurante el día 3"))
    before = await _titles(chat, 3)
    prices = [card.get("priceLevel") for card in cards]
    lowest = min(p for p in prices if isinstance(p, int))
    answered = await chat.say("me quedo con el más barato")
    assert answered.type is ResponseType.COMPLETE, answered.message
    cheapest = [card for card in cards if card.get("priceLevel") == lowest]
    # a tie goes to the better rated of the cheapest
    best = max(cheapest, key=lambda card: (card.get("rating") or 0, card.get("ratingCount") or 0))
    added = set(await _titles(chat, 3)) - set(before)
    assert best["name"] in added


@pytest.mark.parametrize("reply", ["2 people", "the first day"])
async def test_a_count_or_a_day_is_not_a_card(services: Services, reply: str) -> None:
    chat = await _open(services, "en")
    before = await _titles(chat, 2)
    _cards(await chat.say("add a sushi place on day 2"))
    await chat.say(reply)
    assert await _titles(chat, 2) == before


async def test_a_new_request_to_open_cards_stays_a_new_request(services: Services) -> None:
    chat = await _open(services, "en")
    cards = _cards(await chat.say("add a sushi place on day 2"))
    await chat.say("actually add Sushi Zen on day 3 instead")
    assert "Sushi Zen" in await _titles(chat, 3)
    day_two = await _titles(chat, 2)
    assert not any(card["name"] in day_two for card in cards)


async def test_the_best_rated_card_is_picked_by_its_rating(services: Services) -> None:
    chat = await _open(services, "pt")
    cards = _cards(await chat.say("adiciona um restaurante no dia 3"))
    ratings = [card.get("rating") for card in cards]
    best = max(r for r in ratings if isinstance(r, float))
    answered = await chat.say("o mais bem avaliado")
    if ratings.count(best) == 1:
        assert answered.type is ResponseType.COMPLETE, answered.message
        assert cards[ratings.index(best)]["name"] in await _titles(chat, 3)
    else:
        assert answered.type is ResponseType.ERROR, answered.message


async def test_a_kind_two_cards_share_asks_which_and_the_cards_stay_open(
    services: Services,
) -> None:
    chat = await _open(services, "es")
    cards = _cards(await chat.say("agrega un restaurante el día 3"))
    japanese = [c["name"] for c in cards if "Japanese" in list(c.get("cuisine") or [])]
    assert len(japanese) >= 2
    asked = await chat.say("el japonés")
    assert asked.type is ResponseType.ERROR, asked.message
    assert all(str(name) in asked.message for name in japanese)
    picked = await chat.say(str(japanese[0]))
    assert picked.type is ResponseType.COMPLETE, picked.message
    assert japanese[0] in await _titles(chat, 3)
