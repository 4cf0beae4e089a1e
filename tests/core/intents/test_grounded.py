"""Reading a message no rule placed against the stops of the trip it is about."""

from __future__ import annotations

import pytest

from core.intents.grounded import Stop, grounded_turn, named_stop
from core.intents.model import Intent
from core.intents.parse import grammar_of

STOPS = [
    Stop("castle", 1, "Edinburgh Castle"),
    Stop("dram", 3, "The Wee Dram"),
    Stop("aguada", 2, "Fort Aguada"),
    Stop("caves", 2, "Elephanta Caves"),
    Stop("gold", 4, "Museo del Oro"),
]


@pytest.mark.parametrize(
    ("said", "node_id"),
    [
        ("fort agauda", "aguada"),  # two letters swapped
        ("cuevas de elephanta", "caves"),  # another language's kind word
        ("el castillo", "castle"),  # the only castle of the trip, said in Spanish
        ("the wee dram", "dram"),
        ("a random bakery", None),
    ],
)
def test_the_stop_a_text_names(said: str, node_id: str | None) -> None:
    stop = named_stop(said, STOPS, grammar_of(said, None))
    assert (stop.node_id if stop else None) == node_id


def test_two_stops_said_as_well_name_none() -> None:
    stops = [Stop("a", 1, "Museo Botero"), Stop("b", 2, "Museo del Oro")]
    assert named_stop("el museo", stops) is None


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("the wee dram, nah, ditch it", "en", Intent.REMOVE),
        ("The Wee Dram a las 21h", "es", Intent.RETIME),
        ("el castillo pal jueves porfa", "es", Intent.MOVE),
        ("elephanta caves worth it??", "en", Intent.EXPLAIN),
        ("museo del oro reservar pra 4", "pt", Intent.BOOK),
    ],
)
def test_what_the_other_words_ask_of_the_stop(text: str, language: str, intent: Intent) -> None:
    read = grounded_turn(text, grammar_of(text, language), STOPS)
    assert read is not None
    assert read.intent is intent
    assert read.target is not None
    assert read.target.node_id is not None


def test_a_stop_said_with_nothing_to_do_is_no_request() -> None:
    assert grounded_turn("fort aguada", grammar_of("fort aguada", "en"), STOPS) is None


@pytest.mark.parametrize(
    "text", ["the wee dram is great, don't cancel it", "el castillo no lo quites porfa"]
)
def test_a_negated_verb_asks_for_nothing(text: str) -> None:
    assert grounded_turn(text, grammar_of(text, None), STOPS) is None


def test_a_stop_is_named_by_what_it_is_when_no_other_stop_is_that() -> None:
    stops = [
        Stop("n1", 2, "Greyfriars Kirkyard", frozenset({"graveyard", "church", "ghost"})),
        Stop("n2", 2, "Calton Hill", frozenset({"hill", "viewpoint"})),
        Stop("n3", 3, "The Wee Dram", frozenset({"whisky", "pub"})),
    ]
    found = named_stop("bin the graveyard, too creepy for the kids", stops)
    assert found is not None
    assert found.node_id == "n1"


def test_what_two_stops_both_are_names_neither() -> None:
    stops = [
        Stop("n1", 1, "Adega do Douro", frozenset({"wine", "cheese"})),
        Stop("n2", 6, "Taberna Santo António", frozenset({"wine", "fado"})),
    ]
    assert named_stop("drop the wine place", stops) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("wee dram out", "en"),
        ("the castle, out", "en"),
        ("fort aguada off", "en"),
        ("no more elephanta caves", "en"),
        ("museo del oro fuera", "es"),
        ("sin el museo del oro", "es"),
        ("el castillo fuera!", "es"),
        ("elephanta fora", "pt"),
        ("forte aguada fora", "pt"),
        ("sem o museo del oro", "pt"),
    ],
)
def test_removal_said_after_the_stop_or_as_without(text: str, language: str) -> None:
    read = grounded_turn(text, grammar_of(text, language), STOPS)
    assert read is not None
    assert read.intent is Intent.REMOVE


@pytest.mark.parametrize(
    "text",
    ["q lugar é esse wee dram", "que sitio es ese museo del oro", "what place is fort aguada"],
)
def test_what_place_is_that_asks_about_it(text: str) -> None:
    read = grounded_turn(text, grammar_of(text, None), STOPS)
    assert read is not None
    assert read.intent is Intent.EXPLAIN
