"""Portuguese as spoken, respelled (core.intents.spoken_portuguese), in phrasings of our own."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent, Meal
from core.intents.spoken_portuguese import standard_portuguese
from tests.core.intents.test_parse import cases, check

ADD, SHOW, UNDO = Intent.ADD, Intent.SHOW, Intent.UNDO

RESPELLED = [
    ("um lugá pra almoçá", "um lugar pra almoçar"),
    ("no primero dia", "no primeiro dia"),
    ("a tercera noite", "a terceira noite"),
    ("o sigundo", "o segundo"),
    ("disfaz isso", "desfaz isso"),
    ("pra nóis", "pra nós"),
    ("um café baratim", "um café baratinho"),
    ("o que é que tem amanhã", "o que tem amanhã"),
    ("onde é que fica o museu", "onde fica o museu"),
    # past tenses and interjections keep their accent: "incluí", "pô"
    ("incluí o museu, pô", "incluí o museu, pô"),
    # a word that is a word without the -r: "pra bebê" is for the baby
    ("uma praia calma pra bebê", "uma praia calma pra bebê"),
    ("algo pro bebê comer", "algo pro bebê comer"),
]


@pytest.mark.parametrize(("said", "standard"), RESPELLED, ids=[s for s, _ in RESPELLED])
def test_spoken_forms_respelled(said: str, standard: str) -> None:
    assert standard_portuguese(said, "pt") == standard


def test_spanish_kept_as_typed() -> None:
    assert standard_portuguese("el primero, qué lugar", "es") == "el primero, qué lugar"


READ: list[Any] = [
    (
        "nóis qué um lugá pra almoçá no sigundo dia",
        "pt",
        [{"intent": ADD, "meal": Meal.LUNCH, "day": 2}],
    ),
    ("bota uma padaria no primero dia", "pt", [{"intent": ADD, "query": "padaria", "day": 1}]),
    ("um boteco baratim pra jantá na sexta", "pt", [{"intent": ADD, "meal": Meal.DINNER}]),
    ("o que é que a gente tem pro terceiro dia?", "pt", [{"intent": SHOW, "day": 3}]),
    ("ixi, disfaz isso", "pt", [{"intent": UNDO}]),
    ("ponha uma feira no dia 2", "pt", [{"intent": ADD, "query": "feira", "day": 2}]),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(READ))
def test_spoken_request_read(text: str, language: str | None, ops: list[Any]) -> None:
    check(text, language, ops)
