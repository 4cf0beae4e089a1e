"""core.intents.day_asked (through parse): one day's plan asked for with a verb of sending
("pasame lo del miércoles") or with the day said first ("e hoje, qual a programação?")."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

ASKED: list[tuple[str, int | None, str | None]] = [
    ("a ver pasame lo del miércoles", None, "weekday:2"),
    ("pasame lo del jueves porfa", None, "weekday:3"),
    ("mandame lo del sabado", None, "weekday:5"),
    ("enviame lo del dia 2 xfa", 2, None),
    ("me manda o de quinta", None, "weekday:3"),
    ("manda ai o do dia 4", 4, None),
    ("send me thursdays plan", None, "weekday:3"),
    ("gimme tuesday's stuff", None, "weekday:1"),
    ("e hoje, qual a programação?", None, "today"),
    ("e amanhã, qual o plano?", None, "tomorrow"),
    ("e sabado, o que tem?", None, "weekday:5"),
    ("e o dia 3, como fica?", 3, None),
    ("y mañana, qué hay?", None, "tomorrow"),
    ("y el viernes, que tenemos?", None, "weekday:4"),
    ("and tomorrow, whats the plan?", None, "tomorrow"),
    ("and day 2: what do we have?", 2, None),
]


@pytest.mark.parametrize(("text", "day", "day_ref"), ASKED)
def test_one_day_asked_for_is_shown(text: str, day: int | None, day_ref: str | None) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.SHOW, (text, op)
    assert (op.day, op.day_ref) == (day, day_ref), text


@pytest.mark.parametrize(
    "text", ["pasame lo del lunes al martes", "passa o de segunda pra terça", "pasame lo del museo"]
)
def test_a_day_sent_elsewhere_is_no_show(text: str) -> None:
    assert Intent.SHOW not in [op.intent for op in parse(text).ops], text
