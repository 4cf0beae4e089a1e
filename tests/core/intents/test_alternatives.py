"""An either/or after a request joins that request's place phrase; it is no second request."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.text import fold
from tests.core.intents.test_parse import TODAY

EITHER: list[tuple[str, str, str]] = [
    ("add sushi on day 2 for lunch, or ramen", "sushi", "ramen"),
    ("add a museum on day 2, or maybe a gallery", "museum", "gallery"),
    ("add a curry place on day 2, or a kebab joint as the locals call it", "curry", "kebab"),
    ("put a pub on friday night, or else a wine bar", "pub", "wine bar"),
    (
        "el ultimo dia queremos comer unas tapas al mediodia, o petiscos como dicen aca",
        "tapas",
        "petiscos",
    ),
    ("agrega un ceviche el jueves, o si no un sushi", "ceviche", "sushi"),
    ("pon un mirador el día 3, o quizás un parque", "mirador", "parque"),
    ("busca un bar de vinos para el sábado, o algo de tapas", "bar de vinos", "tapas"),
    ("no dia 3 quero um sushi pro almoço, ou um ramen", "sushi", "ramen"),
    ("põe um bar no sábado, ou então uma cervejaria", "bar", "cervejaria"),
    ("coloca uma praia no dia 2, ou talvez um miradouro", "praia", "miradouro"),
    ("mete uma tasca no dia 4 ao almoço, ou uma marisqueira", "tasca", "marisqueira"),
]


@pytest.mark.parametrize(("text", "first", "other"), EITHER, ids=[e[0] for e in EITHER])
def test_an_alternative_joins_the_request_it_follows(text: str, first: str, other: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent is Intent.ADD, op
    assert op.query is not None
    assert fold(first) in fold(op.query), op
    assert fold(other) in fold(op.query), op
    if parse(text, today=TODAY).language in {"es", "pt"}:
        assert " or " not in f" {op.query} ", op  # the traveler's own "o" / "ou", for echoes


def test_the_day_and_time_of_the_request_stay() -> None:
    (op,) = parse("no dia 3 quero um sushi pro almoço, ou um ramen", today=TODAY).ops
    assert op.day == 3
    assert op.meal is not None


STILL_TWO = [
    "add sushi on day 2, and a museum on day 3",
    "agrega un ceviche el jueves y quita el museo",
    "põe um bar no sábado e tira a praia do dia 2",
]


@pytest.mark.parametrize("text", STILL_TWO)
def test_two_requests_stay_two(text: str) -> None:
    assert len(parse(text, today=TODAY).ops) == 2
