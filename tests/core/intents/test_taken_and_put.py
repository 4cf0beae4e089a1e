"""core.intents.taken_and_put (through parse): a removal and a placing of "it" are one move."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent, ParsedTurn, Target
from core.intents.taken_and_put import moved_after_removal
from tests.core.intents.test_parse import cases, check

REMOVE, MOVE, RETIME, ADD = Intent.REMOVE, Intent.MOVE, Intent.RETIME, Intent.ADD

MOVES: list[Any] = [
    (
        "quita el Museo Botero del día 2 y ponlo el día 4",
        "es",
        [{"intent": MOVE, "target_has": ["botero"], "day": 2, "to_day": 4}],
    ),
    (
        "saca la Zona T y pásala al día 3",
        "es",
        [{"intent": MOVE, "target_has": ["zona t"], "to_day": 3}],
    ),
    (
        "tira o Palácio da Bolsa e coloca ele no dia 3",
        "pt",
        [{"intent": MOVE, "target_has": ["bolsa"], "to_day": 3}],
    ),
    (
        "take the castle off day 1 and put it on day 4",
        "en",
        [{"intent": MOVE, "target_has": ["castle"], "day": 1, "to_day": 4}],
    ),
    (
        "remove the castle and put it back on day 2 at 10",
        "en",
        [{"intent": MOVE, "target_has": ["castle"], "to_day": 2, "time": "10:00"}],
    ),
    (
        "remove the museum and add a park",
        "en",
        [{"intent": REMOVE, "target_has": ["museum"]}, {"intent": ADD, "query": "park"}],
    ),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(MOVES))
def test_a_removal_and_a_placing_of_it_are_a_move(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


def test_a_time_alone_retimes_the_removed_item() -> None:
    removed = ParsedTurn(intent=REMOVE, target=Target(text="castle"))
    put = ParsedTurn(intent=ADD, query="it", time="10:00")
    moved = moved_after_removal(removed, put)
    assert moved is not None
    assert (moved.intent, moved.time, moved.target) == (RETIME, "10:00", removed.target)


def test_a_placing_of_something_else_is_its_own_request() -> None:
    removed = ParsedTurn(intent=REMOVE, target=Target(text="castle"))
    other = ParsedTurn(intent=ADD, query="a pub", day=2)
    nowhere = ParsedTurn(intent=MOVE, target=Target(text="it"))
    assert moved_after_removal(removed, other) is None
    assert moved_after_removal(removed, nowhere) is None
