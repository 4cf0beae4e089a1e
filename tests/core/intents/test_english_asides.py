"""core.intents.english_asides: the talk an English speaker glues to a request.

Our own phrasings (other cities, other words than the ones the work was seen on): a reason, a
statement with its subject anywhere, a judgement with "too", a negation, a purpose, a
description of the place just named, said after the request or, as a statement naming the
day, before it. None is a second search nor an edit of a stop; what a remark says the place
must be (a diet, children, a budget) is kept as a wish, unless the request only edits a stop.
Spanish and Portuguese asides are read by their own modules: a few are checked here to stay so.
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.english_asides import without_asides
from core.intents.model import Intent, ParsedTurn
from core.intents.parse import parse

TODAY = dt.date(2026, 12, 7)


def _ops(said: str) -> list[ParsedTurn]:
    return list(parse(said, today=TODAY).ops)


@pytest.mark.parametrize(
    ("said", "intent", "word"),
    [
        ("put the louvre on day 2, everyone says the queue is huge", Intent.ADD, "louvre"),
        ("add sagrada familia on thursday, my cousin swears it's unreal", Intent.ADD, "sagrada"),
        ("move the tapas bar to friday pls, sat we'll be wrecked after the wedding", None, "tapas"),
        (
            "the castle at 11 instead of 10 on day 2? shuttle leaves at 9 n we wanna sleep in",
            Intent.RETIME,
            "castle",
        ),
        ("temple bar 21h please, 20h too early for drinks where i'm from", None, "temple bar"),
        (
            "swap the pizza on monday for sushi, pizza we eat every week back home",
            Intent.REPLACE,
            "pizza",
        ),
        ("drop the aquarium on day 3. too pricey for what it is", Intent.REMOVE, "aquarium"),
        ("add the blue mosque on day 1, the one near the big park", Intent.ADD, "blue mosque"),
        ("add la boqueria on day 2 lah, gotta try the jamon once", Intent.ADD, "boqueria"),
        (
            "stick the harbour cruise on day 2, otherwise the kids will riot lol",
            Intent.ADD,
            "harbour cruise",
        ),
    ],
)
def test_a_remark_after_a_request_is_no_second_request(
    said: str, intent: Intent | None, word: str
) -> None:
    ops = _ops(said)
    assert len(ops) == 1, ops
    op = ops[0]
    if intent is not None:
        assert op.intent is intent, op
    said_of = " ".join(filter(None, [op.query, op.target.text if op.target else None]))
    assert word in said_of.lower()
    assert not {"says", "queue", "wrecked", "shuttle", "riot", "jamon", "park"} & set(
        said_of.lower().split()
    )


@pytest.mark.parametrize(
    "said",
    [
        "my sister is flying in for the saturday, can we get a tapas place that day",
        "saturday is totally empty right? add park guell",
        "we have 3 little ones with us, find a playground for friday",
        "saturday night i wanna dance!! put a flamenco show pls",
    ],
)
def test_talk_before_a_request_keeps_only_its_day(said: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.ADD], ops
    assert ops[0].day_ref in {"weekday:4", "weekday:5"}, ops
    assert not {"sister", "empty", "ones", "dance", "wanna"} & set((ops[0].query or "").split())


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        ("add a restaurant for day 2, my son eats no meat", "vegetarian"),
        ("find a dinner place on friday, my husband is vegan", "vegan"),
        ("a lunch spot on day 1, we don't wanna spend much", "on a budget"),
        ("noodles for tuesday lunch, student budget, nothing fancy", "on a budget"),
        ("a beach for day 3, our kids are tiny", "for kids"),
    ],
)
def test_what_a_remark_says_the_place_must_be_is_kept(said: str, wish: str) -> None:
    assert without_asides(said).endswith(f", {wish}"), without_asides(said)


@pytest.mark.parametrize(
    "said",
    [
        "delete the zoo on day 2. too sad for the kids",
        "remove the steakhouse, my wife is vegetarian now",
        "move the beach to friday, the kids are tired",
    ],
)
def test_an_edit_of_a_stop_takes_no_wish(said: str) -> None:
    ops = _ops(said)
    assert len(ops) == 1, ops
    assert "family" not in (ops[0].target.text or "") if ops[0].target else True
    assert "vegetarian" not in (ops[0].query or "")


@pytest.mark.parametrize(
    "said",
    [
        "add a temple on day 1 and a ramen place for dinner",
        "add the museum on day 2, and a cafe after",
        "move the castle to friday, not thursday",
        "put the zoo on day 3, i want a coffee place too",
        "add a restaurant on day 2, somewhere we can sit outside",
        "flight changed. we now land on the 9th, shift the trip",
    ],
)
def test_requests_and_facts_stay(said: str) -> None:
    assert without_asides(said) == said


def test_a_tag_or_thanks_after_the_request_is_dropped() -> None:
    assert [op.intent for op in _ops("thursday and saturday switch them around, sweet as")] == [
        Intent.SWAP_DAYS
    ]
    ops = _ops("remove the zoo on day 2 please. Danke")
    assert [op.intent for op in ops] == [Intent.REMOVE]
    assert "danke" not in (ops[0].target.text or "").lower() if ops[0].target else True


@pytest.mark.parametrize(
    ("said", "word"),
    [
        ("for tomorrow lunch gimme a dumpling place", "dumpling"),
        ("on friday dinner get us a steakhouse", "steakhouse"),
        ("day 2 breakfast find me a bagel shop", "bagel"),
    ],
)
def test_a_day_said_before_gimme_is_the_requests_day(said: str, word: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.ADD], ops
    assert word in (ops[0].query or "")
    assert "gimme" not in (ops[0].query or "")
    assert "get us" not in (ops[0].query or "")


@pytest.mark.parametrize(
    "said",
    [
        "agrega el museo del prado el jueves, mi novia quiere ver las meninas",
        "coloca o museu do amanhã na sexta, quero ver a arquitetura",
    ],
)
def test_spanish_and_portuguese_asides_stay_with_their_readers(said: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.ADD], ops
