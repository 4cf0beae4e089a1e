"""Goodbyes at the end of a chat, in the travelers' words, are small talk (a short friendly
reply), never a place to add (core.intents.small_talk)."""

from __future__ import annotations

import pytest

from core.intents.model import Intent, Topic
from core.intents.parse import parse

BYES = [
    "leve-leve... boa noite, até amanhã",
    "perfeito, a gente se fala amanhã",
    "ok vou dormir, boa noite",
    "bueno me voy a dormir, chao",
    "listo, nos vemos mañana, gracias",
    "gracias crack, hasta la próxima",
    "ok ciao, until tomorrow",
    "thanks! off to bed, night",
    "cool see ya",
]


@pytest.mark.parametrize("text", BYES)
def test_a_goodbye_is_small_talk(text: str) -> None:
    ops = parse(text).ops
    assert [op.intent for op in ops] == [Intent.SOCIAL], (text, ops)
    assert ops[0].topic in {Topic.BYE, Topic.THANKS}, text


@pytest.mark.parametrize(
    "text", ["algo leve pra jantar amanhã", "see you at the museum: add it for tomorrow"]
)
def test_a_request_beside_goodbye_words_is_still_a_request(text: str) -> None:
    assert all(op.intent is not Intent.SOCIAL for op in parse(text).ops), text
