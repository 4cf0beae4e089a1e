"""The day's plan asked about ("plan" as a noun in a question) is shown, never planned again;
"plan" as a verb on a day or a trip is still planning (core.intents.day_asked)."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

SHOWN: list[tuple[str, int | None, str | None]] = [
    ("show me tomorrow's plan", None, "tomorrow"),
    ("lemme see tmrw's plan", None, "tomorrow"),
    ("send me thursdays schedule pls", None, "weekday:3"),
    ("can i see the plan for day 2?", 2, None),
    ("whats the schedule for friday looking like", None, "weekday:4"),
    ("remind me of saturday's plan pls", None, "weekday:5"),
    ("what is our plan on day 3", 3, None),
    ("let me see the itinerary for tomorrow", None, "tomorrow"),
    ("how does the plan for thursday look?", None, "weekday:3"),
    ("cuál es el plan del martes?", None, "weekday:1"),
    ("cual es el plan pa mañana", None, "tomorrow"),
    ("muéstrame el programa del día 2", 2, None),
    ("qué plan tenemos para el jueves?", None, "weekday:3"),
    ("enséñame el itinerario de mañana porfa", None, "tomorrow"),
    ("dime el plan del sabado", None, "weekday:5"),
    ("qual o plano pra sexta?", None, "weekday:4"),
    ("qual é o roteiro de amanhã?", None, "tomorrow"),
    ("me mostra a programação do dia 3", 3, None),
    ("como tá o plano de quinta?", None, "weekday:3"),
    ("qual a agenda do dia 2", 2, None),
    ("mostra o plano de hoje", None, "today"),
]


@pytest.mark.parametrize(("text", "day", "day_ref"), SHOWN)
def test_the_plan_of_a_day_asked_about_is_shown(
    text: str, day: int | None, day_ref: str | None
) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.SHOW, (text, op)
    assert (op.day, op.day_ref) == (day, day_ref), text


@pytest.mark.parametrize(
    "text",
    [
        "plan day 4 for me",
        "plan tomorrow for us, we like art",
        "planifica el martes, nos gustan los museos",
        "monta o dia 3 pra gente",
        "armame el sabado",
        "make a plan for day 2",
    ],
)
def test_plan_said_as_a_verb_still_plans(text: str) -> None:
    assert parse(text).ops[0].intent is Intent.PLAN, text
