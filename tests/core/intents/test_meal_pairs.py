"""core.intents.meal_pairs: a dish and a drink said together are one place that serves both."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent, Meal
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("la cena del jueves: tapas y un vinito", ("tapas", "vino")),
        ("para la cena del viernes pizza y una birra", ("pizza", "birra")),
        ("el almuerzo del lunes: ceviche y una chela bien fria", ("ceviche", "chela")),
        ("jantar de sexta: petiscos e uma cervejinha", ("petiscos", "cervej")),
        ("ramen and a beer for dinner on friday", ("ramen", "beer")),
        ("cena del sabado, churrasco y un postre rico", ("churrasco", "postre")),
    ],
)
def test_one_add_for_the_food_and_its_drink(said: str, words: tuple[str, ...]) -> None:
    parsed = parse(said, today=TODAY)
    assert [op.intent for op in parsed.ops] == [Intent.ADD]
    assert parsed.first.meal is Meal.DINNER or parsed.first.meal is Meal.LUNCH
    query = parsed.first.query or ""
    assert all(word in query for word in words)


@pytest.mark.parametrize(
    "said",
    [
        "agrega un restaurante el martes y un bar de vinos el miercoles",
        "add a museum on monday and a wine bar on tuesday",
        "poe um restaurante na terca e um bar de vinhos na quarta",
    ],
)
def test_a_place_after_and_is_another_request(said: str) -> None:
    parsed = parse(said, today=TODAY)
    assert [op.intent for op in parsed.ops] == [Intent.ADD, Intent.ADD]
