"""'qual é a programação de sábado?', 'cuál es la agenda para mañana': a day's plan, shown."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse


@pytest.mark.parametrize(
    ("text", "day_ref", "day"),
    [
        ("qual é a programação de sábado?", "weekday:5", None),
        ("qual a agenda de sábado?", "weekday:5", None),
        ("qual é o itinerário de domingo?", "weekday:6", None),
        ("como é o plano de sexta?", "weekday:4", None),
        ("qual é a programação do dia 2", None, 2),
        ("cuál es el plan del sábado?", "weekday:5", None),
        ("cuál es la programación del sábado", "weekday:5", None),
        ("cual es la agenda para mañana", "tomorrow", None),
        ("y cual es el programa de hoy", "today", None),
        ("cómo es el plan del día 3?", None, 3),
        ("whats the schedule for saturday", "weekday:5", None),
    ],
)
def test_asking_for_a_days_schedule_shows_that_day(
    text: str, day_ref: str | None, day: int | None
) -> None:
    [op] = parse(text).ops
    assert (op.intent, op.day_ref, op.day) == (Intent.SHOW, day_ref, day), text
