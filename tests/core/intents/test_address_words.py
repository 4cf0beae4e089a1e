"""Words of address around a request (core.intents.address_words), in phrasings of our own."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.address_words import without_address
from core.intents.model import Intent, Meal
from tests.core.intents.test_parse import cases, check

ADD, REMOVE, REPLACE, SHOW = Intent.ADD, Intent.REMOVE, Intent.REPLACE, Intent.SHOW

STRIPPED = [
    ("uma pizzaria pro dia 2, moço", "uma pizzaria pro dia 2"),
    ("sô, tira o mercado de quarta", "tira o mercado de quarta"),
    ("mermão bota um bar no sábado", "bota um bar no sábado"),
    ("e amanhã, visse?", "e amanhã?"),
    ("Ó filha, ponha-me o museu no dia 3", "ponha-me o museu no dia 3"),
    ("un bar de tapas el viernes, parce", "un bar de tapas el viernes"),
    ("güey, quita el museo", "quita el museo"),
    ("add a pub on day 2 bro", "add a pub on day 2"),
    ("dude, what's on friday?", "what's on friday?"),
    # a name or a noun that only looks like one stays: "Café Fio", "so"
    ("o Café Fio no dia 2", "o Café Fio no dia 2"),
    ("valeu mano", "valeu mano"),
]


@pytest.mark.parametrize(("said", "left"), STRIPPED, ids=[s for s, _ in STRIPPED])
def test_address_taken_off_the_edges(said: str, left: str) -> None:
    assert without_address(said) == left


READ: list[Any] = [
    ("uma sorveteria pro dia 2 à tarde, moço", "pt", [{"intent": ADD, "query": "sorveteria"}]),
    ("um lugar de açaí no dia 3, fio", "pt", [{"intent": ADD, "query_has": ["açaí"], "day": 3}]),
    (
        "o Bar do Zé é caro demais, troca por um de pastel, moça",
        "pt",
        [{"intent": REPLACE, "target_has": ["zé"], "query_has": ["pastel"]}],
    ),
    ("o que tem pra sexta, visse?", "pt", [{"intent": SHOW, "day_ref": "weekday:4"}]),
    (
        "mermão tira a feira de domingo",
        "pt",
        [{"intent": REMOVE, "target_has": ["feira"], "day_ref": "weekday:6"}],
    ),
    (
        "una taquería para el día 2, güey",
        "es",
        [{"intent": ADD, "day": 2, "query_has": ["taquería"]}],
    ),
    (
        "a curry house for dinner on day 3, mate",
        "en",
        [{"intent": ADD, "meal": Meal.DINNER, "day": 3}],
    ),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(READ))
def test_request_read_without_address(text: str, language: str, ops: list[Any]) -> None:
    check(text, language, ops)
