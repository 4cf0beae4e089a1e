"""Turns that change nothing: the language asked for, questions about one place."""

from __future__ import annotations

import re

from core.messages import msg, use_locale
from core.protocol import ResponseType
from core.services.itinerary import ItineraryService
from core.services.places.demo import load_demo_cities
from core.storage.models import Traveler
from tests.core.test_orchestrator_languages import _chat


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


async def test_it_after_a_question_about_a_place_of_the_trip_is_that_place(services) -> None:  # type: ignore[no-untyped-def]
    chat = await _chat(services, "es")
    _, sight = await chat.planned_sight()
    await chat.say(f"a q hora abre {sight.title}?")
    moved = await chat.say("ok entonces pasala a las 10")
    assert moved.type is ResponseType.COMPLETE
    assert sight.title in moved.message
    async with services.sessions() as session:
        trip = await ItineraryService(session, services.clock).get(chat.itinerary)
    (node,) = [n for d in trip.days for n in d.nodes if n.id == sight.id]
    assert node.time == "10:00"


async def test_adding_it_after_a_question_about_another_place_adds_that_place(services) -> None:  # type: ignore[no-untyped-def]
    chat = await _chat(services, "es")
    async with services.sessions() as session:
        trip = await ItineraryService(session, services.clock).get(chat.itinerary)
    planned = {n.place_id for d in trip.days for n in d.nodes}
    (city,) = [c for c in load_demo_cities() if c.key == "hadibo"]
    other = next(
        p.candidate
        for p in city.places
        if p.candidate.place_id not in planned
        and "tourist_attraction" in p.candidate.types
        and re.fullmatch(r"[A-Za-z ]+", p.candidate.name)
    )
    await chat.say(f"háblame de {other.name}")
    added = await chat.say("dale, agrégalo el día 2")
    assert added.type in {ResponseType.COMPLETE, ResponseType.NEEDS_SELECTION}
    assert other.name in added.message or any(
        c.name == other.name for c in getattr(added.data, "candidates", [])
    )
