"""Times said relative to the day's meals or edges: a part of the day, never a meal to find."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent, PartOfDay
from core.intents.parse import parse
from tests.core.intents.test_parse import TODAY, check_op

ADD = Intent.ADD
NIGHT, EVENING = PartOfDay.NIGHT, PartOfDay.EVENING
AFTERNOON, MORNING = PartOfDay.AFTERNOON, PartOfDay.MORNING

PHRASINGS: list[tuple[str, PartOfDay, str]] = [
    # After dinner: the late hours.
    ("quiero meter un bar de whisky el lunes despues de la cena", NIGHT, "whisky"),
    ("pon un bar de jazz el día 2 después de cenar", NIGHT, "jazz"),
    ("agrega unas copas luego de la cena el viernes", NIGHT, "copas"),
    ("mete un pub el martes tras la cena", NIGHT, "pub"),
    ("bota um bar no dia 2 depois do jantar", NIGHT, "bar"),
    ("coloca um barzinho depois de jantar na sexta", NIGHT, "barzinho"),
    ("add a cocktail bar on day 2 after dinner", NIGHT, "cocktail"),
    ("add a jazz club on day 1 post-dinner", NIGHT, "jazz"),
    # Before dinner and the evening's own words.
    ("agrega un mirador el día 2 antes de la cena", EVENING, "mirador"),
    ("põe o miradouro no dia 2 antes do jantar", EVENING, "miradouro"),
    ("uai, põe uma pizzaria no dia 5 à noitinha", EVENING, "pizzaria"),
    ("bota uma pizzaria no dia 3 de noitinha", EVENING, "pizzaria"),
    ("coloca o cais no dia 1 ao entardecer", EVENING, "cais"),
    ("pon la muralla el día 3 al anochecer", EVENING, "muralla"),
    ("agrega el malecón el martes a la nochecita", EVENING, "malecón"),
    # After lunch: the afternoon; before lunch: the morning ("first thing": test_day_part_times).
    ("pon el museo del oro el día 2 después del almuerzo", AFTERNOON, "oro"),
    ("agrega un café el jueves despues de almorzar", AFTERNOON, "café"),
    ("adiciona o museu no dia 2 depois do almoço", AFTERNOON, "museu"),
    ("põe a livraria no dia 3 de tardezinha", AFTERNOON, "livraria"),
    ("add the castle on day 2 after lunch", AFTERNOON, "castle"),
    ("pon el mercado el día 1 antes del almuerzo", MORNING, "mercado"),
    ("coloca o mercado no dia 1 antes do almoço", MORNING, "mercado"),
    ("add the museum on day 2 before lunch", MORNING, "museum"),
    ("add the gardens on day 3 after breakfast", MORNING, "gardens"),
]


@pytest.mark.parametrize(("text", "part", "word"), PHRASINGS, ids=[p[0] for p in PHRASINGS])
def test_a_time_said_by_a_meal_is_a_part_of_the_day(text: str, part: PartOfDay, word: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert len(ops) == 1, ops
    want: dict[str, Any] = {"intent": ADD, "part_of_day": part, "meal": None}
    want["query_has"] = [word]
    check_op(ops[0], want)
