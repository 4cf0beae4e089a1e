"""core.agents.same_kind: a stop replaced by "something cheaper / better reviewed" is replaced
by a place of its own kind, searched with that wish; without a wish nothing is guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from core.agents.same_kind import kind_of, same_kind_wished
from core.domain.itinerary import Node, NodeType, PlaceSnapshot
from core.intents.model import Intent
from core.intents.parse import parse

RESTAURANT = Node(
    title="Vindaloo & Vinho",
    type=NodeType.MEAL,
    place_id="p1",
    place=PlaceSnapshot(
        place_id="p1", name="Vindaloo & Vinho", types=["restaurant"], price_level=3
    ),
)
MUSEUM = Node(
    title="Museu do Carro",
    place_id="p2",
    place=PlaceSnapshot(
        place_id="p2", name="Museu do Carro", types=["tourist_attraction", "museum"]
    ),
)
LUNCH = Node(title="Lunch", type=NodeType.MEAL)
WALK = Node(title="Stroll by the river")


def test_the_kind_is_the_first_type_a_search_reads_or_a_meal() -> None:
    assert kind_of(RESTAURANT) == "restaurant"
    assert kind_of(MUSEUM) == "museum"
    assert kind_of(LUNCH) == "restaurant"
    assert kind_of(WALK) is None


@pytest.mark.parametrize(
    "text",
    [
        "cambia vindaloo & vinho por algo mas barato, q esta carisimo",
        "vindaloo no, mejor algo mas barato",
        "cambia vindaloo por algo mejor valorado",
        "troca o vindaloo por algo mais em conta",
        "troca o vindaloo por um lugar mais barato",
        "swap vindaloo & vinho for something cheaper",
        "switch vindaloo for a cheaper one",
        "replace vindaloo with something with better reviews",
        "swap vindaloo for smth less pricey",
    ],
)
def test_a_wish_alone_searches_the_same_kind(text: str) -> None:
    turn = parse(text, today=dt.date(2026, 11, 23)).first
    assert turn.intent is Intent.REPLACE
    wished = same_kind_wished(turn, RESTAURANT)
    assert wished is not None, turn
    assert wished.query == "restaurant"
    assert wished.preferences == turn.preferences


@pytest.mark.parametrize(
    "text",
    [
        "cambia vindaloo por algo vegetariano",  # a kind of food is said: it is the search
        "replace vindaloo with sushi zen",
        "replace vindaloo",  # nothing said: the editor asks
    ],
)
def test_a_kind_said_or_nothing_said_is_left_alone(text: str) -> None:
    turn = parse(text, today=dt.date(2026, 11, 23)).first
    assert same_kind_wished(turn, RESTAURANT) is None
