"""Chat that asks nothing of the trip, weather/packing questions and asks for a local expert."""

from __future__ import annotations

import pytest

from core.intents.model import Intent, Topic
from core.intents.parse import parse

SOCIAL = [
    # compliments, by comparison or in slang
    "haha you're better than my travel agent",
    "lol ur smarter than my husband",
    "tidy, that's brill. cheers!! 😊",
    "jajaja sos mejor que mi agente de viajes",
    "kkkk vc é melhor que minha agência",
    # questions about the bot
    "are you a bot or a real person?",
    "r u human lol",
    "jaja eres un robot o una persona?",
    "oye sos humano?",
    "kkkkk vc é robô ou gente?",
    "tu és uma pessoa real?",
    # jokes asked for
    "tell me a joke",
    "haha tell us a travel joke",
    "cuéntame un chiste de viajes pa reírme un rato",
    "dime un chiste porfa",
    "me conta uma piada",
    "conta-me uma anedota",
    # introductions
    "Hi, this is Uncle Bob. My niece set this up for me.",
    "hello there, my name is Maria",
    "hola, me llamo Carmen",
    "olá, meu nome é Joana",
    # greetings with a word of agreement
    "good morning! sawa, ready for today",
    "buenos días! listo para hoy",
    "bom dia! pronta pra hoje",
]  # fmt: skip


@pytest.mark.parametrize("text", SOCIAL)
def test_chat_is_small_talk(text: str) -> None:
    ops = parse(text).ops
    assert [op.intent for op in ops] == [Intent.SOCIAL], text


WEATHER = [
    "is it gonna be freezing in december? what should i pack",
    "will it be chilly there in march?",
    "what should we pack for the trip",
    "what do i wear in kyoto in winter",
    "va a hacer mucho frío allá en diciembre? qué ropa llevo",
    "hace calor en agosto?",
    "que ropa llevo pa lisboa",
    "vai fazer muito frio lá em julho? que roupa eu levo",
    "faz calor em goa em abril?",
]


@pytest.mark.parametrize("text", WEATHER)
def test_weather_and_packing_are_info(text: str) -> None:
    ops = parse(text).ops
    assert [(op.intent, op.topic) for op in ops] == [(Intent.INFO, Topic.WEATHER)], text


EXPERT = [
    "can y'all hook me up with a local mumbai expert",
    "can you hook us up with a local food guide",
    "i need a local lisbon guide",
    "me conecta com alguem daí que conheça bem goa",
    "me conecta com alguém daqui que conheça o porto",
]


@pytest.mark.parametrize("text", EXPERT)
def test_asks_for_a_local_expert(text: str) -> None:
    assert [op.intent for op in parse(text).ops] == [Intent.EXPERT], text


@pytest.mark.parametrize(
    "text",
    ["good morning! add a cafe on day 2", "thanks! move lunch to 2pm", "hola, agrega el museo"],
)
def test_requests_beside_manners_stay_requests(text: str) -> None:
    assert Intent.SOCIAL not in [op.intent for op in parse(text).ops], text


@pytest.mark.parametrize(
    "text",
    [
        "se puede pasar el itinerario a mi google calendar?",
        "me lo pasas al calendario?",
        "can i get this into my calendar",
        "put the trip in my google calendar pls",
        "dá pra colocar o roteiro na minha agenda?",
        "passa o roteiro pro meu calendario",
    ],
)
def test_trip_into_a_calendar_is_an_export(text: str) -> None:
    ops = parse(text).ops
    assert [(op.intent, op.topic) for op in ops] == [(Intent.INFO, Topic.EXPORT)], text
