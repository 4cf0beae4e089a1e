"""Edits said other ways in English: the undo's object named any way, replacements said with
"trade" or "swap out", a second-language "please to move", "instead of X give me Y".

Our own phrasings (other cities, other words than the ones the work was seen on).
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent, ParsedTurn
from core.intents.parse import parse
from core.intents.undo_words import said_undo

TODAY = dt.date(2026, 12, 7)


def _ops(said: str) -> list[ParsedTurn]:
    return list(parse(said, today=TODAY).ops)


@pytest.mark.parametrize(
    "said",
    [
        "revert the previous edit please",
        "undo my most recent change",
        "roll back ur latest update pls",
        "reverse that last edit",
        "undo this change",
        "kindly revert the prior modification",
        "revert your last step",
        "undo the latest",
    ],
)
def test_the_change_undone_named_any_way(said: str) -> None:
    assert said_undo(said)
    assert [op.intent for op in _ops(said)] == [Intent.UNDO]


@pytest.mark.parametrize("said", ["revert the museum", "undo day 3", "undo the castle visit"])
def test_an_undo_verb_before_a_stop_is_no_undo(said: str) -> None:
    assert not said_undo(said)


@pytest.mark.parametrize(
    ("said", "old", "new"),
    [
        ("trade the steak place for ramen", "steak place", "ramen"),
        ("trade la boqueria for a tapas bar, we've had enough markets", "boqueria", "tapas"),
        ("swap out the zoo for the aquarium", "zoo", "aquarium"),
        ("switch out the wine bar with a cocktail lounge", "wine bar", "cocktail"),
        ("sub out the castle for a museum", "castle", "museum"),
        ("change out the noodle bar for a curry house", "noodle bar", "curry"),
    ],
)
def test_replacements_said_with_trade_or_out(said: str, old: str, new: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.REPLACE], ops
    assert ops[0].target is not None
    assert (ops[0].target.text or "").lower() == old
    assert new in (ops[0].query or "")


@pytest.mark.parametrize("said", ["trade day 2 and day 3", "trade them"])
def test_trading_days_is_not_a_replacement(said: str) -> None:
    assert _ops(said)[0].intent is not Intent.ADD


@pytest.mark.parametrize(
    ("said", "place", "to_ref"),
    [
        ("Please to move the Tower Bridge from Monday to Wednesday.", "Tower Bridge", "weekday:2"),
        ("kindly to shift the zoo from tuesday to thursday", "zoo", "weekday:3"),
        ("please move the aquarium from friday to saturday", "aquarium", "weekday:5"),
        ("pls to move the castle from sunday to monday", "castle", "weekday:0"),
    ],
)
def test_a_polite_move_from_one_weekday_to_another(said: str, place: str, to_ref: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.MOVE], ops
    assert ops[0].target is not None
    assert ops[0].target.text == place
    assert ops[0].to_day_ref == to_ref


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("please to add a museum on day 2", Intent.ADD),
        ("please to remove the zoo", Intent.REMOVE),
        ("kindly to book Casa Aurora for lunch", Intent.BOOK),
    ],
)
def test_please_to_before_any_verb(said: str, intent: Intent) -> None:
    assert [op.intent for op in _ops(said)] == [intent]
