"""core.intents.kind_then_name: a kind wished for, then a place of that kind named: that place.

Our own phrasings: a first sentence telling what the traveler is after ("we're mad about
beaches", "gonna hit some temples", "love me a good castle or two"), the next naming one of
them. Only the named place is added; "a temple and Golden Temple", a kind with a meal of its
own or a place whose name says another kind keep both requests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

TODAY = dt.date(2026, 12, 7)


def _adds(said: str) -> list[str]:
    ops = parse(said, today=TODAY).ops
    assert all(op.intent is Intent.ADD for op in ops), ops
    return [op.query or "" for op in ops]


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("we are mad about beaches - add Baga Beach on monday", "Baga Beach"),
        ("gonna hit some temples. put Kinkaku Temple on day 2", "Kinkaku Temple"),
        ("fixing to see some castles. add Edinburgh Castle on saturday", "Edinburgh Castle"),
        ("wanna see me some museums. stick Prado Museum on day 3 morning", "Prado Museum"),
        ("keen on markets, add Borough Market friday", "Borough Market"),
        ("i love gardens. add the Shalimar Garden on day 1", "Shalimar Garden"),
    ],
)
def test_the_named_place_of_the_kind_is_the_request(said: str, place: str) -> None:
    assert [q.removeprefix("the ") for q in _adds(said)] == [place]


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("add a museum. then add the Louvre Museum on day 2", 2),
        ("some beaches on day 1. add Fort Aguada on day 2", 2),
        ("dinner at a steakhouse. add Tate Museum on day 2", 2),
    ],
)
def test_other_kinds_or_a_single_kind_stay_two_requests(said: str, count: int) -> None:
    assert len(_adds(said)) == count
