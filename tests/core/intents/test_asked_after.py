"""core.intents.asked_after: a question about one place, then more about "it", is one question.

Our own phrasings (other cities, other words than the ones the work was seen on): a place
asked about, then "what's so good about it", "is it worth it or what", "any good?"; a place
asked about vaguely, then "the X one"; a "why" with where the stop stands ("on here", "in my
plan", "on the list"). A later clause that asks for a change keeps the message apart.
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent, ParsedTurn
from core.intents.parse import parse

TODAY = dt.date(2026, 12, 7)


def _ops(said: str) -> list[ParsedTurn]:
    return list(parse(said, today=TODAY).ops)


def _asked(said: str) -> ParsedTurn:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.EXPLAIN], ops
    return ops[0]


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("why is fushimi inari on here? what's so good about it", "fushimi inari"),
        ("why the louvre, is it worth it or what", "louvre"),
        ("tell me about sagrada familia. any good?", "sagrada familia"),
        ("why is the tower of london in my plan?? is it famous or not", "tower of london"),
        ("whats the deal with park guell? is it nice", "park guell"),
        ("why the alfama walk - is it touristy or what", "alfama walk"),
        ("tell me about the spice market, is it worth going", "spice market"),
        ("why's hampi on the list? what's special about it", "hampi"),
    ],
)
def test_later_questions_about_it_ask_about_the_place_named(said: str, place: str) -> None:
    asked = _asked(said)
    assert asked.target is not None
    assert (asked.target.text or "").lower().removeprefix("the ") == place


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("is the museum open now? the MNAA one", "MNAA"),
        ("when does the temple close? the Golden one", "Golden"),
        ("is the palace open right now? i mean Mysore Palace", "Mysore Palace"),
        ("tell me about the market. the Crawford one", "Crawford"),
        ("is the gallery open today? the one called Tate Modern", "Tate Modern"),
        ("is the fort open rn? the red one", "red"),
    ],
)
def test_which_one_said_after_names_the_place(said: str, name: str) -> None:
    asked = _asked(said)
    assert asked.target is not None
    assert asked.target.text == name


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("why is nijo castle on here?", "nijo castle"),
        ("why's the zoo even in my plan", "the zoo"),
        ("why the old fort on the list at all", "old fort"),
        ("why is chapora fort in our itinerary", "chapora fort"),
        ("why is the ghat walk on there", "the ghat walk"),
        ("why is the botanic garden on our route", "the botanic garden"),
    ],
)
def test_a_why_says_where_the_stop_stands_not_its_name(said: str, place: str) -> None:
    asked = _asked(said)
    assert asked.question == "why"
    assert asked.target is not None
    assert (asked.target.text or "").lower() == place


@pytest.mark.parametrize(
    "said",
    [
        "tell me about the zoo, and add it on day 3",
        "is the castle open now? if so add it for 3pm",
        "why is the aquarium on day 2? move it to day 4",
    ],
)
def test_a_later_request_is_not_a_follow_up(said: str) -> None:
    assert Intent.EXPLAIN not in {op.intent for op in _ops(said)} or len(_ops(said)) > 1
