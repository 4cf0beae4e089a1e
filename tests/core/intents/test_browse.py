"""Asking to see options: cards to choose from, never an add on the traveler's behalf."""

import datetime as dt

import pytest

from core.intents.browse import asks_for_options, kinds_named
from core.intents.model import Intent
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    [
        "got any suggestions for a bakery on day 2?",
        "what museums are there for friday",
        "recommend us a ramen joint for day 3 dinner",
        "can u show me some beaches for day 4",
        "ideas for brunch on sunday?",
        "qué cafeterías hay para el martes?",
        "recomiéndame un bar pa la noche del viernes",
        "dame opciones de restaurantes para el almuerzo del día 2",
        "me mostra umas opções de praia pro dia 3",
        "quais museus tem pra sexta?",
        "sugere uma padaria pro café da manhã de amanhã",
    ],
)
def test_asking_for_options_is_an_add_that_shows_cards(text: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD]
    assert ops[0].browse


@pytest.mark.parametrize(
    "text",
    [
        "what's on day 2?",
        "show me day 3",
        "muéstrame el día 2",
        "mostra o dia 1",
        "add a sushi place on day 2",
        "agrega un museo el día 3",
    ],
)
def test_no_options_asked_no_browsing(text: str) -> None:
    assert not any(op.browse for op in parse(text, today=TODAY).ops)


def test_the_words_that_ask_are_no_part_of_the_search() -> None:
    (op,) = parse("qué opciones de playa hay para el jueves?", today=TODAY).ops
    assert op.query is not None
    assert "opc" not in op.query.lower()
    assert op.day_ref == "weekday:3"


def test_options_for_a_meal_search_the_meal_alone() -> None:
    (op,) = parse("options for dinner on day 3?", today=TODAY).ops
    assert (op.query, op.meal, op.day, op.browse) == (None, op.meal, 3, True)
    assert op.meal is not None


def test_a_second_sentence_that_only_asks_for_options_adds_nothing() -> None:
    ops = parse("any good bakeries for day 4? give me a few options", today=TODAY).ops
    assert len(ops) == 1


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("restaurantes de peixe", ["restaurant", "fish"]),
        ("museos", ["museum"]),
        ("a nice rooftop bar", ["rooftop", "bar"]),
        ("the day", []),
    ],
)
def test_kinds_named_in_the_data_s_words(text: str, kinds: list[str]) -> None:
    assert kinds_named(text) == kinds


def test_options_without_a_kind_or_a_meal_are_not_browsing() -> None:
    assert not asks_for_options("what are my options?")
