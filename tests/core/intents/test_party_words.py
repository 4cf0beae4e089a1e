"""A party said as who comes (core.intents.party_words, via core.intents.party)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.party import party_in


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("me and my wife", 2),
        ("my husband and I", 2),
        ("just me and 3 friends", 4),
        ("we are two adults and a kid", 3),
        ("yo y mi novia", 2),
        ("mi esposa y yo", 2),
        ("somos 3 + un bebé", 4),
        ("eu e minha esposa", 2),
        ("eu, minha mulher e os 2 filhos", 4),
        ("pra mim e pro meu marido", 2),
    ],
)
def test_people_listed_are_counted(text: str, count: int) -> None:
    found = party_in(text, None)
    assert found is not None
    assert found[0] == count


@pytest.mark.parametrize(
    "text",
    ["add a place for kids", "o mandi house é bom e barato", "a kid friendly museum on day 2"],
)
def test_no_list_of_people_is_no_party(text: str) -> None:
    assert party_in(text, None) is None


def test_a_booking_for_me_and_my_wife_is_for_two() -> None:
    turn = parse(
        "quero reservar o Thistle & Stag no primeiro dia, eu e minha esposa",
        today=dt.date(2026, 11, 23),
    ).first
    assert (turn.intent, turn.party_size, turn.day) == (Intent.BOOK, 2, 1)
    assert turn.target is not None
    assert turn.target.text == "Thistle & Stag"
