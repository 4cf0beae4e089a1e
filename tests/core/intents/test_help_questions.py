"""Questions about the service itself, in the three languages."""

from __future__ import annotations

import pytest

from core.intents.help_questions import help_question
from core.intents.model import Intent
from core.intents.parse import parse


@pytest.mark.parametrize(
    "said",
    [
        "how does this thing work?",
        "what sort of stuff can I ask for",
        "what else can you do",
        "how do I change things",
        "so how do i use this",
        "what kinds of things can u help with",
        "cómo funciona esto?",
        "qué cosas le puedo pedir?",
        "y cómo hago para modificar el itinerario",
        "qué sabes hacer?",
        "cómo se usa esta app?",
        "oye q puedes hacer por mí",
        "como é que isto funciona?",
        "o que é que consegues fazer?",
        "que tipo de coisas você faz?",
        "como faço pra mudar alguma coisa no roteiro?",
        "o q da pra pedir aqui?",
    ],
)
def test_questions_about_the_service(said: str) -> None:
    assert help_question(said)


@pytest.mark.parametrize(
    "said",
    [
        "how do i get to the castle",
        "how does the metro work in porto",
        "what can we do on day 2",
        "how do I add a museum",
        "cómo llego al museo del oro?",
        "qué puedo hacer mañana en la tarde?",
        "como funciona o elétrico 28?",
        "o que posso fazer à noite em Porto?",
        "what time does it open",
    ],
)
def test_questions_about_the_trip_are_not(said: str) -> None:
    assert not help_question(said)


@pytest.mark.parametrize(
    "said", ["Que tipo de coisas posso pedir-te?", "cómo le hago para cambiar algo?"]
)
def test_parse_reads_help(said: str) -> None:
    assert parse(said).first.intent is Intent.HELP
