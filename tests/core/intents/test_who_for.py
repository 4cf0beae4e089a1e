"""core.intents.who_for: children and little money said as a situation, read as wishes."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.who_for import situated

TODAY = dt.date(2026, 11, 23)


def _add(said: str):
    ops = parse(said, today=TODAY).ops
    adds = [op for op in ops if op.intent is Intent.ADD]
    assert len(adds) == 1, ops
    return adds[0]


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("algum lugar legal pra levar criança no dia 3? meus filhos já tão de saco cheio", 3),
        ("my kids are gonna be so bored on day 4, something fun for them?", 4),
        ("something toddler-friendly for day 3 please", 3),
        ("anything for a 5-year-old on day 2?", 2),
        ("add a park for the kids on day 2", 2),
        ("somewhere to take the little ones on day 1", 1),
        ("bota algo legal pros miúdos no dia 3", 3),
        ("alguma coisa pra criançada no dia 2", 2),
        ("tem algum parque bom pra criança? coloca no dia 4, vou com meus 2 filhos", 4),
        ("algo pa los peques el dia 2", 2),
        ("algo divertido para los niños el dia 3", 3),
    ],
)
def test_children_make_a_family_wish(said: str, day: int) -> None:
    add = _add(said)
    assert add.query
    assert "family" in add.query
    assert add.day == day


@pytest.mark.parametrize(
    "said",
    [
        "mae viajo con 2 chiquitos, algo pa ellos el jueves en la mañana? pura vida",
        "tengo dos hijos chiquitos, algo que les guste el sabado",
        "we have a 5-year-old, anything fun on saturday?",
        "vamos con los nenes, algo pal viernes",
    ],
)
def test_children_in_a_remark_and_a_weekday(said: str) -> None:
    add = _add(said)
    assert add.query == "family"
    assert add.day_ref
    assert add.day_ref.startswith("weekday:")


@pytest.mark.parametrize(
    "said",
    [
        "any cheap eats for day 3? we're kinda broke lol",
        "somewhere cheap n cheerful for dinner day 2, we'll be skint after the castle lol",
        "dinner on day 3, budget's tight",
        "lunch on day 2, we're on a shoestring",
        "algo pa cenar el martes, ando pelado",
        "un sitio pa almorzar el dia 2, estamos sin mucha plata",
        "algo de comer el dia 1, andamos cortos de plata",
        "um restaurante pro jantar de quinta, tô liso",
        "algum lugar pra almoçar no dia 2? estamos na pindaíba",
        "um lugar pra jantar no dia 3, to sem grana",
    ],
)
def test_little_money_makes_a_cheap_wish(said: str) -> None:
    add = _add(said)
    assert add.preferences
    assert add.preferences.price_levels == (0, 1)


def test_a_named_place_keeps_its_name() -> None:
    add = _add("Please add Galtaji on day 1 evening, my son wants to see the monkeys")
    assert add.query == "Galtaji"


def test_children_beside_a_meal_ask_no_family_place() -> None:
    assert "family" not in situated("algo pa almorzar el dia 2, vamos con los niños")


@pytest.mark.parametrize("said", ["add the children's museum on day 2", "add sushi on day 2"])
def test_messages_without_a_situation_keep_their_words(said: str) -> None:
    assert situated(said) == said


def test_a_remark_with_a_diet_keeps_it() -> None:
    assert "vegana" in situated("mi hija es vegana, algo pa almorzar el dia 2")


@pytest.mark.parametrize(
    "said",
    [
        "what's good on day 2 with the little ones?",
        "qué hacemos el día 2 con los peques?",
        "o que tem pra criançada no dia 2?",
        "what can we do with the kids on saturday?",
        "que hay para los niños el viernes?",
        "o que fazer com as crianças amanhã?",
    ],
)
def test_what_to_do_with_the_children_is_a_place_to_find(said: str) -> None:
    assert _add(said).query == "family"


def test_a_remarks_day_stays_out_when_the_request_has_its_own() -> None:
    (op,) = parse("move the zoo to day 2, the kids are sick on day 1", today=TODAY).ops
    assert op.intent is Intent.MOVE
    assert op.to_day == 2
    assert op.day is None
