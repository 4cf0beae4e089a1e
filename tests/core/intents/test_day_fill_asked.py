"""core.intents.day_fill_asked (through parse): an empty day, or the rest of the trip, handed
over to be planned, said indirectly: the planner, never a search."""

from __future__ import annotations

import pytest

from core.intents.day_words import EMPTY_DAY
from core.intents.model import Intent
from core.intents.parse import parse

EMPTY_DAY_HANDED: list[tuple[str, int | None, str | None]] = [
    ("can u fill the free day", None, EMPTY_DAY),
    ("fill up the empty day", None, EMPTY_DAY),
    ("thursday's blank, do something with it", None, "weekday:3"),
    ("day 6 is wide open, come up with something", 6, None),
    ("we got nothing on sunday, sort it", None, "weekday:6"),
    ("rellena el día vacío", None, EMPTY_DAY),
    ("el miércoles está libre, inventá algo", None, "weekday:2"),
    ("el dia 5 no tiene nada, armalo vos", 5, None),
    ("o sábado tá livre, monta um roteiro pra gente", None, "weekday:5"),
    ("o dia 5 tá vazio, preenche aí", 5, None),
    ("a sexta tá livre, inventa alguma coisa", None, "weekday:4"),
    ("enche o dia livre", None, EMPTY_DAY),
]


@pytest.mark.parametrize(("text", "day", "day_ref"), EMPTY_DAY_HANDED)
def test_an_empty_day_handed_over_is_planned(
    text: str, day: int | None, day_ref: str | None
) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.PLAN, (text, op)
    assert op.day_only, (text, op)
    assert (op.day, op.day_ref) == (day, day_ref), text


@pytest.mark.parametrize(
    "text",
    [
        "plan the rest of the trip for us",
        "sort out the rest of the trip",
        "fill the remaining days pls",
        "armame el resto del viaje",
        "organiza lo que queda del viaje",
        "monta o resto da viagem",
        "planeja o que falta da viagem pra gente",
    ],
)
def test_the_rest_of_the_trip_goes_to_the_planner(text: str) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.PLAN, (text, op)
    assert not op.day_only, (text, op)
    assert op.destination is None, text
    assert op.day is None, text


@pytest.mark.parametrize(
    "text",
    [
        "put the castle on the free day",
        "keep friday free, don't plan anything",
        "fill the free day's dinner",
        "can you fill the empty meals on day 2?",
        "preenche as refeições vazias do dia livre",
        "is the fort free?",
        "can i talk to a local expert about planning the rest of our trip",
    ],
)
def test_other_requests_about_a_free_day_are_not_a_day_plan(text: str) -> None:
    ops = parse(text).ops
    assert not any(op.intent is Intent.PLAN for op in ops), (text, ops)
