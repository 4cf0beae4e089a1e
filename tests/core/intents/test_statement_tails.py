"""core.intents.statement_tails: who comes and how things stand, said beside a request.

Our own phrasings (other cities, other words than the ones the work was seen on): a party
said as "for me and the hubby", a last clause telling the travelers' situation ("my sister is
in town", "the wallet is crying after the spa", "we want the proper stuff"), a replacement
asked with "give me" / "gimme" / "find us". None of it is a second search; a diet, children,
a craving or a place named stay for the wish readers, and "we want sushi" stays a wish.
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent, ParsedTurn
from core.intents.parse import parse
from core.intents.statement_tails import without_statements

TODAY = dt.date(2026, 12, 7)


def _ops(said: str) -> list[ParsedTurn]:
    return list(parse(said, today=TODAY).ops)


def _one_add(said: str) -> ParsedTurn:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.ADD], ops
    return ops[0]


@pytest.mark.parametrize(
    ("said", "word"),
    [
        ("a cozy wine bar tonight for me and the hubby", "wine bar"),
        ("sushi for friday dinner for me n my gf", "sushi"),
        ("a nice brunch spot on sunday for the wife and I, she's turning 40", "brunch"),
        ("find a jazz club on saturday night for me & my partner", "jazz"),
        ("steakhouse for thursday dinner for me and the missus pls", "steakhouse"),
        ("rooftop bar tomorrow for me + my bestie", "rooftop"),
        ("a quiet tea house on day 2 for me and my mum", "tea"),
    ],
)
def test_company_is_no_second_place(said: str, word: str) -> None:
    op = _one_add(said)
    assert word in (op.query or "").lower() or word == (op.meal.value if op.meal else "")
    assert not {"she", "turning", "hubby", "gf", "mum", "missus"} & set((op.query or "").split())


@pytest.mark.parametrize(
    ("said", "word"),
    [
        ("a pizza joint for saturday lunch, my sister is in town", "pizza"),
        ("dim sum on tuesday for lunch, the wallet is crying after the spa", "dim sum"),
        ("ramen for dinner on day 3, we want the proper stuff", "ramen"),
        ("tapas bar thursday night, my father in law is visiting", "tapas"),
        ("a seafood place on friday for dinner - we've got a late flight", "seafood"),
        ("brunch on sunday, our friends just arrived", "brunch"),
        ("thai food for wednesday dinner, we want something good", "thai"),
    ],
)
def test_a_statement_after_the_request_is_not_searched(said: str, word: str) -> None:
    op = _one_add(said)
    assert word in " ".join(filter(None, [op.query, op.meal.value if op.meal else None]))


@pytest.mark.parametrize(
    "said",
    [
        "noodles for tuesday lunch, money is tight this week",
        "a cafe on day 2 for breakfast, we spent too much at the market",
        "lunch on saturday, the budget is shot after the opera",
    ],
)
def test_money_troubles_ask_for_cheap_places(said: str) -> None:
    op = _one_add(said)
    assert op.preferences is not None
    assert op.preferences.price_levels == (0, 1)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("lunch on friday, we want sushi", "sushi"),
        ("lunch on friday, my husband is vegan", "vegan"),
        ("dinner on day 2, we would like ramen", "ramen"),
    ],
)
def test_a_wish_in_the_statement_stays(said: str, kept: str) -> None:
    assert kept in (_one_add(said).query or "").lower()


@pytest.mark.parametrize(
    "said",
    [
        "book Casa Aurora for friday dinner for me and my wife",
        "add the zoo on day 2, we want to add the aquarium too",
        "me gustaria un bar el viernes, mi hermano está de visita",
        "a table at the fish place for lunch, we are 4 adults",
        "day 4 at 11 in the morning, the reis magos fort",
    ],
)
def test_bookings_requests_and_other_languages_stay_as_said(said: str) -> None:
    language = "es" if "gustaria" in said else None
    assert without_statements(said, language) == said


@pytest.mark.parametrize(
    ("said", "old", "new"),
    [
        (
            "instead of the curry house give me a sushi place, my dad hates spice",
            "curry house",
            "sushi",
        ),
        ("instead of the wine bar gimme a cocktail place", "wine bar", "cocktail"),
        ("find us a tapas bar instead of the steakhouse", "steakhouse", "tapas"),
        ("instead of the zoo, suggest a museum", "zoo", "museum"),
        ("get me a vegan spot instead of el asador", "asador", "vegan"),
    ],
)
def test_instead_of_with_give_me_replaces(said: str, old: str, new: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.REPLACE], ops
    assert ops[0].target is not None
    assert (ops[0].target.text or "").lower() == old
    assert new in (ops[0].query or "")
