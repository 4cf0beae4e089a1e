"""Portuguese said around a request: an occasion before it, a swear in "what is", a party.

"é nosso aniversário no dia 4!! um jantar", "q diabo é esse X", "marca o X pra 2", a dish
named as a diminutive ("francesinha"), a place said without its own article ("Bóvedas" for
"Las Bóvedas"). Phrasings of our own, other places and days than the ones the work was seen on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.domain.itinerary import Day, Node, NodeType
from core.domain.targeting import existing_items
from core.intents.model import Intent, Meal, ParsedTurn
from core.intents.parse import parse

TODAY = dt.date(2026, 12, 7)


def _ops(said: str) -> list[ParsedTurn]:
    return list(parse(said, today=TODAY, usual_language="pt").ops)


# An occasion said before the request: its day is kept, it is no add of its own.
@pytest.mark.parametrize(
    ("said", "day", "day_ref"),
    [
        ("é nosso aniversário de namoro no dia 3!! um jantar especial", 3, None),
        ("é a nossa lua de mel no dia 5, um jantar à luz de velas", 5, None),
        ("é meu aniversário na sexta! um restaurante chique pro jantar", None, "weekday:4"),
        ("é o nosso aniversário de casamento no dia 2. jantar bonito pfv", 2, None),
        ("é nossa lua de mel no sábado!! quero um jantar top", None, "weekday:5"),
        ("é aniversário de casamento no dia 6, um jantar romântico", 6, None),
    ],
)
def test_an_occasion_before_a_dinner_is_no_add(
    said: str, day: int | None, day_ref: str | None
) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.ADD], ops
    assert ops[0].meal is Meal.DINNER
    assert (ops[0].day, ops[0].day_ref) == (day, day_ref)


# "what is" said with a swear is asking what a stop is.
@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("q diabo é esse city palace kkk", "city palace"),
        ("que raio é o Torre de Belém?", "torre de belém"),
        ("que porra é essa Sé de Lisboa", "sé de lisboa"),
        ("q diabos é esse amber fort", "amber fort"),
        ("que bicho é o Panteão?", "panteão"),
        ("que merda é esse Elevador de Santa Justa", "elevador de santa justa"),
    ],
)
def test_what_is_with_a_swear_is_explain(said: str, name: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.EXPLAIN], ops
    assert ops[0].target is not None
    assert name.rsplit(maxsplit=1)[-1] in (ops[0].target.text or "").lower()


# Marking a named place for a number of people is booking it.
@pytest.mark.parametrize(
    ("said", "party"),
    [
        ("marca o Belcanto pra 2, é aniversário", 2),
        ("marca a Cervejaria Ramiro pra 6", 6),
        ("marca o Taberna dos Mercadores pra 4!", 4),
        ("marque o Alma pra dois", 2),
        ("marca o Sushi Cafe Avenida para 3, por favor", 3),
        ("marca pra gente o Zé da Mouraria pra 5", 5),
    ],
)
def test_marking_a_place_for_people_books_it(said: str, party: int) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.BOOK], ops
    assert ops[0].party_size == party


def test_marking_a_place_for_a_day_is_no_booking() -> None:
    assert _ops("marca o Belcanto pro dia 2")[0].intent is not Intent.BOOK
    assert _ops("marca o museu pra 2 da tarde")[0].intent is not Intent.BOOK


# A dish that is a diminutive of a nationality is its own name.
@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("uma francesinha pro almoço de quinta", "francesinha"),
        ("quero comer uma francesinha no jantar de sábado", "francesinha"),
        ("um sushizinho pro jantar de terça", "sushi"),
    ],
)
def test_a_dish_named_as_a_diminutive(said: str, query: str) -> None:
    assert _ops(said)[0].query == query


def _trip(*titles: str) -> list[Day]:
    return [
        Day(day=1, nodes=[Node(id=f"n{i}", title=t, type=NodeType.ACTIVITY, place_id=f"p{i}")])
        for i, t in enumerate(titles)
    ]


# A name said without its own article is the same place.
@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Las Bóvedas", "Bóvedas"),
        ("La Boqueria", "boqueria"),
        ("The Shard", "Shard"),
        ("O Mercado do Bolhão", "mercado do bolhao"),
        ("Les Halles", "halles"),
        ("El Rastro", "rastro"),
    ],
)
def test_a_name_without_its_article_is_that_place(title: str, said: str) -> None:
    assert [item.node.title for item in existing_items(_trip(title), said, None, None)] == [title]


# The thing said first ("o lance do X", "o jantar de quarta"), then the verb with "it".
@pytest.mark.parametrize(
    ("said", "words", "day_ref"),
    [
        ("o lance do museu de quinta, tira isso", "museu", "weekday:3"),
        ("mambo da praia de sábado, tira isso mano", "praia", "weekday:5"),
        ("a parada do almoço de sexta, remove isso", "lunch", "weekday:4"),
        ("o jantar de quarta, cancela isso", "dinner", "weekday:2"),
        ("o esquema do bar de domingo, corta isso", "bar", "weekday:6"),
        ("a cena do passeio de barco de terça, tira isso pá", "barco", "weekday:1"),
    ],
)
def test_the_thing_said_first_then_removed(said: str, words: str, day_ref: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.REMOVE], ops
    assert ops[0].target is not None
    assert words in (ops[0].target.text or "").lower()
    assert ops[0].day_ref == day_ref
