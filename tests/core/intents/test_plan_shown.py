"""core.intents.plan_shown (through parse): what is planned, asked with chat filler, shows that
day or the whole trip; never a search, never a new plan of the day."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

DAY_ASKED: list[tuple[str, int | None, str | None]] = [
    # English, several regions
    ("wots on 2day", None, "today"),
    ("wats on tmrw", None, "tomorrow"),
    ("so what we doing thursday then", None, "weekday:3"),
    ("whats happening tmrw", None, "tomorrow"),
    ("wat's the plan for the last day lah", -1, None),
    ("whats the deal for saturday", None, "weekday:5"),
    ("what we got going on wednesday", None, "weekday:2"),
    ("so whats the game plan for tomorrow mate", None, "tomorrow"),
    ("hows friday looking", None, "weekday:4"),
    ("ok so what r we up to on day 2", 2, None),
    # Spanish
    ("qué planes hay para mañana", None, "tomorrow"),
    ("a ver que hay el martes", None, "weekday:1"),
    ("que vamos a hacer el lunes", None, "weekday:0"),
    ("y pal domingo que toca", None, "weekday:6"),
    ("oye y el ultimo dia que hacemos", -1, None),
    ("q onda el dia 3", 3, None),
    # Portuguese
    ("qual a boa de sexta", None, "weekday:4"),
    ("e no último dia, fazemos o quê?", -1, None),
    ("que que a gente faz no sábado", None, "weekday:5"),
    ("qual é a de amanhã", None, "tomorrow"),
    ("bora ver o que tem na quinta", None, "weekday:3"),
    ("e o dia 2 como fica", 2, None),
]


@pytest.mark.parametrize(("text", "day", "day_ref"), DAY_ASKED)
def test_a_day_asked_with_filler_is_shown(text: str, day: int | None, day_ref: str | None) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.SHOW, (text, op)
    assert (op.day, op.day_ref) == (day, day_ref), text


@pytest.mark.parametrize(
    "text",
    [
        "what does the whole trip look like",
        "what's the itinerary looking like for the whole trip",
        "whats the plan for the entire trip",
        "cómo queda todo el viaje",
        "qué hay en el viaje entero",
        "como tá a viagem toda",
        "o que tem na viagem inteira",
    ],
)
def test_the_whole_trip_asked_with_filler_is_shown(text: str) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.SHOW, (text, op)
    assert (op.day, op.day_ref) == (None, None), text


@pytest.mark.parametrize(
    "text",
    [
        "what's open on friday",
        "what should we eat tomorrow",
        "que comemos mañana",
        "o que tem de bom pra comer amanhã",
        "what time is the castle tomorrow",
    ],
)
def test_more_than_a_question_about_the_plan_is_not_a_show(text: str) -> None:
    ops = parse(text).ops
    assert not (len(ops) == 1 and ops[0].intent is Intent.SHOW and ops[0].target is None), text
