"""The answer is in the language a message is written in, not the traveler's stored setting.

Through the orchestrator: a traveler whose setting is English writes in Spanish or Portuguese
slang, confirms with a regional yes, thanks in slang; every answer is in the message's language.
"""

from __future__ import annotations

import pytest

from bots.container import Services
from core.protocol import ResponseType
from tests.core.test_orchestrator_languages import _chat


@pytest.mark.parametrize("answer", ["simón, dale", "ándale pues", "sí, porfa, hazlo", "de una"])
async def test_a_spanish_yes_books_and_answers_in_spanish(services: Services, answer: str) -> None:
    chat = await _chat(services, "en")
    await chat.say("agrega Sushi Zen el día 2 a las 20:00")
    ask = await chat.say("resérvame una mesa en Sushi Zen para 2")
    assert ask.type is ResponseType.NEEDS_CONFIRMATION
    assert (await chat.say(answer)).message.startswith("Solicitud de reserva enviada")


@pytest.mark.parametrize("answer", ["bora", "fechou", "pode sim, manda ver", "ss"])
async def test_a_portuguese_yes_books_and_answers_in_portuguese(
    services: Services, answer: str
) -> None:
    chat = await _chat(services, "en")
    await chat.say("adiciona Sushi Zen no dia 2 às 20:00")
    ask = await chat.say("reservar uma mesa no Sushi Zen para 2")
    assert ask.type is ResponseType.NEEDS_CONFIRMATION
    assert (await chat.say(answer)).message.startswith("Pedido de reserva enviado")


@pytest.mark.parametrize("text", ["grax mi rey", "qué chivo, gracias", "obg", "brigado viu", "tmj"])
async def test_slang_thanks_are_answered_in_their_language(services: Services, text: str) -> None:
    chat = await _chat(services, "en")
    answer = await chat.say(text)  # the chat checks no English is in it
    assert answer.type is ResponseType.COMPLETE, answer.message
