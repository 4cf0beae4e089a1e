"""Taking a whole day off the trip, with a reason said beside it."""

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("tira o dia 4, vou ter q voltar antes", 4),
        ("drop day 3 from the trip, we leave early", 3),
        ("o último dia vai ser só aeroporto, pode tirar ele da viagem", -1),
        ("day 2 is just travel, take it off the trip", 2),
    ],
)
def test_a_day_taken_off_with_a_reason(text: str, day: int) -> None:
    ops = parse(text, today=TODAY).ops
    assert [(op.intent, op.day) for op in ops] == [(Intent.REMOVE_DAYS, day)]


@pytest.mark.parametrize(
    "text",
    ["remove the museum from the trip on day 2", "remove the museum on day 2, it's closed"],
)
def test_an_item_removed_from_a_day_is_not_the_day(text: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent is Intent.REMOVE
