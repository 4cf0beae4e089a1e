"""A stop put on the day just added (core.intents.added_day)."""

from __future__ import annotations

import pytest

from core.intents.model import LAST_DAY, Intent
from core.intents.parse import parse
from tests.core.intents.readings import TODAY


@pytest.mark.parametrize(
    "text",
    [
        "add a day at the end and put the aquarium on it",
        "tack on one more day and put the street art tour there",
        "adiciona mais um dia no fim e coloca a praia da joaquina nele",
        "bota mais um dia e põe o mercado público nesse dia",
        "agrega un día al final y pon el jardín botánico ese día",
        "suma un día más y mete la catedral de sal en él",
    ],
)
def test_the_stop_goes_on_the_new_day(text: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD_DAYS, Intent.ADD]
    assert ops[1].day == LAST_DAY
    assert ops[1].query
    assert not ops[1].query.endswith((" it", " there", "nele"))


def test_a_stop_with_no_pointer_keeps_its_own_day() -> None:
    ops = parse("add a day and add the zoo on day 2", today=TODAY).ops
    assert ops[1].day == 2
