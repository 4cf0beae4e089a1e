"""Spanish questions that show, explain, offer cards or ask how to use the bot."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent, Meal
from tests.core.intents.test_parse import cases, check

SHOW, EXPLAIN, ADD, HELP = Intent.SHOW, Intent.EXPLAIN, Intent.ADD, Intent.HELP

PHRASINGS: list[Any] = [
    ("¿cómo pinta el día 2?", "es", [{"intent": SHOW, "day": 2}]),
    ("y cómo queda el viernes?", "es", [{"intent": SHOW, "day_ref": "weekday:4"}]),
    (
        "¿la pinacoteca es muy cara?",
        "es",
        # "is it expensive" asks its price (core.intents.place_questions)
        [{"intent": EXPLAIN, "target_has": ["pinacoteca"], "question": "price"}],
    ),
    (
        "¿el mirador queda lejos?",
        "es",
        [{"intent": EXPLAIN, "target_has": ["mirador"], "question": "distance"}],
    ),
    (
        "¿sigue abierta la heladería a esta hora?",
        "es",
        [{"intent": EXPLAIN, "question": "open"}],
    ),
    (
        "¿está abierto hoy el Museo de Arte?",
        "es",
        [{"intent": EXPLAIN, "target_has": ["museo", "arte"], "question": "open"}],
    ),
    (
        "¿la catedral cierra los domingos?",
        "es",
        [{"intent": EXPLAIN, "target_has": ["catedral"], "question": "hours"}],
    ),
    (
        "¿por qué metiste el zoológico tan tarde?",
        "es",
        [{"intent": EXPLAIN, "target_has": ["zoológico"], "question": "why"}],
    ),
    (
        "¿por qué el segundo día está tan cargado?",
        "es",
        [{"intent": EXPLAIN, "day": 2, "question": "why"}],
    ),
    (
        "¿qué ideas tienes pa almorzar el sábado?",
        "es",
        [{"intent": ADD, "meal": Meal.LUNCH, "day_ref": "weekday:5", "query": None}],
    ),
    (
        "¿qué bares me recomiendas pa esta noche?",
        "es",
        [{"intent": ADD, "query_has": ["bares"], "day_ref": "today"}],
    ),
    (
        "enséñame heladerías del 3",
        "es",
        [{"intent": ADD, "query_has": ["heladerías"], "day": 3}],
    ),
    ("muéstrame el itinerario", "es", [{"intent": SHOW}]),
    ("¿qué más le puedo pedir?", "es", [{"intent": HELP}]),
    ("oye, ¿me dices cómo quito cosas?", "es", [{"intent": HELP}]),
    # Asking for a language is answered in it (core.intents.language_requests).
    ("escríbeme en castellano por favor", "es", [{"intent": Intent.SOCIAL}]),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(PHRASINGS))
def test_spanish_questions(text: str, language: str | None, ops: list[Any]) -> None:
    check(text, language, ops)
