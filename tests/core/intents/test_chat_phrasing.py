"""Requests said the way travelers chat, through parse(): the slots that matter, not wording.

Each case is a phrasing family the rules read generally (a day of the week to clear, a time
in words, a day named from the item's own day, a fact about the trip), not one sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.day_words import NEXT_DAY, PREVIOUS_DAY
from core.intents.model import Intent
from tests.core.intents.test_parse import cases, check

REMOVE, MOVE, RETIME = Intent.REMOVE, Intent.MOVE, Intent.RETIME

PHRASINGS: list[Any] = [
    ("clear out saturday", "en", [{"intent": REMOVE, "every": True, "day_ref": "weekday:5"}]),
    ("apaga a segunda inteira", "pt", [{"intent": REMOVE, "every": True, "day_ref": "weekday:0"}]),
    ("zera o dia 2", "pt", [{"intent": REMOVE, "every": True, "day": 2}]),
    (
        "bump the aquarium to the following day",
        "en",
        [{"intent": MOVE, "target_has": ["aquarium"], "to_day_ref": NEXT_DAY}],
    ),
    (
        "mueve la playa al día anterior",
        "es",
        [{"intent": MOVE, "target_has": ["playa"], "to_day_ref": PREVIOUS_DAY}],
    ),
    (
        "the food tour would work better on day 2",
        "en",
        [{"intent": MOVE, "target_has": ["food tour"], "to_day": 2}],
    ),
    (
        "move the boat trip to quarter past four",
        "en",
        [{"intent": RETIME, "target_has": ["boat trip"], "time": "16:15"}],
    ),
    (
        "o passeio de barco pode ser às dez e meia?",
        "pt",
        [{"intent": RETIME, "target_has": ["passeio de barco"], "time": "10:30"}],
    ),
    ("we fly back 2 days early", "en", [{"intent": Intent.REMOVE_DAYS, "day_count": 2}]),
    ("turns out we're staying an extra day", "en", [{"intent": Intent.ADD_DAYS, "day_count": 1}]),
    # a trailing "now" is chat, unless it is "open now"
    ("any bakery open now", "en", [{"intent": Intent.ADD, "has_preferences": True}]),
    ("the trip starts on march 3 now", "en", [{"intent": Intent.SET_START}]),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(PHRASINGS))
def test_chat_phrasings(text: str, language: str | None, ops: list[dict[str, Any]]) -> None:
    check(text, language, ops)


def test_a_bare_clock_time_is_marked_so_the_editor_may_pick_its_half() -> None:
    from core.intents.parse import parse

    assert parse("move dinner to 8:15").first.time_said_bare
    assert not parse("move dinner to 8:15pm").first.time_said_bare
    assert not parse("move dinner to 20:15").first.time_said_bare


def _rather(old: str, new: str | None) -> list[dict[str, Any]]:
    want: dict[str, Any] = {"intent": Intent.REPLACE, "target_has": [old]}
    if new is not None:
        want["query_has"] = [new]
    return [want]


# "X no, mejor Y": X replaced by Y (Y a kind, a dish, or only a wish: cheaper).
RATHER: list[Any] = [
    ("la tasca do cais no, mejor algo de pulpo", "es", _rather("cais", "pulpo")),
    ("el vindaloo no, prefiero algo mas barato", "es", _rather("vindaloo", None)),
    ("nada de la tasca do cais, mejor algo de mariscos", "es", _rather("cais", "mariscos")),
    ("a tasca do cais nao, melhor algo de polvo", "pt", _rather("cais", "polvo")),
    ("o vindaloo não, prefiro algo mais barato", "pt", _rather("vindaloo", None)),
    ("nada de tasca do cais, melhor frutos do mar", "pt", _rather("cais", "mar")),
    ("tasca do cais nah, rather something with octopus", "en", _rather("cais", "octopus")),
    ("the pub no, better a whisky bar", "en", _rather("pub", "whisky")),
    ("not the pub, rather a whisky bar", "en", _rather("pub", "whisky")),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(RATHER))
def test_x_no_rather_y_replaces_x(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)
