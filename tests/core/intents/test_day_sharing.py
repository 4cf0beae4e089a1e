"""core.intents.day_sharing: a request with no day of its own takes the day of the request of
its kind before it, or (said "that same day") of the one just before, where a move goes."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.day_sharing import day_said, share_days
from core.intents.model import Intent, ParsedTurn, Target
from tests.core.intents.test_parse import cases, check

ADD, REMOVE, MOVE = Intent.ADD, Intent.REMOVE, Intent.MOVE

SHARED: list[Any] = [
    (
        "mueve las Bóvedas al jueves y borra la playa",
        "es",
        [{"intent": MOVE}, {"intent": REMOVE, "day": None, "day_ref": None}],
    ),
    (
        "move the castle to friday and remove the pub",
        "en",
        [{"intent": MOVE}, {"intent": REMOVE, "day": None, "day_ref": None}],
    ),
    (
        "muda a Sé pra sexta e adiciona um café",
        "pt",
        [{"intent": MOVE}, {"intent": ADD, "day": None, "day_ref": None}],  # the trip tells
    ),
    (
        "remove the museum and the bar from day 2",
        "en",
        [{"intent": REMOVE, "day": 2}, {"intent": REMOVE, "day": 2}],
    ),
    (
        "quita el museo del día 2 y también el bar",
        "es",
        [{"intent": REMOVE, "day": 2}, {"intent": REMOVE, "day": 2}],
    ),
    (
        "agrega un museo el día 3 y quita el bar",
        "es",
        [{"intent": ADD, "day": 3}, {"intent": REMOVE, "day": None}],
    ),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(SHARED))
def test_days_are_shared_by_kind(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


def test_a_move_is_about_where_it_goes() -> None:
    move = ParsedTurn(intent=MOVE, target=Target(text="x"), to_day=4)
    assert day_said(move) == (4, None)
    said_on = ParsedTurn(intent=MOVE, target=Target(text="x"), day_ref="weekday:3")
    assert day_said(said_on) == (None, "weekday:3")


def test_same_day_with_nothing_said_before_waits_for_the_trip() -> None:
    ops = [
        ParsedTurn(intent=REMOVE, target=Target(text="x")),
        ParsedTurn(intent=ADD, query="y", same_day=True),
    ]
    assert share_days(ops) == ops


def test_same_day_takes_the_nearest_request() -> None:
    ops = [
        ParsedTurn(intent=ADD, query="a", day=1),
        ParsedTurn(intent=MOVE, target=Target(text="b"), to_day=3),
        ParsedTurn(intent=ADD, query="c", same_day=True),
    ]
    assert share_days(ops)[2].day == 3


MEALS: list[Any] = [
    (
        "preenche o almoço do dia 3 com bacalhau e o jantar com marisco",
        "pt",
        # "preenche" fills the open slots, as "fill" does (core.intents.fill_words)
        [{"intent": Intent.FILL_MEALS, "day": 3}, {"intent": Intent.FILL_MEALS, "day": 3}],
    ),
    (
        "cambia el almuerzo del día 1 por algo vegano y la cena por un asado",
        "es",
        [
            {"intent": Intent.REPLACE, "day": 1, "query_has": ["vegano"]},
            {"intent": Intent.REPLACE, "day": 1, "query_has": ["asado"]},
        ],
    ),
    (
        "move dinner on day 2 to 9 and lunch to 1",
        "en",
        [{"intent": Intent.RETIME, "day": 2}, {"intent": Intent.RETIME, "day": 2}],
    ),
    (
        "fill lunch on day 2 with a yemeni place and dinner with seafood",
        "en",
        [
            {"intent": Intent.FILL_MEALS, "day": 2, "query_has": ["yemeni"]},
            {"intent": Intent.FILL_MEALS, "day": 2, "query": "seafood"},
        ],
    ),
    (
        "fill lunch and dinner on day 2 with seafood",
        "en",
        [{"intent": Intent.FILL_MEALS, "day": 2, "meal": None, "query": "seafood"}],
    ),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(MEALS))
def test_a_meal_said_after_another_is_on_its_day(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)
