"""Asking to be answered in another language, in the three languages and between them."""

from __future__ import annotations

import pytest

from core.intents.language_requests import language_request
from core.intents.model import Intent, Topic
from core.intents.parse import parse


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("could u talk to me in spanish from now on", "es"),
        ("pls reply in portuguese, my mum reads this too", "pt"),
        ("switch to english please", "en"),
        ("I'd rather you wrote in Spanish", "es"),
        ("English please!", "en"),
        ("in english pls", "en"),
        ("escríbeme en inglés porfa", "en"),
        ("mejor hablemos en portugués", "pt"),
        ("oye, puedes responderme en español?", "es"),
        ("contéstame en castellano", "es"),
        ("prefiero que me escribas en inglés, gracias", "en"),
        ("en español por favor", "es"),
        ("fala comigo em inglês?", "en"),
        ("pode me responder em português pfv", "pt"),
        ("preferia que escrevesses em espanhol", "es"),
        ("em português pf", "pt"),
        ("meu celular tá em inglês mas prefiro conversar em português", "pt"),
        ("muda pra português", "pt"),
    ],
)
def test_a_request_to_be_answered_in_a_language(said: str, code: str) -> None:
    assert language_request(said) == code


@pytest.mark.parametrize(
    "said",
    [
        "find a restaurant with an english menu",
        "un tour guiado en inglés el día 2",
        "how do you say thank you in spanish",
        "is the museum guide in portuguese?",
        "translate this from english to spanish",
        "add a museum on day 2",
        "the staff speak english at the hotel on day 3?",
        "reserva una visita en español para el día 4",
    ],
)
def test_a_language_named_in_another_request_is_not_one(said: str) -> None:
    assert language_request(said) is None


def test_parse_answers_in_the_language_asked_for() -> None:
    message = parse("háblame en inglés por favor")
    assert message.first.intent is Intent.SOCIAL
    assert message.first.topic is Topic.LANGUAGE
    assert message.first.reply_language == "en"
    assert message.language == "en"
