"""core.agents.same_kind: a stop replaced by "something cheaper / better reviewed" is replaced
by a place of its own kind, searched with that wish; without a wish nothing is guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from core.agents.same_kind import kind_of, nearer_first, same_kind_wished, wants_closer
from core.domain.itinerary import Node, NodeType, PlaceSnapshot
from core.intents.model import Intent
from core.intents.parse import parse
from core.protocol import Coordinates, PlaceCandidate

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


@pytest.mark.parametrize(
    ("query", "closer"),
    [
        ("closer", True),
        ("smth nearer", True),
        ("mas cerca", True),
        ("uno mas cercano", True),
        ("mais perto", True),
        ("a closer sushi place", False),  # a kind is named: it is the search
        ("cheaper", False),
        (None, False),
    ],
)
def test_closer_is_a_wish_only_when_no_kind_is_named(query: str | None, closer: bool) -> None:
    assert wants_closer(query) is closer


def _at(name: str, lat: float, lng: float) -> PlaceCandidate:
    return PlaceCandidate(place_id=name, name=name, coordinates=Coordinates(lat=lat, lng=lng))


def test_closer_keeps_places_nearer_the_days_other_stops_nearest_first() -> None:
    far = Node(
        title="Far Museum",
        place_id="far",
        place=PlaceSnapshot(
            place_id="far", name="Far Museum", coordinates=Coordinates(lat=15.6, lng=73.9)
        ),
    )
    stops = [
        Node(
            title=name,
            place_id=name,
            place=PlaceSnapshot(
                place_id=name, name=name, coordinates=Coordinates(lat=lat, lng=lng)
            ),
        )
        for name, lat, lng in (("a", 15.50, 73.82), ("b", 15.52, 73.84))
    ]
    found = [_at("further", 15.7, 74.0), _at("near", 15.515, 73.83), _at("nearish", 15.55, 73.85)]
    assert [c.name for c in nearer_first(found, far, stops)] == ["near", "nearish"]
    assert nearer_first(found, WALK, stops) == found  # nothing tells where the walk is
