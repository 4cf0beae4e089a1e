"""Asking to plan one day of the trip, in three languages: a PLAN of that day only."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from tests.core.intents.readings import TODAY, only


@pytest.mark.parametrize(
    ("text", "day", "day_ref"),
    [
        ("could you plan day 3 for us", 3, None),
        ("pls sort out the second day, no idea what to do", 2, None),
        ("fill up friday for me", None, "weekday:4"),
        ("Day 2 is blank. Can you put together a good day?", 2, None),
        ("plan something for tomorrow", None, "tomorrow"),
        ("organízame el día 1 porfa", 1, None),
        ("armame el viernes, ni idea qué hacer", None, "weekday:4"),
        ("planeja o dia 3 pra gente", 3, None),
        ("o sábado tá vazio, monta algo pra gente", None, "weekday:5"),
    ],
)
def test_one_day_named_with_a_plan_verb_plans_that_day(
    text: str, day: int | None, day_ref: str | None
) -> None:
    op = only(text)
    assert (op.intent, op.day_only, op.day, op.day_ref) == (Intent.PLAN, True, day, day_ref)


@pytest.mark.parametrize(
    ("text", "interests"),
    [
        ("plan day 2 for us, we love markets and temples", {"market", "temple"}),
        ("organiza el sábado, nos encantan los museos", {"museum"}),
    ],
)
def test_what_the_traveler_likes_becomes_the_days_interests(text: str, interests: set[str]) -> None:
    assert set(only(text).interests) == interests


@pytest.mark.parametrize(
    "text",
    [
        "plan 3 days in Lisbon",  # a trip length: a whole-trip plan
        "fill in lunch on day 2",  # a meal: a meal fill
        "plan a visit to the castle on day 2",  # a place: not the whole day
        "what's the plan for day 2?",  # a question about the day
    ],
)
def test_other_plans_and_edits_are_not_day_plans(text: str) -> None:
    assert not any(op.day_only for op in parse(text, today=TODAY).ops)


@pytest.mark.parametrize(
    ("text", "day", "day_ref"),
    [
        ("o dia 4 tá vazio, monta uma programação pra ele", 4, None),
        ("day 3 is empty, can you sort it out", 3, None),
        ("el jueves lo tenemos vacío, ¿nos lo planeáis vosotros?", None, "weekday:3"),
        ("day 2: plan it for us, we like art", 2, None),
        ("sexta tá livre ainda, organiza ela pra gente", None, "weekday:4"),
    ],
)
def test_planning_it_plans_the_one_day_named(
    text: str, day: int | None, day_ref: str | None
) -> None:
    (op,) = parse(text, today=dt.date(2026, 11, 23)).ops
    assert (op.intent, op.day_only) == (Intent.PLAN, True)
    assert (op.day, op.day_ref) == (day, day_ref)


def test_whatever_you_see_is_no_interest() -> None:
    (op,) = parse(
        "el jueves está libre, planéalo con lo que veáis", today=dt.date(2026, 11, 23)
    ).ops
    assert op.interests == ()


@pytest.mark.parametrize(
    "text", ["add the castle on day 2, I planned it", "move the castle to day 2, I planned it"]
)
def test_a_plan_said_in_a_remark_is_no_day_plan(text: str) -> None:
    assert all(op.intent is not Intent.PLAN for op in parse(text, today=dt.date(2026, 11, 23)).ops)
