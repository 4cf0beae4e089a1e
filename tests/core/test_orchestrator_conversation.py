"""Turns that change nothing: the language asked for, questions about one place."""

from __future__ import annotations

from core.messages import msg, use_locale
from core.protocol import ResponseType
from core.storage.models import Traveler
from tests.core.test_orchestrator_languages import _chat, services

__all__ = ["services"]  # the fixture, shared


async def _locale_of(chat_services, user: str) -> str:  # type: ignore[no-untyped-def]
    async with chat_services.sessions() as session:
        traveler = await session.get(Traveler, user)
        assert traveler is not None
        return str(traveler.locale)


async def test_asking_for_another_language_stores_it_and_answers_in_it(services) -> None:  # type: ignore[no-untyped-def]
    chat = await _chat(services, "en")
    chat.locale = "en"
    answer = await chat.say("Oi! Meu app tá em inglês mas prefiro que vc fale comigo em português")
    assert answer.type is ResponseType.COMPLETE
    with use_locale("pt"):
        assert answer.message == msg("language_set")
    assert await _locale_of(services, chat.user) == "pt"

    chat.locale = "pt"
    back = await chat.say("háblame en español, porfa")
    with use_locale("es"):
        assert back.message == msg("language_set")
    assert await _locale_of(services, chat.user) == "es"


async def test_a_question_about_one_place_is_answered_about_it_in_spanish(services) -> None:  # type: ignore[no-untyped-def]
    chat = await _chat(services, "es")
    _, sight = await chat.planned_sight()

    price = await chat.say(f"cuánto cuesta la entrada a {sight.title}?")
    assert price.type is ResponseType.COMPLETE
    assert sight.title in price.message
    with use_locale("es"):
        assert msg("place_no_fees") in price.message

    worth = await chat.say(f"vale la pena {sight.title}?")
    assert worth.type is ResponseType.COMPLETE
    assert sight.title in worth.message  # the English description is left out (checked by say)
