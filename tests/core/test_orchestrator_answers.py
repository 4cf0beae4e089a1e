"""The bot's own question is the context of the next message, through the orchestrator."""

from __future__ import annotations

from bots.container import Services
from core.protocol import ResponseType
from core.services.itinerary import ItineraryService
from tests.core.test_orchestrator_languages import Chat, _chat


async def _titles(chat: Chat, day: int) -> list[str]:
    async with chat.services.sessions() as session:
        trip = await ItineraryService(session, chat.services.clock).get(chat.itinerary)
    return [node.title for node in trip.days[day - 1].nodes]


async def test_which_day_is_answered_loosely(services: Services) -> None:
    chat = await _chat(services, "es")
    asked = await chat.say("pon un sitio de sushi")
    assert asked.type is ResponseType.NEEDS_SELECTION
    answered = await chat.say("pal día 2 porfa")
    assert answered.type in {ResponseType.NEEDS_SELECTION, ResponseType.COMPLETE}
    assert answered.prompt_id != asked.prompt_id
    if answered.type is ResponseType.NEEDS_SELECTION:
        await chat.say("1")
    assert any("Sushi" in title for title in await _titles(chat, 2))


async def test_what_to_book_is_answered_with_a_name_and_a_party(services: Services) -> None:
    chat = await _chat(services, "es")
    asked = await chat.say("quiero hacer una reserva")
    assert asked.type is ResponseType.NEEDS_INPUT
    assert asked.prompt_id is not None
    answered = await chat.say("en el Corniche Fish Grill, somos 4")
    assert answered.type is ResponseType.NEEDS_CONFIRMATION, answered.message
    assert "4" in answered.message


async def test_a_party_said_with_the_request_is_not_asked_again(services: Services) -> None:
    chat = await _chat(services, "pt")
    asked = await chat.say("reserva o Corniche Fish Grill pra nós 3")
    assert asked.type is ResponseType.NEEDS_CONFIRMATION, asked.message
    assert "3" in asked.message


async def test_what_to_add_is_asked_and_answered(services: Services) -> None:
    chat = await _chat(services, "pt")
    asked = await chat.say("quero adicionar uma coisa na viagem")
    assert asked.type is ResponseType.NEEDS_INPUT
    answered = await chat.say("um lugar de sushi no dia 3")
    assert answered.type in {ResponseType.NEEDS_SELECTION, ResponseType.COMPLETE}
    if answered.type is ResponseType.NEEDS_SELECTION:
        await chat.say("1")
    assert any("Sushi" in title for title in await _titles(chat, 3))


async def test_a_new_request_leaves_a_question_asked_in_words(services: Services) -> None:
    chat = await _chat(services, "es")
    await chat.say("quiero hacer una reserva")
    shown = await chat.say("¿qué hay el día 2?")
    assert shown.type is ResponseType.COMPLETE
    later = await chat.say("somos 4")  # no longer an answer: nothing is booked
    assert later.type is not ResponseType.NEEDS_CONFIRMATION


async def test_it_is_the_item_the_open_question_is_about(services: Services) -> None:
    chat = await _chat(services, "pt")
    added = await chat.say("adiciona o Sushi Zen no dia 1")
    assert added.type is ResponseType.COMPLETE, added.message
    moved = await chat.say("na vdd coloca ele no dia 3")
    assert moved.type is ResponseType.COMPLETE, moved.message
    assert "Sushi Zen" in await _titles(chat, 3)
    assert "Sushi Zen" not in await _titles(chat, 1)
    removed = await chat.say("deixa, tira ele")
    assert removed.type is ResponseType.COMPLETE, removed.message
    assert "Sushi Zen" not in await _titles(chat, 3)
